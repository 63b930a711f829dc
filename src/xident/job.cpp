#include "job.h"

#include "client.h"
#include "logging.h"
#include "redaction.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QMetaMethod>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

// Qt 6.4's QTimer holds an int of milliseconds: anything longer would wrap.
std::chrono::milliseconds timerInterval(qint64 ms)
{
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

const QRegularExpression &tokenPattern()
{
    // anchoredPattern: "$" alone would also match before a final newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"(xit|xtk)_[A-Za-z0-9_-]{8,128}"_s));
    return re;
}

// The body length the server promised, or -1 when it promised none this check can use: a
// compressed body is counted before QNAM inflates it.
qint64 announcedLength(const QNetworkReply *reply)
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return -1;
    bool ok = false;
    const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

} // namespace

Job::Job(Client *client, QByteArray method, QString path, QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_id(client->nextJobId())
    , m_deadline(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Job::onDeadline);
    connect(m_retryTimer, &QTimer::timeout, this, &Job::beginAttempt);
}

Job::~Job()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_announced) {
        // KJob's promise: whoever waits for finished() hears it, even when the job is deleted under it.
        m_finished = true;
        m_announced = true;
        m_error = Error(ErrorKind::Canceled, u"The job was destroyed before it finished."_s);
        Q_EMIT finished(this);
    }
}

Client *Job::client() const
{
    return m_client.data();
}

void Job::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_finished)
            return;
        Error e = m_client ? m_client->config().validate() : Error(ErrorKind::Configuration, u"The client is gone."_s);
        if (!e)
            e = preflight();
        if (e)
            finish(e);
        else
            beginAttempt();
    }, Qt::QueuedConnection);
}

void Job::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    m_deadline->stop();
    if (m_reply)
        abortReply(AbortReason::Canceled);
    finish(Error(ErrorKind::Canceled, u"The request was canceled."_s));
}

void Job::beginAttempt()
{
    if (m_finished || !m_client)
        return;
    // A 429 pauses the whole client: wait out the rest of the pause before sending, and say so.
    if (const qint64 wait = m_client->pauseRemainingMs(); wait > 0) {
        m_retryTimer->start(timerInterval(wait));
        QPointer<Job> self(this);
        Q_EMIT waitingForPause(wait);
        if (!self || m_finished || !m_client)
            return;
        Q_EMIT m_client->requestHeld(m_id, wait);
        return;
    }

    m_sent = m_client->config();
    m_redactor = Redactor(m_sent.apiKey());
    // The config may have changed since start() (setConfig() from a slot, say): check what is sent now.
    if (Error e = m_sent.validate()) {
        finish(e);
        return;
    }
    ++m_attempt;
    m_response.clear();
    m_abort = AbortReason::None;
    m_certificateRejected = false;
    {
        QPointer<Job> self(this);
        Q_EMIT attemptStarted(m_attempt);
        // A slot may have canceled or deleted the job: then nothing is sent.
        if (!self || m_finished || !m_client)
            return;
    }

    QNetworkRequest request(m_sent.endpointUrl(m_path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("X-API-Key", m_sent.apiKey().toUtf8());
    request.setRawHeader("X-API-Version", m_sent.apiVersion().toUtf8());
    request.setRawHeader("User-Agent", Config::userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_body.isNull())
        request.setRawHeader("Content-Type", "application/json");
    const auto extra = m_sent.extraHeaders();
    for (const auto &h : extra)
        request.setRawHeader(h.first, h.second);

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    m_elapsed.start();
    if (m_method == "GET")
        m_reply = nam->get(request);
    else
        m_reply = nam->sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &Job::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (m_client && length.isValid() && length.toLongLong() > m_client->maxResponseBytes())
            abortReply(AbortReason::TooLarge);
    });
#if QT_CONFIG(ssl)
    // A certificate the client rejects will not heal: remember it so the failure is not retried.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this] { m_certificateRejected = true; });
#endif
    connect(m_reply, &QNetworkReply::finished, this, &Job::onReplyFinished);
    m_deadline->start(timerInterval(m_sent.timeout().count()));
}

void Job::onReadyRead()
{
    if (!m_reply)
        return;
    m_response += m_reply->readAll();
    if (m_client && m_response.size() > m_client->maxResponseBytes())
        abortReply(AbortReason::TooLarge);
}

void Job::onDeadline()
{
    abortReply(AbortReason::Timeout);
}

void Job::abortReply(AbortReason reason)
{
    if (!m_reply || m_abort != AbortReason::None)
        return;
    m_abort = reason;
    if (reason == AbortReason::Canceled)
        m_reply->disconnect(this);
    m_reply->abort();
    if (reason == AbortReason::Canceled) {
        m_reply->deleteLater();
        m_reply.clear();
    }
}

