#pragma once

#include <QtCore/QByteArray>
#include <QtWidgets/QWidget>

#include <functional>
#include <memory>

namespace Xident {
class WebhookSender;
}

namespace Ui {
class SignerWidget;
}

namespace Xident::Console {

//! Signs a payload the way Xident does and sends it, signed, to the operator's own receiver; shows the header it
//! made and the receiver's answer.
class SignerWidget : public QWidget
{
    Q_OBJECT
public:
    //! What is signed: the exact bytes, the secret, and the time the signature says it was made.
    struct Input
    {
        QByteArray payload;
        QByteArray secret;
        qint64 time = 0;
    };

    explicit SignerWidget(QWidget *parent = nullptr);
    ~SignerWidget() override;

    //! Where the payload, the secret and the time come from when a signature is made.
    void setInputProvider(std::function<Input()> input) { m_input = std::move(input); }
    //! Makes the X-Xident-Signature header for the input now.
    void makeSignature();
    //! The header made last, empty before.
    QString signedHeader() const;
    //! Signs and sends the payload to \a url; sendFinished() reports the answer's text.
    void sendTo(const QString &url);

Q_SIGNALS:
    void sendFinished(const QString &answer);

private:
    std::unique_ptr<Ui::SignerWidget> m_ui;
    Xident::WebhookSender *m_sender;
    std::function<Input()> m_input;
};

} // namespace Xident::Console
