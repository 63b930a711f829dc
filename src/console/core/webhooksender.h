#pragma once

#include "console/core/receivedwebhook.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Xident::Console {

//! What a receiver answered to a webhook the console sent (a replay, a forward or the signer's test).
struct DeliveryAnswer
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::DeliveryAnswer)
public:
    QUrl url;
    int status = 0;              //!< 0 when no HTTP answer came
    QByteArray reason;
    HeaderList headers;
    QByteArray body;             //!< at most MaxAnswerBytes; bodyTruncated says when there was more
    bool bodyTruncated = false;
    qint64 ms = 0;
    QString error;               //!< why no answer came (refused, timed out, redirect not followed...)

    //! Status line, headers and body, as the console shows them.
    QString describe() const;
    static constexpr qsizetype MaxAnswerBytes = 64 * 1024;
};

//! Posts raw bytes with the given headers to a URL and reports the answer: the console's one way of sending
//! a webhook. Redirects are not followed; a receiver that does not answer in time is reported as such.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    //! Sends \a body to \a url with \a headers (hop-by-hop ones are left out); \a done gets the answer.
    void send(const QUrl &url, const HeaderList &headers, const QByteArray &body,
              std::function<void(const DeliveryAnswer &)> done);
    //! Why \a url cannot be sent to, or empty.
    static QString urlProblem(const QUrl &url, const QString &typed = {});

private:
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 15000;
};

} // namespace Xident::Console

Q_DECLARE_METATYPE(Xident::Console::DeliveryAnswer)
