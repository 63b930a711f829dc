#include "console/core/workspace.h"

#include <XidentQt/client.h>
#include <XidentQt/hmac.h>
#include "console/core/connectionmonitor.h"
#include "console/core/history/historystore.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/requestlogmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
#include "console/core/secretstore.h"
#include "console/core/watchstatus.h"
#include "console/core/webhookinbox.h"
#include "sandbox/sandbox.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSettings>
#include <QtNetwork/QNetworkInterface>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspace, "xident.console.workspace", QtWarningMsg)

namespace Xident::Console {

namespace {
QString keyAccount(const QString &profileId)
{
    return profileId + u"/api-key"_s;
}
QString secretAccount(const QString &profileId)
{
    return profileId + u"/webhook-secret"_s;
}
QString headersAccount(const QString &profileId)
{
    return profileId + u"/headers"_s;
}

// The embedded sandbox's key, made for the run: a key in the source would let any local user read and settle
// the console's sandbox sessions. 32 characters from 62 give about 190 bits.
QString runKey()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString key = u"sk_test_"_s;
    for (int i = 0; i < 32; ++i)
        key += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof Alphabet) - 1)]);
    return key;
}
} // namespace

Workspace::Workspace(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(new ProfileStore(options.settings, this))
    , m_secrets(new SecretStore(options.secretService, this))
    , m_history(new HistoryStore(this))
    , m_sessions(new SessionModel(this))
    , m_requestLog(new RequestLogModel(this))
    , m_scheduler(new PollScheduler(m_sessions, this))
    , m_monitor(new ConnectionMonitor(this))
    , m_inbox(new WebhookInbox(this))
    , m_inboxModel(new InboxModel(this))
{
    m_sandboxRun = QString::number(QRandomGenerator::global()->generate64(), 36);
    // The crypto backend starts here, on the GUI thread: the validator computes HMACs on a worker thread.
    if (!hmacAvailable())
        qCWarning(lcWorkspace) << "HMAC-SHA256 is unavailable (backend" << hmacBackend() << "): webhooks cannot be verified";
    m_secrets->setTimeout(options.keychainTimeout);
    m_scheduler->setClientLookup([this](const QString &id) { return client(id); });
    m_scheduler->setIntervalLookup([this](const QString &id) {
        const auto p = m_profiles->profile(id);
        return (p ? p->pollIntervalSeconds : 3) * 1000;
    });

    connect(m_profiles, &ProfileStore::currentChanged, this, &Workspace::onCurrentChanged);
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        QHash<QString, QString> names;
        for (const Profile &p : m_profiles->profiles())
            names.insert(p.id, p.name);
        m_sessions->setProfileNames(names);
        m_inboxModel->setProfileNames(names);
        updateLogSecrets();
    });
    m_inbox->setSecretLookup([this] {
        // The current profile's secret first: its verdict is the one shown when none verifies.
        QList<WebhookInbox::Secret> list;
        const QString current = m_profiles->currentId();
        for (const Profile &p : m_profiles->profiles()) {
            if (p.webhookSecret.isEmpty())
                continue;
            const WebhookInbox::Secret secret{p.id, p.webhookSecret.toUtf8()};
            if (p.id == current)
                list.prepend(secret);
            else
                list.append(secret);
        }
        return list;
    });
    connect(m_inbox, &WebhookInbox::received, this, &Workspace::onWebhookReceived);
    // A sender told 200 can rely on it: the delivery is in the history first. While the history is behind, new
    // deliveries are turned away (503) rather than queued without end.
    m_inbox->setAnswerWhenKept(true);
    m_inbox->setAdmission([this] { return !m_history->isBacklogged(); });
    connect(m_inbox, &WebhookInbox::answeredNotKept, this, [this](qint64 id) {
        // The list and the history say what the sender was told.
        m_inboxModel->setAnswered(id, 503, tr("503: not kept in time; the sender was asked to send it again"));
        if (const int row = m_inboxModel->rowOfId(id); row >= 0)
            m_history->saveWebhook(redactedForHistory(m_inboxModel->at(row)), InboxModel::MaxRows);
    });
    m_repeatSave.setSingleShot(true);
    m_repeatSave.setInterval(1000);
    connect(&m_repeatSave, &QTimer::timeout, this, &Workspace::saveRepeats);
    connect(m_history, &HistoryStore::webhooksLoaded, this, [this](const QList<ReceivedWebhook> &loaded) {
        // New ids follow the stored ones even if the clock went back since.
        if (!loaded.isEmpty())
            m_inbox->ensureIdsAbove(loaded.last().id);
        m_inboxModel->prepend(loaded);
    });

    connect(m_scheduler, &PollScheduler::sessionUpdated, this, [this](const QString &token) {
        if (const auto s = m_sessions->session(token))
            m_history->saveSession(*s);
    });
    connect(m_scheduler, &PollScheduler::statusChanged, m_history, &HistoryStore::recordChange);
    connect(m_scheduler, &PollScheduler::sessionFinished, this, &Workspace::sessionFinished);

    connect(m_secrets, &SecretStore::readFinished, this, [this](const QString &account, const QString &value, bool) {
        m_pendingReads.remove(account);
        // A read queued at start-up that answers after a save in this run must not bring back the old value.
        if (m_writtenAccounts.contains(account))
            return;
        const qsizetype slash = account.lastIndexOf(u'/');
        const QString id = account.left(slash);
        const auto p = m_profiles->profile(id);
        if (!p)
            return;
        if (account.endsWith(u"/api-key"_s))
            m_profiles->setSecrets(id, value, p->webhookSecret);
        else if (account.endsWith(u"/headers"_s))
            m_profiles->setSensitiveHeaders(id, Profile::parseHeaders(value));
        else
            m_profiles->setSecrets(id, p->apiKey, value);
    });
    connect(m_secrets, &SecretStore::writeFinished, this, [this](const QString &account, bool persisted) {
        if (persisted || m_secrets->state() == SecretStore::State::Unavailable || m_refusedAccounts.contains(account))
            return;
        m_refusedAccounts.insert(account);
        Q_EMIT notice(tr("The keychain refused to store a secret of profile \"%1\": it is kept for this run only and "
                         "will be asked for again after a restart.")
                          .arg(m_profiles->profile(account.section(u'/', 0, 0)).value_or(Profile()).name));
    });
    connect(m_secrets, &SecretStore::stateChanged, this, [this](SecretStore::State state) {
        if (state == SecretStore::State::Unavailable)
            Q_EMIT notice(m_secrets->unavailableReason());
    });

    connect(m_history, &HistoryStore::opened, this, [this](bool ok, const QString &message, const QString &movedAside) {
        if (!message.isEmpty())
            Q_EMIT notice(message);
        if (!movedAside.isEmpty())
            qCWarning(lcWorkspace) << "history moved aside to" << movedAside;
        if (ok) {
            m_history->loadSessions();
            m_history->loadWebhooks(InboxModel::MaxRows);
        } else {
            // Without a history the watchlist still works, for this run.
            m_historyFailureShown = true;
            m_historyReady = true;
            Q_EMIT historyLoaded(0);
        }
    });
    connect(m_history, &HistoryStore::sessionsLoaded, this, &Workspace::onSessionsLoaded);
    connect(m_history, &HistoryStore::failed, this, [this](const QString &message) {
        // Said once: with a broken database every poll would fail to save again.
        if (m_historyFailureShown)
            return;
        m_historyFailureShown = true;
        Q_EMIT notice(tr("%1 The watchlist goes on, but what happens now may not be kept.").arg(message));
    });
}

