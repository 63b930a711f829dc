#include "webhooksender.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace Xident {

QByteArray WebhookAnswer::location() const
{
    if (!isRedirect())
        return {};
    for (const auto &h : headers) {
        if (h.first.compare("location", Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookSender::~WebhookSender() = default;

bool WebhookSender::isHopByHop(QByteArrayView name)
{
    static constexpr QByteArrayView names[] = {"host", "content-length", "connection", "transfer-encoding",
                                               "keep-alive", "expect", "upgrade", "te"};
    for (QByteArrayView n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

// What one POST has gathered so far; shared by the reply's handlers.
struct Exchange
{
    QElapsedTimer clock;
    QByteArray kept;
    bool truncated = false;
    bool timedOut = false;

    void keep(const QByteArray &chunk)
    {
        const qsizetype room = std::max<qsizetype>(WebhookSender::MaxAnswerBytes - kept.size(), 0);
        kept.append(chunk.left(room));
        truncated = truncated || chunk.size() > room;
    }
};

} // namespace

void WebhookSender::post(const QUrl &url, const HeaderList &headers, const QByteArray &body,
                         std::function<void(const WebhookAnswer &)> done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool hasType = false;
    for (const auto &h : headers) {
        if (isHopByHop(h.first))
            continue;
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
        request.setRawHeader(h.first, h.second);
    }
    if (!hasType)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    auto exchange = std::make_shared<Exchange>();
    exchange->clock.start();
    QNetworkReply *reply = m_nam->post(request, body);
    // The answer is read as it comes and only its start is kept: a receiver cannot fill the memory.
    connect(reply, &QNetworkReply::readyRead, this, [reply, exchange] {
        const bool wasTruncated = exchange->truncated;
        exchange->keep(reply->readAll());
        // Enough of it is kept: the rest is not downloaded (aborted once back in the event loop, since Qt
        // does not expect it from inside this signal).
        if (exchange->truncated && !wasTruncated)
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    });
    // A deadline for the whole exchange, not only for silence.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, exchange] {
        exchange->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [reply, url, exchange, done = std::move(done)] {
        reply->deleteLater();
        if (reply->isOpen())
            exchange->keep(reply->readAll());
        WebhookAnswer a;
        a.url = url;
        a.elapsedMs = exchange->clock.elapsed();
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &pair : reply->rawHeaderPairs())
            a.headers.append(pair);
        a.body = exchange->kept;
        a.bodyTruncated = exchange->truncated;
        // An answer cut off mid-body (the connection reset or closed early) is not an answer: the receiver may not
        // have finished its work, so the sender tries again, as it would for no answer at all.
        const bool cutOff = reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError
                            && !exchange->truncated && !exchange->timedOut;
        if (a.status != 0 && !cutOff && (exchange->truncated || !exchange->timedOut)) {
            a.outcome = WebhookAnswer::Outcome::Answered;
        } else if (exchange->timedOut) {
            a.outcome = WebhookAnswer::Outcome::TimedOut;
            a.status = 0;
        } else {
            a.outcome = WebhookAnswer::Outcome::NetworkError;
            a.status = 0;   // a status line followed by a cut is no answer either
            a.networkError = int(reply->error());
            a.errorString = reply->errorString();
        }
        if (done)
            done(a);
    });
}

} // namespace Xident
