#include "console/core/webhookrouter.h"

#include <XidentQt/redaction.h>
#include "console/core/history/historystore.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
#include "console/core/sessiontracker.h"
#include "console/core/watchstatus.h"
#include "console/core/webhookinbox.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QPointer>
#include <QtCore/QSettings>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
ReceivedWebhook redactedForHistory(const ReceivedWebhook &webhook)
{
    // Credential-like header values a sender added stay in this run's memory only.
    ReceivedWebhook kept = webhook;
    for (auto &h : kept.headers) {
        if (Profile::isSensitiveHeader(h.first)) {
            h.second = RedactionMarker.toUtf8();
            if (const QByteArray name = h.first.toLower(); !kept.withheld.contains(name))
                kept.withheld.append(name);
        }
    }
    return kept;
}
} // namespace

WebhookRouter::WebhookRouter(const Options &options, WebhookInbox *inbox, InboxModel *list, HistoryStore *history,
                             SessionModel *sessions, SessionTracker *tracker, PollScheduler *scheduler,
                             ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_inbox(inbox)
    , m_list(list)
    , m_history(history)
    , m_sessions(sessions)
    , m_tracker(tracker)
    , m_scheduler(scheduler)
    , m_profiles(profiles)
{
    m_inbox->setSecretLookup([this] {
        // The current profile's secret first: its verdict is the one shown when none verifies.
        QList<WebhookInbox::Secret> secrets;
        const QString current = m_profiles->currentId();
        for (const Profile &p : m_profiles->profiles()) {
            if (p.webhookSecret.isEmpty())
                continue;
            const WebhookInbox::Secret secret{p.id, p.webhookSecret.toUtf8()};
            if (p.id == current)
                secrets.prepend(secret);
            else
                secrets.append(secret);
        }
        return secrets;
    });
    connect(m_inbox, &WebhookInbox::received, this, &WebhookRouter::onReceived);
    m_secretsDigest = secretsDigest();
    connect(m_profiles, &ProfileStore::profilesChanged, this, &WebhookRouter::onProfilesChanged);
    connect(m_inbox, &WebhookInbox::judgedAgain, this, &WebhookRouter::onJudgedAgain);
    // A sender told 200 can rely on it: the delivery is in the history first. While the history is behind, new
    // deliveries are turned away (503) rather than queued without end.
    m_inbox->setAnswerWhenKept(true);
    m_inbox->setAdmission([this] { return !m_history->isBacklogged(); });
    connect(m_inbox, &WebhookInbox::answeredNotKept, this, [this](qint64 id) {
        // The list and the history say what the sender was told.
        m_list->setAnswered(id, 503, tr("503: not kept in time; the sender was asked to send it again"));
        if (const int row = m_list->rowOfId(id); row >= 0)
            m_history->saveWebhook(redactedForHistory(m_list->at(row)), InboxModel::MaxRows);
    });
    m_repeatSave.setSingleShot(true);
    m_repeatSave.setInterval(1000);
    connect(&m_repeatSave, &QTimer::timeout, this, &WebhookRouter::flushRepeats);
    connect(m_history, &HistoryStore::opened, this, [this](bool ok) {
        if (ok)
            m_history->loadWebhooks(InboxModel::MaxRows);
    });
    // Two rows that were one session: the deliveries matched to the one that goes follow it (the history's
    // rows are moved with the merge).
    connect(m_tracker, &SessionTracker::merged, this, [this](const QString &keep, const QString &drop) {
        for (int row = 0; row < m_list->rowCount(); ++row) {
            if (m_list->at(row).matchedToken == drop)
                m_list->setMatchedToken(m_list->at(row).id, keep);
        }
    });
    connect(m_history, &HistoryStore::webhooksLoaded, this, [this](const QList<ReceivedWebhook> &loaded) {
        // New ids follow the stored ones even if the clock went back since.
        if (!loaded.isEmpty())
            m_inbox->ensureIdsAbove(loaded.last().id);
        m_list->prepend(loaded);
    });
}

void WebhookRouter::start()
{
    bool ok = false;
    const int remembered = m_options.settings ? m_options.settings->value(u"inbox/port"_s).toInt(&ok) : 0;
    const quint16 port = ok && remembered > 0 && remembered < 65536 ? quint16(remembered) : m_options.port;
    const QString problem = restart(port);
    if (!problem.isEmpty())
        Q_EMIT notice(problem);
    else if (m_inbox->onFallbackPort())
        Q_EMIT notice(tr("Port %1 is taken; the webhook inbox listens on %2 instead.").arg(port).arg(m_inbox->url().toString()));
}

QString WebhookRouter::restart(quint16 port)
{
    if (!m_inbox->start(port)) {
        m_problem = tr("The webhook inbox cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_inbox->errorString());
        Q_EMIT urlChanged({});
        return m_problem;
    }
    m_problem.clear();
    if (m_inbox->onFallbackPort()) {
        // Not remembered: the next start tries the port that worked before.
    } else if (m_options.settings && port != m_options.port)
        m_options.settings->setValue(u"inbox/port"_s, port);
    else if (m_options.settings)
        m_options.settings->remove(u"inbox/port"_s);
    Q_EMIT urlChanged(m_inbox->url());
    return {};
}

QString WebhookRouter::retryWantedPort()
{
    const quint16 wanted = m_inbox->wantedPort();
    if (!m_inbox->listenOnWantedPort())
        return tr("Port %1 is still taken (%2); the inbox stays on %3.").arg(wanted).arg(m_inbox->errorString()).arg(m_inbox->port());
    Q_EMIT urlChanged(m_inbox->url());
    return {};
}

void WebhookRouter::onReceived(const ReceivedWebhook &received)
{
    // A refusal like the one before it, from the same sender, is counted on that row: junk cannot push
    // the deliveries that matter out of the list.
    if (m_list->absorbRepeat(received)) {
        // Its count reaches the history at most once a second, and only the count: a flood stays cheap.
        m_repeatedId = m_list->at(m_list->rowCount() - 1).id;
        if (!m_repeatSave.isActive())
            m_repeatSave.start();
        return;
    }
    flushRepeats();
    ReceivedWebhook w = received;
    const QString token = sessionOf(w);
    if (!token.isEmpty()) {
        w.matchedToken = token;
        apply(token, w);
    }
    m_list->append(w);
    keep(w);
}

QByteArray WebhookRouter::secretsDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Profile &p : m_profiles->profiles()) {
        hash.addData(p.id.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(p.webhookSecret.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

void WebhookRouter::onProfilesChanged()
{
    const QByteArray digest = secretsDigest();
    if (digest == m_secretsDigest)
        return;
    m_secretsDigest = digest;
    QList<ReceivedWebhook> accepted;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->at(row).refused.isEmpty())
            accepted.append(m_list->at(row));
    }
    m_inbox->judgeAgain(std::move(accepted));
}

void WebhookRouter::onJudgedAgain(const QList<ReceivedWebhook> &webhooks)
{
    for (ReceivedWebhook w : webhooks) {
        const int row = m_list->rowOfId(w.id);
        if (row < 0)
            continue;   // gone from the list (cleared, or pushed out) while it was judged
        const ReceivedWebhook &was = m_list->at(row);
        if (w.verdictCode() == was.verdictCode() && w.profileId == was.profileId && w.note == was.note)
            continue;
        // A match stands while the delivery stays valid for the same profile; a newly valid one is matched and
        // applied as on arrival; one no longer valid speaks for no session.
        if (w.isValid() && was.isValid() && w.profileId == was.profileId)
            w.matchedToken = was.matchedToken;
        else
            w.matchedToken = sessionOf(w);
        if (!w.matchedToken.isEmpty() && !(was.isValid() && was.matchedToken == w.matchedToken))
            apply(w.matchedToken, w);
        m_list->setJudged(w);
        m_history->saveWebhook(redactedForHistory(m_list->at(row)), InboxModel::MaxRows);
    }
}

QString WebhookRouter::sessionOf(const ReceivedWebhook &w)
{
    // Only a valid signature speaks for a session, and only for a session of the profile whose secret made it:
    // anything else is listed, not applied. A delivery seen before (a retry, a replay) is applied once.
    const QString token = w.isValid() ? m_tracker->sessionFor(w.references) : QString();
    if (token.isEmpty())
        return {};
    const auto s = m_sessions->session(token);
    if (!s || s->profileId != w.profileId)
        return {};
    if (!w.eventId.isEmpty()) {
        const QString key = token + u'\n' + w.eventId;
        if (m_applied.contains(key))
            return {};
        m_applied.insert(key);
    }
    return token;
}

void WebhookRouter::apply(const QString &token, const ReceivedWebhook &w)
{
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

void WebhookRouter::keep(const ReceivedWebhook &webhook)
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

void WebhookRouter::flushRepeats()
{
    m_repeatSave.stop();
    const int row = m_repeatedId ? m_list->rowOfId(m_repeatedId) : -1;
    if (row >= 0) {
        const ReceivedWebhook &w = m_list->at(row);
        m_history->noteWebhookRepeats(w.id, w.repeats, w.lastAt);
    }
    m_repeatedId = 0;
}

void WebhookRouter::clear()
{
    m_repeatSave.stop();
    m_repeatedId = 0;
    m_list->clear();
    m_history->clearWebhooks();
}

} // namespace Xident::Console
