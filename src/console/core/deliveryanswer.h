#pragma once

#include "console/core/receivedwebhook.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QUrl>

namespace Xident {
struct WebhookAnswer;
}

namespace Xident::Console {

//! What a receiver answered to a webhook the console sent (a replay, a forward or the signer's test), as the
//! console shows it; the sending is the library's WebhookSender.
struct DeliveryAnswer
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::DeliveryAnswer)
public:
    QUrl url;
    int status = 0;              //!< 0 when no HTTP answer came
    QByteArray reason;
    HeaderList headers;
    QByteArray body;             //!< the start of the body; bodyTruncated says when there was more
    bool bodyTruncated = false;
    qint64 ms = 0;
    QString error;               //!< why no answer came (refused, timed out, redirect not followed...)

    //! The library's answer, with its failure said in the operator's language.
    static DeliveryAnswer from(const WebhookAnswer &answer);
    //! An answer that never was: \a error says why nothing was sent.
    static DeliveryAnswer notSent(const QString &error);
    //! Status line, headers and body, as the console shows them.
    QString describe() const;
    //! Why \a url (typed as \a typed) cannot receive webhooks, or empty.
    static QString urlProblem(const QUrl &url, const QString &typed = {});
};

} // namespace Xident::Console

Q_DECLARE_METATYPE(Xident::Console::DeliveryAnswer)
