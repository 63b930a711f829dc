#include "face2fa.h"

#include "client.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

constexpr qsizetype MaxImageBytes = 10 * 1024 * 1024;

QString escaped(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

Error userIdProblem(const QString &userId)
{
    if (userId.trimmed().isEmpty())
        return Error(ErrorKind::Configuration, u"A user id is required."_s);
    if (userId.toUcs4().size() > 255)
        return Error(ErrorKind::Configuration, u"A user id may be at most 255 characters."_s);
    if (userId.contains(u'\n') || userId.contains(u'\r'))
        return Error(ErrorKind::Configuration, u"A user id may not contain line breaks."_s);
    return {};
}

Error parseError(const QString &message)
{
    Error e(ErrorKind::Parse, message);
    e.setCode(u"PARSE_ERROR"_s);
    return e;
}

} // namespace

Face2faChallenge Face2faChallenge::fromJson(const QJsonObject &o)
{
    Face2faChallenge c;
    c.challengeId = o.value("challenge_id"_L1).toString();
    c.kind = o.value("kind"_L1).toString();
    c.status = o.value("status"_L1).toString();
    if (o.value("passed"_L1).isBool())
        c.passed = o.value("passed"_L1).toBool();
    c.failureReason = o.value("failure_reason"_L1).toString();
    c.expiresAt = o.value("expires_at"_L1).toString();
    c.completedAt = o.value("completed_at"_L1).toString();
    c.raw = o;
    return c;
}

Face2faStartJob::Face2faStartJob(Client *client, Kind kind, const QString &userId, const QByteArray &image)
    : Job(client, "POST", kind == Kind::Enroll ? u"/2fa/register"_s : u"/2fa/verify"_s,
          QJsonDocument(QJsonObject{{"user_id"_L1, userId}, {"image"_L1, QString::fromLatin1(image.toBase64())}})
              .toJson(QJsonDocument::Compact))
    , m_userId(userId)
    , m_imageSize(image.size())
{
}

Error Face2faStartJob::preflight() const
{
    if (Error e = userIdProblem(m_userId))
        return e;
    if (m_imageSize == 0)
        return Error(ErrorKind::Configuration, u"The image is empty."_s);
    if (m_imageSize > MaxImageBytes)
        return Error(ErrorKind::Configuration, u"The image is larger than 10 MB."_s);
    return {};
}

Error Face2faStartJob::takeData(const QJsonObject &data)
{
    m_challengeId = data.value("challenge_id"_L1).toString();
    m_status = data.value("status"_L1).toString();
    return m_challengeId.isEmpty() ? parseError(u"The answer has no challenge_id."_s) : Error();
}

Face2faStatusJob::Face2faStatusJob(Client *client, const QString &challengeId)
    : Job(client, "GET", u"/2fa/status/"_s + escaped(challengeId), QByteArray())
    , m_challengeId(challengeId)
{
}

Error Face2faStatusJob::preflight() const
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]{1,128}"_s));
    return pattern.match(m_challengeId).hasMatch()
        ? Error()
        : Error(ErrorKind::Configuration, u"Invalid challenge id: letters, digits, _ and - only (at most 128)."_s);
}

Error Face2faStatusJob::takeData(const QJsonObject &data)
{
    m_challenge = Face2faChallenge::fromJson(data);
    return m_challenge.status.isEmpty() ? parseError(u"The challenge has no status."_s) : Error();
}

Face2faUserJob::Face2faUserJob(Client *client, Action action, const QString &userId)
    : Job(client, action == Action::Read ? "GET" : "DELETE", u"/2fa/users/"_s + escaped(userId), QByteArray())
    , m_action(action)
    , m_userId(userId)
{
}

Error Face2faUserJob::preflight() const
{
    return userIdProblem(m_userId);
}

Error Face2faUserJob::takeData(const QJsonObject &data)
{
    if (m_action == Action::Delete) {
        m_deleted = data.value("deleted"_L1).toBool();
        return {};
    }
    if (!data.value("enrolled"_L1).isBool())
        return parseError(u"The answer does not say whether the user is enrolled."_s);
    m_user.enrolled = data.value("enrolled"_L1).toBool();
    m_user.enrolledAt = data.value("enrolled_at"_L1).toString();
    m_user.raw = data;
    return {};
}

ChallengePoller::ChallengePoller(Client *client, const QString &challengeId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_challengeId(challengeId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ChallengePoller::poll);
}

ChallengePoller::~ChallengePoller()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void ChallengePoller::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::clamp(interval, std::chrono::milliseconds(1), RetryPolicy::MaxTimerDelay);
}

void ChallengePoller::start()
{
    if (m_active)
        return;
    m_active = true;
    m_errors = 0;
    m_error = Error();
    m_since.start();
    m_timer->start(0);
}

void ChallengePoller::stop()
{
    if (m_active)
        end(Error(ErrorKind::Canceled, u"Polling was stopped."_s));
}

void ChallengePoller::poll()
{
    if (!m_active)
        return;
    if (!m_client) {
        end(Error(ErrorKind::Configuration, u"The client is gone."_s));
        return;
    }
    if (m_waitTimeout.count() > 0 && m_since.elapsed() >= m_waitTimeout.count()) {
        end(Error(ErrorKind::Timeout, u"The challenge was still processing after %1 s."_s.arg(double(m_waitTimeout.count()) / 1000.0)));
        return;
    }
    m_job = m_client->face2faStatus(m_challengeId);
    connect(m_job, &Job::finished, this, [this](Job *job) {
        const Error error = job->error();
        m_job.clear();
        if (!m_active)
            return;
        if (!job->requestId().isEmpty())
            m_lastRequestId = job->requestId();
        if (!error) {
            m_challenge = static_cast<Face2faStatusJob *>(job)->challenge();
            if (!m_challenge.isProcessing()) {
                end({});
                return;
            }
            m_timer->start(m_interval);
            return;
        }
        if (error.kind() == ErrorKind::Canceled || !error.isTransient()) {
            end(error);
            return;
        }
        const qint64 next = std::min<qint64>(qint64(m_interval.count()) << std::min(++m_errors, 5), 30000);
        m_timer->start(std::chrono::milliseconds(std::max(next, m_client ? m_client->pauseRemainingMs() : 0)));
    });
    m_job->start();
}

void ChallengePoller::end(const Error &error)
{
    m_active = false;
    m_error = error;
    m_timer->stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job.clear();
    }
    Q_EMIT finished(this);
}

} // namespace Xident
