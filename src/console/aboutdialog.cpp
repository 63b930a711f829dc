#include "console/aboutdialog.h"

#include <XidentQt/client.h>
#include <XidentQt/config.h>
#include <XidentQt/hmac.h>
#include <XidentQt/xidentversion.h>

#include "ui_AboutDialog.h"

#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(u":/icons/xident-console.svg"_s).pixmap(64, 64));
    m_ui->text->setText(u"<h2>%1</h2><p>%2</p><p>%3</p>"_s.arg(
        tr("Xident Console %1").arg(QStringLiteral(XIDENT_CONSOLE_VERSION)),
        tr("A desktop console for the Xident age and identity verification API."),
        versionText().toHtmlEscaped().replace(u"\n"_s, u"<br>"_s)));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText()
{
    return tr("Xident Console %1\nXident-Qt library %2\nQt %3 (built with %4)\nAPI version %5\nHMAC-SHA256: %6")
        .arg(QStringLiteral(XIDENT_CONSOLE_VERSION), Client::version(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(Config::DefaultApiVersion),
             hmacAvailable() ? QString::fromLatin1(hmacBackend()) : tr("unavailable"));
}

} // namespace Xident::Console
