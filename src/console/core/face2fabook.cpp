#include "console/core/face2fabook.h"

#include "console/core/blacklistbook.h"
#include "console/core/clientpool.h"
#include "console/core/models/challengemodel.h"

#include <XidentQt/client.h>

#include <QtCore/QDateTime>

using namespace Qt::StringLiterals;

namespace Xident::Console {

Face2faBook::Face2faBook(ClientPool *clients, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_challenges(new ChallengeModel(this))
{
}

Face2faBook::~Face2faBook() = default;

std::optional<ApiCall> Face2faBook::call(ApiCall::Operation operation, const QString &userId) const
{
    Client *client = m_clients->currentClient();
    if (!client)
        return std::nullopt;
    ApiCall call = ApiCall::forConfig(client->config(), operation);
    call.userId = userId;
    return call;
}

QString Face2faBook::userIdProblem(const QString &userId)
{
    if (userId.trimmed().isEmpty())
        return tr("Give a user id: the id your application knows the person by.");
    if (BlacklistBook::characters(userId) > MaxUserIdLength)
        return tr("The user id is %1 characters long; the API takes at most %2.").arg(BlacklistBook::characters(userId)).arg(MaxUserIdLength);
    // The id is a segment of the user's address (/2fa/users/{id}): "." and ".." would name another address, so an
    // enrolment made with one could never be looked up or deleted.
    if (userId == "."_L1 || userId == ".."_L1)
        return tr("A user id of \"%1\" cannot be used: it would name another address than the user's.").arg(userId);
    return {};
}

bool Face2faBook::run(const ApiCall &call, std::function<void(Job *)> done)
{
    Client *client = m_clients->currentClient();
    if (!client) {
        Q_EMIT said(tr("This profile has no usable API key: add one under Connection, Profiles."), true);
        return false;
    }
    Job *job = call.makeJob(client);
    connect(job, &Job::finished, this, [done = std::move(done)](Job *finished) {
        if (finished->error().kind() != ErrorKind::Canceled)
            done(finished);
    });
    job->start();
    return true;
}

void Face2faBook::lookUp(const QString &userId)
{
    if (const QString problem = userIdProblem(userId); !problem.isEmpty()) {
        Q_EMIT said(problem, true);
        return;
    }
    const auto read = call(ApiCall::Operation::FaceUser, userId);
    run(read.value_or(ApiCall()), [this, userId](Job *job) {
        if (job->error()) {
            Q_EMIT said(tr("%1 could not be looked up: %2").arg(userId, BlacklistBook::sentence(job->error())), true);
            return;
        }
        Q_EMIT userRead(userId, static_cast<Face2faUserJob *>(job)->user(), false);
    });
}

void Face2faBook::deleteUser(const QString &userId)
{
    if (const QString problem = userIdProblem(userId); !problem.isEmpty()) {
        Q_EMIT said(problem, true);
        return;
    }
    const auto removal = call(ApiCall::Operation::FaceDeleteUser, userId);
    run(removal.value_or(ApiCall()), [this, userId](Job *job) {
        if (job->error()) {
            Q_EMIT said(tr("%1 could not be deleted: %2").arg(userId, BlacklistBook::sentence(job->error())), true);
            return;
        }
        Q_EMIT userRead(userId, Face2faUser(), true);
    });
}

void Face2faBook::start(const QString &userId, const QByteArray &image, const QString &imageName, bool verify)
{
    if (const QString problem = userIdProblem(userId); !problem.isEmpty()) {
        Q_EMIT said(problem, true);
        return;
    }
    if (const QString problem = BlacklistBook::imageProblem(image); !problem.isEmpty()) {
        Q_EMIT said(problem, true);
        return;
    }
    auto begin = call(verify ? ApiCall::Operation::FaceVerify : ApiCall::Operation::FaceRegister, userId);
    if (!begin) {
        Q_EMIT said(tr("This profile has no usable API key: add one under Connection, Profiles."), true);
        return;
    }
    begin->image = image;
    begin->imageFile = imageName;
    ChallengeModel::Row row;
    row.kind = verify ? u"verify"_s : u"enroll"_s;
    row.userId = userId;
    row.imageName = imageName;
    row.startedAt = QDateTime::currentDateTimeUtc();
    const int key = m_challenges->add(row);
    run(*begin, [this, key](Job *job) {
        if (job->error()) {
            m_challenges->setError(key, job->error());
            Q_EMIT challengeSettled(m_challenges->rowOfKey(key));
            return;
        }
        const QString id = static_cast<Face2faStartJob *>(job)->challengeId();
        m_challenges->setChallengeId(key, id);
        follow(key, id);
    });
}

void Face2faBook::follow(int key, const QString &challengeId)
{
    Client *client = m_clients->currentClient();
    if (!client) {
        m_challenges->setError(key, Error(ErrorKind::Configuration, tr("The profile changed before the verdict.")));
        return;
    }
    auto *poller = new ChallengePoller(client, challengeId, this);
    poller->setInterval(std::chrono::milliseconds(m_pollMs));
    poller->setWaitTimeout(std::chrono::minutes(2));
    connect(poller, &ChallengePoller::finished, this, [this, key](ChallengePoller *p) {
        if (p->error())
            m_challenges->setError(key, p->error());
        else
            m_challenges->setChallenge(key, p->challenge(), true);
        p->deleteLater();
        Q_EMIT challengeSettled(m_challenges->rowOfKey(key));
    });
    poller->start();
}

} // namespace Xident::Console