Workspace::~Workspace()
{
    shutdown();
    saveRepeats();
    // Jobs go before the sandbox they talk to; the history flushes in its own destructor.
    m_scheduler->untrack(m_sessions->tokens());
    qDeleteAll(m_clients);
    m_clients.clear();
}

void Workspace::shutdown()
{
    // The doors close first: nothing new arrives while the history writes what it holds.
    m_inbox->stop();
    if (m_sandbox)
        m_sandbox->stop();
}

void Workspace::updateLogSecrets()
{
    QStringList secrets;
    for (const Profile &p : m_profiles->profiles()) {
        secrets << p.apiKey << p.webhookSecret;
        for (const auto &h : Profile::sensitiveOnly(p.extraHeaders)) {
            const QString value = QString::fromUtf8(h.second).trimmed();
            // A header named like a credential may hold an address (X-Auth-Realm: https://…): not a secret, and
            // taking it out would break every logged URL.
            if (value.contains(u"://"_s))
                continue;
            secrets << value << value.section(u' ', 1);   // "Bearer <token>": the token alone too
        }
    }
    m_requestLog->setSecrets(secrets);
    m_secretSet.setSecrets(secrets);
}

void Workspace::scrubRememberedSecrets()
{
    // Earlier versions remembered the form's fields verbatim: a key or secret typed there leaves the file now.
    QSettings *s = m_options.settings;
    if (!s)
        return;
    s->beginGroup(u"createForm"_s);
    const QStringList keys = s->allKeys();
    for (const QString &key : keys) {
        if (SecretSet::holdsSecretShape(s->value(key).toString()))
            s->remove(key);
    }
    s->endGroup();
}

