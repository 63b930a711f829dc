#include "console/common/copyasmenu.h"

#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

CopyAsMenu::CopyAsMenu(Describe describe, QWidget *parent)
    : QMenu(parent)
    , m_describe(std::move(describe))
{
    setObjectName(u"copyAsMenu"_s);
    for (const CallCode::Language language : CallCode::languages()) {
        QAction *a = addAction(CallCode::languageName(language));
        a->setData(QVariant::fromValue(int(language)));
        connect(a, &QAction::triggered, this, [this, language] {
            const std::optional<ApiCall> call = m_describe();
            if (!call)
                return;
            const QString code = CallCode::snippet(*call, language);
            QGuiApplication::clipboard()->setText(code);
            Q_EMIT copied(language, code);
        });
        m_actions.append(a);
    }
    connect(this, &QMenu::aboutToShow, this, [this] {
        const bool any = m_describe().has_value();
        for (QAction *a : std::as_const(m_actions))
            a->setEnabled(any);
    });
}

CopyAsMenu *CopyAsMenu::attach(QAbstractButton *button, Describe describe)
{
    auto *menu = new CopyAsMenu(std::move(describe), button);
    if (auto *push = qobject_cast<QPushButton *>(button))
        push->setMenu(menu);
    else
        QObject::connect(button, &QAbstractButton::clicked, menu, [button, menu] { menu->popup(button->mapToGlobal(QPoint(0, button->height()))); });
    return menu;
}

QAction *CopyAsMenu::action(CallCode::Language language) const
{
    for (QAction *a : m_actions) {
        if (a->data().toInt() == int(language))
            return a;
    }
    return nullptr;
}

} // namespace Xident::Console
