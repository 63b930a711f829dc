#include "console/webhooks/signerwidget.h"

#include <XidentQt/webhook.h>
#include "console/core/deliveryanswer.h"
#include <XidentQt/webhooksender.h>

#include "ui_SignerWidget.h"

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

SignerWidget::SignerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignerWidget>())
    , m_sender(new WebhookSender(this))
{
    m_ui->setupUi(this);
    m_ui->copySignature->setIcon(QIcon(u":/icons/copy.svg"_s));
    m_ui->sendButton->setIcon(QIcon(u":/icons/send.svg"_s));
    connect(m_ui->makeSignature, &QPushButton::clicked, this, &SignerWidget::makeSignature);
    connect(m_ui->copySignature, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->signedHeader->text()); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] { sendTo(m_ui->sendUrl->text().trimmed()); });
    connect(m_ui->sendUrl, &QLineEdit::returnPressed, m_ui->sendButton, &QPushButton::click);
}

SignerWidget::~SignerWidget() = default;

void SignerWidget::makeSignature()
{
    const Input in = m_input ? m_input() : Input();
    if (in.secret.isEmpty()) {
        m_ui->signedHeader->clear();
        m_ui->signedHeader->setPlaceholderText(tr("Choose or type a secret first."));
        m_ui->copySignature->setEnabled(false);
        return;
    }
    const QByteArray header = WebhookVerifier::signatureHeader(in.payload, in.secret, in.time);
    if (header.isEmpty()) {
        m_ui->signedHeader->clear();
        m_ui->signedHeader->setPlaceholderText(tr("HMAC-SHA256 is not available in this installation."));
    }
    m_ui->signedHeader->setText(QString::fromLatin1(header));
    m_ui->signedHeader->setCursorPosition(0);   // "t=..." first
    m_ui->copySignature->setEnabled(!header.isEmpty());
}

QString SignerWidget::signedHeader() const
{
    return m_ui->signedHeader->text();
}

void SignerWidget::sendTo(const QString &text)
{
    m_ui->sendUrl->setText(text);
    const QUrl url(text, QUrl::StrictMode);
    const Input in = m_input ? m_input() : Input();
    QString problem = DeliveryAnswer::urlProblem(url, text);
    if (problem.isEmpty() && in.secret.isEmpty())
        problem = tr("Choose or type a secret first: the request is signed with it.");
    if (!problem.isEmpty()) {
        m_ui->sendAnswer->setPlainText(problem);
        Q_EMIT sendFinished(problem);
        return;
    }
    makeSignature();
    const HeaderList headers{{QByteArray("Content-Type"), QByteArray("application/json")},
                             {QByteArray("User-Agent"), QByteArray("Xident-Console")},
                             {QByteArray("X-Xident-Signature"), m_ui->signedHeader->text().toLatin1()}};
    m_ui->sendButton->setEnabled(false);
    m_ui->sendAnswer->setPlainText(tr("Sending %1 to %2…").arg(QLocale().formattedDataSize(in.payload.size()), url.toDisplayString()));
    QPointer<SignerWidget> self(this);
    m_sender->post(url, headers, in.payload, [self](const WebhookAnswer &answer) {
        if (!self)
            return;
        self->m_ui->sendButton->setEnabled(true);
        const QString shown = DeliveryAnswer::from(answer).describe();
        self->m_ui->sendAnswer->setPlainText(shown);
        Q_EMIT self->sendFinished(shown);
    });
}

} // namespace Xident::Console