void Workspace::start()
{
    scrubRememberedSecrets();
    if (m_options.embeddedSandbox)
        startSandbox();
    // The history names people's sessions: keep the folder to its owner.
    QDir().mkpath(m_options.dataDir);
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_history->open(historyPath());
    if (m_options.webhookInbox)
        startInbox();
    readSecrets();
    onCurrentChanged();
}

QString Workspace::historyPath() const
{
    return QDir(m_options.dataDir).filePath(u"history.sqlite"_s);
}

void Workspace::startSandbox()
{
    Sandbox::Options o;
    o.port = m_options.sandboxPort;
    o.freePortIfTaken = true;
    o.magicDelayMs = m_options.sandboxMagicDelayMs;
    m_sandbox = std::make_unique<Sandbox::Server>(o);
    if (m_inbox->isListening())
        m_sandbox->setWebhookUrls({m_inbox->url()});
    if (!m_sandbox->start()) {
        m_sandboxProblem = tr("The local sandbox could not start: %1").arg(m_sandbox->errorString());
        m_sandbox.reset();
        Q_EMIT notice(m_sandboxProblem);
        return;
    }
    Profile p = *m_profiles->profile(QString::fromLatin1(Profile::SandboxId));
    p.baseUrl = m_sandbox->baseUrl();
    // A key made for the run: the sandbox keeps each key's sessions, deliveries and faults to that key, and the
    // built-in key is public (any local user could read and settle this console's sessions with it).
    p.apiKey = runKey();
    p.webhookSecret = m_sandbox->webhookSecret();
    // The sandbox profile's address and secrets change with each run: keep them in memory only.
    m_profiles->setSecrets(p.id, p.apiKey, p.webhookSecret);
    m_profiles->save(p);
    if (m_sandbox->onFallbackPort())
        Q_EMIT notice(tr("Port %1 is taken; the local sandbox listens on %2 instead.")
                          .arg(m_options.sandboxPort)
                          .arg(m_sandbox->baseUrl()));
}

void Workspace::startInbox()
{
    bool ok = false;
    const int remembered = m_options.settings ? m_options.settings->value(u"inbox/port"_s).toInt(&ok) : 0;
    const quint16 port = ok && remembered > 0 && remembered < 65536 ? quint16(remembered) : m_options.inboxPort;
    const QString problem = restartInbox(port);
    if (!problem.isEmpty())
        Q_EMIT notice(problem);
    else if (m_inbox->onFallbackPort())
        Q_EMIT notice(tr("Port %1 is taken; the webhook inbox listens on %2 instead.").arg(port).arg(m_inbox->url().toString()));
}

