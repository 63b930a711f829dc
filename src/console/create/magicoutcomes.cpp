#include "console/create/magicoutcomes.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QMenu>

using namespace Qt::StringLiterals;

namespace Xident::Console {

QMenu *magicOutcomeMenu(QWidget *parent, std::function<void(const QString &value)> pick)
{
    // Said in the New session form's words (its catalog context): the menu is its Magic outcome button's.
    auto *menu = new QMenu(parent);
    const auto add = [menu, pick](const QString &label, const QString &value) {
        QObject::connect(menu->addAction(label), &QAction::triggered, menu, [pick, value] { pick(value); });
    };
    add(QCoreApplication::translate("Xident::Console::CreateSessionPane", "Pass"), u"sandbox:pass"_s);
    add(QCoreApplication::translate("Xident::Console::CreateSessionPane", "Pass by document (OCR)"), u"sandbox:pass:ocr"_s);
    add(QCoreApplication::translate("Xident::Console::CreateSessionPane", "Pass by self-declaration"),
        u"sandbox:pass:self_declaration"_s);
    menu->addSeparator();
    for (const char *reason : {"age_below_threshold", "dob_unreadable", "face_mismatch", "face_not_detected",
                               "docverify_reject", "blacklist_match"})
        add(QCoreApplication::translate("Xident::Console::CreateSessionPane", "Fail: %1").arg(QLatin1StringView(reason)),
            u"sandbox:fail:"_s + QLatin1StringView(reason));
    menu->addSeparator();
    add(QCoreApplication::translate("Xident::Console::CreateSessionPane", "Cancel"), u"sandbox:cancel"_s);
    add(QCoreApplication::translate("Xident::Console::CreateSessionPane", "Expire"), u"sandbox:expire"_s);
    return menu;
}

} // namespace Xident::Console
