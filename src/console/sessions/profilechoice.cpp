#include "console/sessions/profilechoice.h"

#include "console/core/profilestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QUrl>
#include <QtWidgets/QInputDialog>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

class ProfileChoice
{
    Q_DECLARE_TR_FUNCTIONS(ProfileChoice)
};

} // namespace

QString chooseProfileFor(QWidget *parent, const ProfileStore *profiles, const QString &currentId, int count)
{
    QStringList names;
    QStringList ids;
    int current = 0;
    for (const Profile &p : profiles->profiles()) {
        if (p.id == currentId)
            current = int(ids.size());
        ids.append(p.id);
        names.append(p.isLive() ? ProfileChoice::tr("%1 (LIVE)").arg(p.name) : p.name);
    }
    QInputDialog dialog(parent);
    dialog.setWindowTitle(ProfileChoice::tr("Change profile"));
    dialog.setLabelText(ProfileChoice::tr("Poll %n session(s) with the profile:", nullptr, count));
    dialog.setComboBoxItems(names);
    dialog.setTextValue(names.value(current));
    dialog.setComboBoxEditable(false);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 44);   // the whole title and the longest name
    const bool ok = dialog.exec() == QDialog::Accepted;
    const QString chosen = dialog.textValue();
    const qsizetype at = names.indexOf(chosen);
    if (!ok || at < 0 || ids.at(at) == currentId)
        return {};
    return ids.at(at);
}

QString colleagueLink(const QString &token, const QString &profileName)
{
    // A token is letters, digits, _ and -; the name is percent-encoded whole, so the link stays one word in a ticket.
    QString link = u"xident://session/"_s + token;
    if (!profileName.isEmpty())
        link += u"?profile="_s + QString::fromLatin1(QUrl::toPercentEncoding(profileName));
    return link;
}

} // namespace Xident::Console