QString Workspace::restartInbox(quint16 port)
{
    if (!m_inbox->start(port)) {
        m_inboxProblem = tr("The webhook inbox cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_inbox->errorString());
        if (m_sandbox)
            m_sandbox->setWebhookUrls({});
        return m_inboxProblem;
    }
    m_inboxProblem.clear();
    if (m_inbox->onFallbackPort()) {
        // Not remembered: the next start tries the port that worked before.
    } else if (m_options.settings && port != m_options.inboxPort)
        m_options.settings->setValue(u"inbox/port"_s, port);
    else if (m_options.settings)
        m_options.settings->remove(u"inbox/port"_s);
    // The local sandbox delivers its webhooks to the inbox.
    if (m_sandbox)
        m_sandbox->setWebhookUrls({m_inbox->url()});
    return {};
}

QString Workspace::sessionFor(const QStringList &references) const
{
    for (const QString &ref : references) {
        if (m_sessions->contains(ref))
            return ref;
        const QString tracked = m_sessions->trackedTokenFor(ref);
        if (!tracked.isEmpty())
            return tracked;
    }
    return {};
}

void Workspace::onWebhookReceived(const ReceivedWebhook &received)
{
    // A refusal like the one before it, from the same sender, is counted on that row: junk cannot push
    // the deliveries that matter out of the list.
    if (m_inboxModel->absorbRepeat(received)) {
        // Its count reaches the history at most once a second, and only the count: a flood stays cheap.
        m_repeatedId = m_inboxModel->at(m_inboxModel->rowCount() - 1).id;
        if (!m_repeatSave.isActive())
            m_repeatSave.start();
        return;
    }
    saveRepeats();
    ReceivedWebhook w = received;
    // Only a valid signature speaks for a session, and only for a session of the profile whose secret made it:
    // anything else is listed, not applied. A delivery seen before (a retry, a replay) is applied once.
    QString token = w.isValid() ? sessionFor(w.references) : QString();
    if (!token.isEmpty()) {
        const auto s = m_sessions->session(token);
        if (!s || s->profileId != w.profileId)
            token.clear();
    }
    if (!token.isEmpty() && !w.eventId.isEmpty()) {
        const QString key = token + u'\n' + w.eventId;
        if (m_appliedWebhooks.contains(key))
            token.clear();
        else
            m_appliedWebhooks.insert(key);
    }
    if (!token.isEmpty()) {
        w.matchedToken = token;
        const QString before = m_sessions->session(token).value_or(TrackedSession()).status;
        m_sessions->noteWebhook(token, w.eventType, w.receivedAt);
        if (const auto s = m_sessions->session(token))
            m_history->saveSession(*s);
        const QString announced = normalisedWebhookStatus(w.eventType);
        const StatusChange change{token, w.receivedAt, before, announced.isEmpty() ? w.eventType : announced, w.eventId,
                                  w.eventType};
        m_history->recordChange(change);
        Q_EMIT timelineChanged(change);
        // What polling says now is compared with what the webhook announced.
        m_scheduler->pollNow({token});
    }
    m_inboxModel->append(w);
    saveWebhook(w);
}

ReceivedWebhook Workspace::redactedForHistory(const ReceivedWebhook &webhook)
{
    // Credential-like header values a sender added stay in this run's memory only.
    ReceivedWebhook kept = webhook;
    for (auto &h : kept.headers) {
        if (Profile::isSensitiveHeader(h.first))
            h.second = "[redacted]";
    }
    return kept;
}

void Workspace::saveWebhook(const ReceivedWebhook &webhook)
{
    const ReceivedWebhook kept = redactedForHistory(webhook);
    HistoryStore::KeptCallback done;
    if (webhook.refused.isEmpty()) {
        // The sender hears 200 once the row is committed; without a history in this run (the operator was told),
        // the list in memory is all there is.
        done = [inbox = QPointer<WebhookInbox>(m_inbox), id = webhook.id](HistoryStore::Kept outcome) {
            if (inbox)
                inbox->answer(id, outcome != HistoryStore::Kept::No);
        };
    }
    m_history->saveWebhook(kept, InboxModel::MaxRows, std::move(done));
}

void Workspace::saveRepeats()
{
    m_repeatSave.stop();
    const int row = m_repeatedId ? m_inboxModel->rowOfId(m_repeatedId) : -1;
    if (row >= 0) {
        const ReceivedWebhook &w = m_inboxModel->at(row);
        m_history->noteWebhookRepeats(w.id, w.repeats, w.lastAt);
    }
    m_repeatedId = 0;
}

void Workspace::clearInbox()
{
    m_repeatSave.stop();
    m_repeatedId = 0;
    m_inboxModel->clear();
    m_history->clearWebhooks();
}

void Workspace::readSecrets()
{
    for (const Profile &p : m_profiles->profiles()) {
        if (p.isSandbox() || m_profiles->isTemporary(p.id))
            continue;
        for (const QString &account : {keyAccount(p.id), secretAccount(p.id), headersAccount(p.id)}) {
            m_pendingReads.insert(account);
            m_secrets->read(account);
        }
    }
}

QString Workspace::shareSandbox(const QHostAddress &address)
{
    if (!m_sandbox)
        return m_sandboxProblem.isEmpty() ? tr("The local sandbox is not running.") : m_sandboxProblem;
    if (!m_sandbox->shareWidgetPages(address))
        return tr("Cannot share on %1: %2").arg(address.toString(), m_sandbox->errorString());
    Q_EMIT sharingChanged(true);
    return {};
}

void Workspace::stopSharing()
{
    if (!m_sandbox || !m_sandbox->isSharing())
        return;
    m_sandbox->stopSharing();
    Q_EMIT sharingChanged(false);
}

QString Workspace::sharedUrl() const
{
    return m_sandbox ? m_sandbox->sharedUrl() : QString();
}

QString Workspace::sandboxDoneUrl() const
{
    return m_sandbox ? m_sandbox->widgetBaseUrl() + u"/done"_s : QString();
}

QList<QHostAddress> Workspace::shareCandidates()
{
    QList<QHostAddress> v4;
    QList<QHostAddress> v6;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::IsRunning)
            || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            const QHostAddress a = e.ip();
            if (a.isLoopback() || a.isLinkLocal())
                continue;
            (a.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6).append(a);
        }
    }
    return v4 + v6;
}

