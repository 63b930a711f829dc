#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Xident {

//! What a receiver answered to one webhook POST, or why it did not.
struct XIDENTQT_EXPORT WebhookAnswer
{
    Q_GADGET
public:
    enum class Outcome {
        Answered,       //!< an HTTP answer came (any status, redirects included: they are not followed)
        TimedOut,       //!< no whole answer within the sender's timeout
        NetworkError,   //!< refused, unreachable, TLS... (networkError and errorString say which)
    };
    Q_ENUM(Outcome)

    QUrl url;
    Outcome outcome = Outcome::NetworkError;
    int status = 0;              //!< 0 unless Answered
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;             //!< at most WebhookSender::MaxAnswerBytes; bodyTruncated says when there was more
    bool bodyTruncated = false;
    qint64 elapsedMs = 0;
    int networkError = 0;        //!< QNetworkReply::NetworkError for NetworkError
    QString errorString;         //!< Qt's words for it (English)

    bool isSuccess() const { return outcome == Outcome::Answered && status >= 200 && status < 300; }
    bool isRedirect() const { return outcome == Outcome::Answered && status >= 300 && status < 400; }
    //! The Location header of a redirect (not followed), or empty.
    QByteArray location() const;
};

//! Posts a webhook (raw bytes and the caller's headers) to a URL and reports the answer: the one outgoing
//! webhook sender, used for the sandbox's deliveries, the console's replays and tests, and forwarding.
//! Redirects are not followed; the whole exchange has a deadline, so a receiver that trickles ends too; only
//! the start of a long answer is read.
class XIDENTQT_EXPORT WebhookSender : public QObject
{
    Q_OBJECT
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr qsizetype MaxAnswerBytes = 64 * 1024;

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    //! POSTs \a body to \a url with \a headers, leaving out those that describe the connection or the framing
    //! (isHopByHop()); without a Content-Type, application/json is sent. \a done gets the answer, unless this
    //! sender is destroyed first.
    void post(const QUrl &url, const HeaderList &headers, const QByteArray &body,
              std::function<void(const WebhookAnswer &)> done);

    //! Whether a received header is one a sender sets anew rather than passes on (Host, Content-Length,
    //! Connection, Transfer-Encoding, Keep-Alive, Expect, Upgrade, TE), in any case.
    static bool isHopByHop(QByteArrayView name);

private:
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Xident