Error Job::takeEnvelope(const QJsonObject &root)
{
    const QJsonValue data = root.value("data"_L1);
    if (!data.isObject()) {
        Error e(ErrorKind::Parse, u"The answer has no \"data\" object."_s);
        e.setCode(u"PARSE_ERROR"_s);
        return e;
    }
    return takeData(data.toObject());
}

Error Job::redacted(Error error) const
{
    // One path for everything a server said: the whole body and every text are redacted first, and
    // only then cut to the sample size, with the key that this attempt actually sent.
    error.setMessage(m_redactor.applyText(error.message()));
    error.setRedirectTarget(m_redactor.applyText(error.redirectTarget()));
    error.setCode(m_redactor.applyText(error.code()));
    if (!error.bodySample().isEmpty())
        error.setBodySample(m_redactor.apply(m_response, Error::BodySampleLimit));
    return error;
}

void Job::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    // The reply is done with either way; from here on only its data is read.
    m_reply.clear();
    reply->disconnect(this);
    reply->deleteLater();
    if (m_finished || !m_client)
        return;
    m_deadline->stop();
    if (m_abort == AbortReason::None)
        m_response += reply->readAll();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Error error;
    QJsonObject root;
    const qint64 maxBytes = m_client->maxResponseBytes();

    if (m_abort == AbortReason::Timeout) {
        error = Error(ErrorKind::Timeout,
                      u"No complete answer within %1 ms."_s.arg(m_sent.timeout().count()));
    } else if (m_abort == AbortReason::TooLarge) {
        error = Error(ErrorKind::TooLarge,
                      u"The response body is larger than the %1-byte limit and was not read."_s.arg(maxBytes));
        error.setHttpStatus(status);
    } else if (status == 0) {
        error = Error(ErrorKind::Network, Error::networkErrorMessage(reply->error(), reply->url().host()));
        if (m_certificateRejected)
            error.setCode(Error::CertificateRejectedCode);
    } else if (status >= 300 && status < 400) {
        const QString location = QString::fromUtf8(reply->rawHeader("Location"));
        error = Error(ErrorKind::Redirect,
                      u"The server answered HTTP %1 and redirected to %2; redirects are not followed."_s
                          .arg(status)
                          .arg(location.isEmpty() ? u"(no Location)"_s : location));
        error.setHttpStatus(status);
        error.setRedirectTarget(location);
        error.setBodySample(m_response);
    } else if (reply->error() != QNetworkReply::NoError && status >= 200 && status < 300) {
        // The status line arrived, then the connection broke mid-body.
        error = Error(ErrorKind::Network, u"The connection broke while reading the answer: %1"_s.arg(Error::networkErrorMessage(reply->error(), reply->url().host())));
        error.setHttpStatus(status);
        error.setBodySample(m_response);
    } else if (const qint64 announced = announcedLength(reply); announced >= 0 && m_response.size() < announced) {
        // QNAM sometimes reports a reset mid-body as a clean end: the length the server promised says otherwise.
        error = Error(ErrorKind::Network,
                      u"The connection closed after %1 of the %2 bytes the server announced."_s
                          .arg(m_response.size())
                          .arg(announced));
        error.setHttpStatus(status);
        error.setBodySample(m_response);
    } else {
        const auto retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
        error = Error::fromHttp(status, m_response, retryAfter, &root);
        if (!error)
            error.setRequestId(root.value("meta"_L1).toObject().value("request_id"_L1).toString());
    }
    if (error.requestId().isEmpty())
        error.setRequestId(QString::fromUtf8(reply->rawHeader("X-Request-Id")));
    m_requestId = m_redactor.applyText(error.requestId());
    error.setRequestId(m_requestId);

    if (!error) {
        error = takeEnvelope(root);
        if (error) {
            error.setHttpStatus(status);
            error.setRequestId(m_requestId);
            error.setBodySample(m_response);
        }
    }
    error = redacted(error);

    // The request log costs a few copies per call: build it only when someone listens.
    static const QMetaMethod exchangeSignal = QMetaMethod::fromSignal(&Client::exchangeFinished);
    if (m_client->isSignalConnected(exchangeSignal)) {
        Exchange ex;
        ex.jobId = m_id;
        ex.attempt = m_attempt;
        ex.method = m_method;
        ex.url = reply->url();
        ex.httpStatus = status;
        ex.durationMs = m_elapsed.elapsed();
        ex.requestId = m_requestId;
        ex.requestHeaders = {{"X-API-Key", m_sent.apiKey().toUtf8()},
                             {"X-API-Version", m_sent.apiVersion().toUtf8()},
                             {"User-Agent", Config::userAgent()},
                             {"Accept", "application/json"}};
        if (!m_body.isNull())
            ex.requestHeaders.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        ex.requestHeaders += m_sent.extraHeaders();
        ex.requestHeaders = m_redactor.applyHeaders(ex.requestHeaders);
        ex.requestBody = m_redactor.apply(m_body, Exchange::BodyLogLimit);
        ex.responseHeaders = m_redactor.applyHeaders(reply->rawHeaderPairs());
        ex.responseBody = m_redactor.apply(m_response, Exchange::BodyLogLimit);
        ex.error = error;
        QPointer<Job> self(this);
        Q_EMIT m_client->exchangeFinished(ex);
        // A request-log slot may cancel the job or delete it, or the client.
        if (!self || m_finished || !m_client)
            return;
    }

    qCDebug(lcClient).noquote() << m_method << m_redactor.applyText(reply->url().toDisplayString()) << status
                                << m_elapsed.elapsed() << "ms" << error.toString();
    scheduleOrFinish(error);
}