Profile Workspace::currentProfile() const
{
    return m_profiles->current();
}

Client *Workspace::client(const QString &profileId)
{
    if (const auto it = m_clients.constFind(profileId); it != m_clients.constEnd() && *it)
        return *it;
    const auto p = m_profiles->profile(profileId);
    if (!p || (p->isSandbox() && !m_sandbox))
        return nullptr;
    const Config config = p->config();
    if (config.validate())
        return nullptr;
    auto *c = new Client(config, this);
    connect(c, &Client::exchangeFinished, m_requestLog, [this, name = p->name](const Exchange &exchange) {
        m_requestLog->append(name, exchange);
    });
    m_clients.insert(profileId, c);
    return c;
}

Client *Workspace::currentClient()
{
    return client(m_profiles->currentId());
}

void Workspace::dropClient(const QString &profileId)
{
    // Deleting the client cancels its jobs; the poller then polls again with the new one.
    if (QPointer<Client> c = m_clients.take(profileId))
        c->deleteLater();
}

void Workspace::onCurrentChanged()
{
    const Profile p = m_profiles->current();
    m_monitor->setBaseUrl(p.baseUrl);
}

void Workspace::onSessionsLoaded(const QList<TrackedSession> &loaded)
{
    QList<TrackedSession> rows = loaded;
    QStringList gone;
    for (TrackedSession &s : rows) {
        // The in-process sandbox forgets everything when it stops: its sessions are gone, not pending.
        if (!s.sandboxRun.isEmpty() && s.sandboxRun != m_sandboxRun && !isTerminal(watchStatusFromText(s.status))) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_history->recordChange(StatusChange{s.token, now, s.status, u"gone"_s, {}, {}});
            s.status = u"gone"_s;
            m_history->saveSession(s);
        }
    }
    const int before = m_sessions->rowCount();
    m_sessions->addSessions(rows);
    QStringList open;
    for (const TrackedSession &s : std::as_const(rows)) {
        if (isTerminal(watchStatusFromText(s.status)))
            continue;
        // A session of a profile that is gone (deleted, or a --base-url profile of an earlier run) stays
        // in the list but is not polled.
        if (!m_profiles->profile(s.profileId)) {
            m_sessions->setPollState(s.token, SessionModel::PollState::Stopped, {},
                                     tr("Not polled: its profile no longer exists."));
            continue;
        }
        open.append(s.token);
    }
    m_scheduler->track(open);
    m_historyReady = true;
    Q_EMIT historyLoaded(m_sessions->rowCount() - before);
}

