#include "console/core/webhooksender.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
bool isHopByHop(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "host" || n == "content-length" || n == "connection" || n == "transfer-encoding"
           || n == "keep-alive" || n == "expect" || n == "upgrade" || n == "te";
}
} // namespace

QString DeliveryAnswer::describe() const
{
    QString text;
    if (status == 0) {
        text = tr("No answer from %1 after %2 ms: %3").arg(url.toDisplayString()).arg(ms).arg(error);
        return text;
    }
    text = u"HTTP %1 %2 — %3 ms — %4\n"_s.arg(status).arg(QString::fromLatin1(reason)).arg(ms).arg(url.toDisplayString());
    for (const auto &h : headers)
        text += QString::fromLatin1(h.first) + u": "_s + QString::fromUtf8(h.second) + u'\n';
    text += u'\n';
    text += QString::fromUtf8(body);
    if (bodyTruncated)
        text += tr("\n… (the rest of the body is not shown)");
    if (!error.isEmpty())
        text += u"\n"_s + error;
    return text;
}

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString WebhookSender::urlProblem(const QUrl &url, const QString &typed)
{
    if (url.isEmpty() && typed.trimmed().isEmpty())
        return tr("Enter the URL of the receiver.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a complete URL; write it as http://host:port/path.")
            .arg(typed.isEmpty() ? url.toString() : typed.trimmed());
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return tr("Only http:// and https:// URLs can receive webhooks.");
    return {};
}

void WebhookSender::send(const QUrl &url, const HeaderList &headers, const QByteArray &body,
                         std::function<void(const DeliveryAnswer &)> done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    bool hasType = false;
    for (const auto &h : headers) {
        if (isHopByHop(h.first))
            continue;
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
        request.setRawHeader(h.first, h.second);
    }
    if (!hasType)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_nam->post(request, body);
    // The body is read as it comes, and only its start is kept: a receiver cannot fill the memory.
    auto kept = std::make_shared<QByteArray>();
    auto truncated = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, kept, truncated] {
        const QByteArray chunk = reply->readAll();
        const qsizetype room = DeliveryAnswer::MaxAnswerBytes - kept->size();
        kept->append(chunk.left(std::max<qsizetype>(room, 0)));
        if (chunk.size() > room) {
            // Enough of it is kept: the rest is not downloaded.
            *truncated = true;
            reply->abort();
        }
    });
    // A whole deadline, not only one for silence: a receiver that trickles a byte now and then ends too.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] { reply->abort(); });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [reply, url, clock, kept, truncated, done = std::move(done)] {
        reply->deleteLater();
        kept->append(reply->readAll().left(std::max<qsizetype>(DeliveryAnswer::MaxAnswerBytes - kept->size(), 0)));
        DeliveryAnswer a;
        a.url = url;
        a.ms = clock->elapsed();
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*truncated)
            a.error.clear();
        a.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &pair : reply->rawHeaderPairs())
            a.headers.append(pair);
        a.body = *kept;
        a.bodyTruncated = *truncated;
        if (a.status == 0 && !*truncated) {
            a.error = reply->error() == QNetworkReply::OperationCanceledError
                          ? tr("the receiver did not answer in time")
                          : reply->errorString();
        } else if (a.status >= 300 && a.status < 400) {
            a.error = tr("The receiver redirects to %1; redirects are not followed.")
                          .arg(QString::fromUtf8(reply->rawHeader("Location")));
        }
        done(a);
    });
}

} // namespace Xident::Console