void Job::scheduleOrFinish(const Error &error)
{
    if (!error) {
        finish(error);
        return;
    }
    const RetryPolicy policy = m_client->retryPolicy();
    const bool rateLimited = error.kind() == ErrorKind::RateLimit;
    // A 429 holds back every job of the client: for the server's Retry-After when it said one (and the
    // policy is willing to wait that long), else for the policy's own backoff.
    std::optional<int> retryAfter = rateLimited ? error.retryAfter() : std::nullopt;
    const auto delay = policy.delayFor(m_attempt, retryAfter);
    if (rateLimited && (!retryAfter || *retryAfter <= policy.maxRetryAfter().count())) {
        QPointer<Job> self(this);
        m_client->pauseFor(delay.count());   // emits Client::paused: a slot may cancel or delete us, or the client
        if (!self || m_finished || !m_client)
            return;
    }

    if (!policy.shouldRetry(error, m_attempt)) {
        finish(error);
        return;
    }
    QString reason = error.toString();
    if (m_method == "POST")
        reason += u" (a retried POST may create a second session)"_s;
    // State first, signal second: a slot that cancels finds the job waiting and stops it for good.
    m_error = error;
    m_retryTimer->start(timerInterval(delay.count()));
    Q_EMIT retryScheduled(m_attempt + 1, delay.count(), reason);
}

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer->stop();
    m_deadline->stop();
    // KJob's order: finished() first (always), then succeeded() when there was no error.
    QPointer<Job> self(this);
    m_announced = true;
    Q_EMIT finished(this);
    if (!self)
        return;
    if (!error) {
        Q_EMIT succeeded(this);
        if (!self)
            return;
    }
    if (m_autoDelete)
        deleteLater();
}

InitJob::InitJob(Client *client, const InitParams &params)
    : Job(client, "POST", u"/init"_s, QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact))
    , m_params(params)
{
}

Error InitJob::preflight() const
{
    return m_params.validate();
}

Error InitJob::takeData(const QJsonObject &data)
{
    auto r = InitResult::fromJson(data);
    if (!r) {
        Error e(ErrorKind::Parse, u"The init answer has no token."_s);
        e.setCode(u"PARSE_ERROR"_s);
        return e;
    }
    m_result = *r;
    m_result.requestId = requestId();
    return {};
}

ResultJob::ResultJob(Client *client, const QString &token)
    : Job(client, "GET", u"/result/"_s + QString::fromLatin1(QUrl::toPercentEncoding(token)), QByteArray())
    , m_token(token)
{
}

bool ResultJob::isValidToken(const QString &token)
{
    return tokenPattern().match(token).hasMatch();
}

Error ResultJob::preflight() const
{
    if (m_token.trimmed().isEmpty())
        return Error(ErrorKind::Configuration, u"A token is required."_s);
    if (!isValidToken(m_token))
        return Error(ErrorKind::Configuration,
                     u"Invalid token: expected xit_ or xtk_ followed by 8 to 128 letters, digits, _ or -."_s);
    return {};
}

Error ResultJob::takeData(const QJsonObject &data)
{
    m_result = SessionResult::fromJson(data);
    if (m_result.statusText().isEmpty()) {
        Error e(ErrorKind::Parse, u"The result has no status."_s);
        e.setCode(u"PARSE_ERROR"_s);
        return e;
    }
    return {};
}

} // namespace Xident