QStringList Workspace::track(const QStringList &tokens, const QString &profileId, const QString &userId)
{
    const auto profile = m_profiles->profile(profileId);
    QList<TrackedSession> rows;
    QStringList fresh;
    QSet<QString> seen;   // a paste can hold 100,000 tokens: no list scans per token
    seen.reserve(tokens.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &token : tokens) {
        // A result token of a session already watched (seen in its result) is that session, not a new one.
        if (m_sessions->contains(token) || seen.contains(token) || !m_sessions->trackedTokenFor(token).isEmpty())
            continue;
        seen.insert(token);
        TrackedSession s;
        s.token = token;
        s.profileId = profileId;
        s.userId = userId;
        s.addedAt = now;
        if (profile && profile->isSandbox())
            s.sandboxRun = m_sandboxRun;
        rows.append(s);
        fresh.append(token);
    }
    if (rows.isEmpty())
        return {};
    m_history->saveSessions(rows);
    m_sessions->addSessions(rows);
    m_scheduler->track(fresh);
    return fresh;
}

void Workspace::remove(const QStringList &tokens)
{
    m_scheduler->untrack(tokens);
    m_sessions->removeTokens(tokens);
    m_history->removeSessions(tokens);
}

void Workspace::setArchived(const QStringList &tokens, bool archived)
{
    m_sessions->setArchived(tokens, archived);
    m_history->setArchived(tokens, archived);
}

int Workspace::clearFinished()
{
    QStringList finished;
    for (const TrackedSession &s : m_sessions->sessions()) {
        if (isTerminal(watchStatusFromText(s.status)))
            finished.append(s.token);
    }
    remove(finished);
    return int(finished.size());
}

void Workspace::saveProfile(const Profile &profile)
{
    if (!profile.isSandbox() && !m_profiles->isTemporary(profile.id)) {
        const auto store = [this](const QString &account, const QString &value) {
            if (value.isEmpty()) {
                // An empty field whose stored value has not even arrived yet is not a request to delete it.
                if (m_pendingReads.contains(account))
                    return;
                m_secrets->remove(account);
            } else {
                m_secrets->write(account, value);
            }
            m_writtenAccounts.insert(account);
        };
        store(keyAccount(profile.id), profile.apiKey);
        store(secretAccount(profile.id), profile.webhookSecret);
        store(headersAccount(profile.id), Profile::formatHeaders(Profile::sensitiveOnly(profile.extraHeaders)));
    }
    m_profiles->save(profile);
    dropClient(profile.id);
    if (profile.id == m_profiles->currentId())
        onCurrentChanged();
}

void Workspace::deleteProfile(const QString &id)
{
    if (!m_profiles->remove(id))
        return;
    m_secrets->remove(keyAccount(id));
    m_secrets->remove(secretAccount(id));
    m_secrets->remove(headersAccount(id));
    m_writtenAccounts.insert(keyAccount(id));
    m_writtenAccounts.insert(secretAccount(id));
    m_writtenAccounts.insert(headersAccount(id));
    dropClient(id);
    // Its sessions stay in the watchlist, but nothing can poll them any more.
    QStringList orphans;
    for (const TrackedSession &s : m_sessions->sessions()) {
        if (s.profileId == id && m_scheduler->isTracked(s.token))
            orphans.append(s.token);
    }
    m_scheduler->untrack(orphans);
    for (const QString &token : std::as_const(orphans))
        m_sessions->setPollState(token, SessionModel::PollState::Stopped, {}, tr("Polling stopped: its profile was deleted."));
}

} // namespace Xident::Console
