#include "console/core/blacklistbook.h"

#include "console/core/clientpool.h"
#include "console/core/models/blacklistmodel.h"
#include "console/core/profilestore.h"
#include "text/errortext.h"
#include "text/facetext.h"

#include <XidentQt/blacklist.h>
#include <XidentQt/client.h>

#include <QtCore/QBuffer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QImageReader>

using namespace Qt::StringLiterals;

namespace Xident::Console {

BlacklistBook::BlacklistBook(ClientPool *clients, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_profiles(profiles)
    , m_model(new BlacklistModel(this))
    , m_follow(new QTimer(this))
{
    m_follow->setInterval(FollowMs);
    connect(m_follow, &QTimer::timeout, this, [this] {
        if (m_model->pending().isEmpty() || ++m_follows > MaxFollows) {
            m_follow->stop();
            return;
        }
        refresh();
    });
    connect(m_profiles, &ProfileStore::currentChanged, this, &BlacklistBook::profileChanged);
}

BlacklistBook::~BlacklistBook() = default;

std::optional<ApiCall> BlacklistBook::call(ApiCall::Operation operation) const
{
    Client *client = m_clients->currentClient();
    if (!client)
        return std::nullopt;
    ApiCall call = ApiCall::forConfig(client->config(), operation);
    call.page = m_page;
    call.perPage = m_perPage;
    return call;
}

QString BlacklistBook::reasonProblem(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return tr("Give a reason: it is kept with the entry.");
    if (characters(reason) > MaxReasonLength)
        return tr("The reason is %1 characters long; the API takes at most %2.").arg(characters(reason)).arg(MaxReasonLength);
    return {};
}

QString BlacklistBook::imageProblem(const QByteArray &image)
{
    if (image.isEmpty())
        return tr("The file is empty.");
    if (image.size() > MaxImageBytes)
        return tr("The image is %1 MB; the API takes at most 10 MB.").arg(QLocale().toString(double(image.size()) / (1024 * 1024), 'f', 1));
    QBuffer buffer;
    buffer.setData(image);
    QImageReader reader(&buffer);
    if (!reader.canRead())
        return tr("The file is not a picture (JPEG or PNG, for example).");
    if (decoded(image).isNull())
        return tr("The picture could not be decoded: it is damaged, or too large in pixels.");
    return {};
}

QImage BlacklistBook::decoded(const QByteArray &image)
{
    // Qt refuses pictures that would take more than its allocation limit (256 MB) instead of allocating them.
    QBuffer buffer;
    buffer.setData(image);
    QImageReader reader(&buffer);
    return reader.read();
}

QString BlacklistBook::resultTokenOf(const TrackedSession &session)
{
    if (session.token.startsWith("xtk_"_L1))
        return session.token;
    for (const QString &alias : session.aliases) {
        if (alias.startsWith("xtk_"_L1))
            return alias;
    }
    const QString named = QJsonDocument::fromJson(session.resultJson).object().value("token"_L1).toString();
    return named.startsWith("xtk_"_L1) ? named : QString();
}

QString BlacklistBook::whyNotBlacklistable(const TrackedSession &session)
{
    // What the API would answer, said before asking it.
    const auto apiWould = [](const char *code) {
        Error e(ErrorKind::Validation, QString());
        e.setCode(QString::fromLatin1(code));
        return Text::faceApiProblem(e);
    };
    if (session.status == "pending"_L1 || session.status == "in_progress"_L1)
        return apiWould("SESSION_IN_PROGRESS");
    if (session.status == "canceled"_L1 || session.status == "expired"_L1)
        return apiWould("SESSION_HAS_NO_FACE_DATA");
    if (!resultTokenOf(session).isEmpty())
        return {};
    return session.resultJson.isEmpty()
               ? tr("Possible once the session's result has been read: the API takes its result token (xtk_…).")
               : tr("The result read so far names no result token (xtk_…), which the API takes: results in the "
                    "legacy shape carry none.");
}

QString BlacklistBook::sentence(const Error &error)
{
    QString text = Text::faceApiProblem(error);
    if (text.isEmpty())
        text = Text::errorCaption(error) + (error.message().isEmpty() ? QString() : u' ' + error.message());
    if (!error.requestId().isEmpty())
        text += u' ' + tr("(request id %1)").arg(error.requestId());
    return text;
}

void BlacklistBook::start(const ApiCall &call, std::function<void(Job *)> done)
{
    Client *client = m_clients->currentClient();
    if (!client) {
        Q_EMIT said(tr("This profile has no usable API key: add one under Connection, Profiles."), true);
        return;
    }
    Job *job = call.makeJob(client);
    const quint64 generation = m_generation;
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
    connect(job, &Job::finished, this, [this, done = std::move(done), generation](Job *finished) {
        if (--m_busy == 0)
            Q_EMIT busyChanged(false);
        if (generation == m_generation && finished->error().kind() != ErrorKind::Canceled)
            done(finished);
    });
    job->start();
}

void BlacklistBook::refresh()
{
    const auto list = call(ApiCall::Operation::BlacklistList);
    if (!list) {
        m_model->clear();
        Q_EMIT said(tr("This profile has no usable API key: add one under Connection, Profiles."), true);
        Q_EMIT loaded();
        return;
    }
    const quint64 asked = ++m_lists;
    start(*list, [this, asked](Job *job) {
        if (asked != m_lists)
            return;   // a later request answers for the table
        if (job->error()) {
            Q_EMIT said(tr("The blacklist could not be read: %1").arg(sentence(job->error())), true);
        } else {
            auto *listed = static_cast<BlacklistListJob *>(job);
            m_model->setEntries(listed->entries(), listed->pagination());
        }
        Q_EMIT loaded();
    });
}

void BlacklistBook::setPage(int page)
{
    m_page = std::max(1, page);
    refresh();
}

void BlacklistBook::setPerPage(int perPage)
{
    m_perPage = std::clamp(perPage, 1, 100);
    m_page = 1;
    refresh();
}

void BlacklistBook::addSession(const QString &resultToken, const QString &reason)
{
    auto add = call(ApiCall::Operation::BlacklistAddSession);
    if (!add) {
        Q_EMIT addFinished(false, tr("This profile has no usable API key: add one under Connection, Profiles."));
        return;
    }
    add->token = resultToken;
    add->reason = reason;
    start(*add, [this, resultToken, reason](Job *job) {
        if (job->error()) {
            Q_EMIT addFinished(false, sentence(job->error()));
            return;
        }
        m_model->addPending({u"session"_s, reason, resultToken, QDateTime::currentDateTimeUtc()});
        m_follows = 0;
        m_follow->start();
        Q_EMIT addFinished(true, tr("Accepted: the service is processing the face of %1.").arg(resultToken));
        Q_EMIT said(tr("Accepted: the service is processing the face of %1.").arg(resultToken), false);
    });
}

void BlacklistBook::addImage(const QByteArray &image, const QString &reason, const QString &fileName)
{
    auto add = call(ApiCall::Operation::BlacklistAddImage);
    if (!add) {
        Q_EMIT addFinished(false, tr("This profile has no usable API key: add one under Connection, Profiles."));
        return;
    }
    add->image = image;
    add->imageFile = fileName;
    add->reason = reason;
    start(*add, [this, reason, fileName](Job *job) {
        if (job->error()) {
            Q_EMIT addFinished(false, sentence(job->error()));
            return;
        }
        m_model->addPending({u"image"_s, reason, fileName, QDateTime::currentDateTimeUtc()});
        m_follows = 0;
        m_follow->start();
        Q_EMIT addFinished(true, tr("Accepted: the service is processing %1.").arg(fileName));
        Q_EMIT said(tr("Accepted: the service is processing %1.").arg(fileName), false);
    });
}

void BlacklistBook::remove(qint64 id)
{
    auto removal = call(ApiCall::Operation::BlacklistRemove);
    if (!removal) {
        Q_EMIT said(tr("This profile has no usable API key: add one under Connection, Profiles."), true);
        return;
    }
    removal->entryId = id;
    start(*removal, [this, id](Job *job) {
        // Removing is idempotent: an entry that is gone already is what was asked for.
        if (job->error() && job->error().kind() != ErrorKind::NotFound) {
            Q_EMIT said(tr("Entry %1 could not be removed: %2").arg(id).arg(sentence(job->error())), true);
            return;
        }
        Q_EMIT said(job->error() ? tr("Entry %1 was already gone.").arg(id) : tr("Entry %1 removed.").arg(id), false);
        refresh();
    });
}

void BlacklistBook::profileChanged()
{
    // Nothing is asked here: the pane asks for the new profile's list when it is shown (a request at every switch,
    // or at start-up before the embedded sandbox has its address, would go where nobody looks).
    ++m_generation;
    m_follow->stop();
    m_page = 1;
    m_model->clear();
    Q_EMIT loaded();
}

} // namespace Xident::Console
