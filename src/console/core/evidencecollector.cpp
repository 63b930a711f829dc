#include "console/core/evidencecollector.h"

#include <XidentQt/client.h>
#include "console/core/history/historystore.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/requestlogmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/workspace.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QTimerEvent>
#include <QtCore/QUrl>

using namespace Qt::StringLiterals;

namespace Xident::Console {

EvidenceCollector::EvidenceCollector(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace->history(), &HistoryStore::timelineLoaded, this, &EvidenceCollector::onTimeline);
}

QString EvidenceCollector::redact(const QString &text) const
{
    return m_workspace->profileService()->secretSet().redact(text);
}

QByteArray EvidenceCollector::html(const Text::Evidence &evidence) const
{
    return Text::evidenceHtml(evidence, [this](const QString &text) { return redact(text); });
}

void EvidenceCollector::collect(const QStringList &tokens, const Options &options)
{
    m_options = options;
    m_tokens = tokens;
    m_timelines.clear();
    m_waiting = QSet<QString>(tokens.cbegin(), tokens.cend());
    for (const QString &token : tokens)
        m_workspace->history()->loadTimeline(token);
    if (m_waiting.isEmpty()) {
        finish();
        return;
    }
    // A history that cannot answer (not open, broken) leaves the timelines out rather than the file unwritten.
    m_deadline.start(3000, this);
}

void EvidenceCollector::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadline.timerId())
        return QObject::timerEvent(event);
    m_deadline.stop();
    if (!m_waiting.isEmpty()) {
        m_waiting.clear();
        finish();
    }
}

void EvidenceCollector::onTimeline(const QString &token, const QList<StatusChange> &changes)
{
    if (!m_waiting.remove(token))
        return;
    m_timelines.insert(token, changes);
    if (m_waiting.isEmpty()) {
        m_deadline.stop();
        finish();
    }
}

Text::Evidence::Session EvidenceCollector::sessionOf(const TrackedSession &session, const QList<StatusChange> &timeline,
                                                     const Options &options)
{
    Text::Evidence::Session part = Text::evidenceFromResult(session.token, session.status, session.resultJson,
                                                            options.includeUserId, options.includeRaw);
    for (const QString &alias : session.aliases) {
        if (!part.otherTokens.contains(alias))
            part.otherTokens.append(alias);
    }
    if (options.includeUserId && part.userId.isEmpty())
        part.userId = session.userId;
    part.ticket = session.ticket;
    part.note = session.note;
    for (const StatusChange &c : timeline)
        part.timeline.append({c.at, c.from, c.to, c.requestId, c.event});
    return part;
}

void EvidenceCollector::addWebhooks(Text::Evidence::Session &part, const QStringList &names) const
{
    const InboxModel *inbox = m_workspace->inboxModel();
    for (int row = 0; row < inbox->rowCount(); ++row) {
        const ReceivedWebhook &w = inbox->at(row);
        if (!names.contains(w.matchedToken))
            continue;
        part.webhooks.append({w.receivedAt, w.eventType, w.eventId, InboxModel::verdictLabel(w),
                              m_options.includeWebhookBodies ? w.body : QByteArray()});
    }
}

void EvidenceCollector::addExchanges(Text::Evidence::Session &part, const QStringList &names) const
{
    const RequestLogModel *log = m_workspace->requestLog();
    for (int row = 0; row < log->rowCount(); ++row) {
        const RequestLogModel::Entry &e = log->entry(row);
        const QString url = e.exchange.url.toString(QUrl::FullyEncoded);
        if (std::none_of(names.cbegin(), names.cend(), [&url](const QString &n) { return url.contains(n); }))
            continue;
        part.exchanges.append({e.at, QString::fromLatin1(e.exchange.method), url, e.exchange.requestId,
                               e.exchange.error ? e.exchange.error.message() : QString(), e.exchange.httpStatus,
                               e.exchange.attempt, e.exchange.durationMs});
    }
}

void EvidenceCollector::finish()
{
    Text::Evidence evidence;
    evidence.language = m_options.language;
    evidence.exportedAt = QDateTime::currentDateTimeUtc();
    evidence.consoleVersion = QStringLiteral(XIDENT_CONSOLE_VERSION);
    evidence.libraryVersion = Client::version();
    evidence.qtVersion = QString::fromLatin1(qVersion());
    for (const QString &token : std::as_const(m_tokens)) {
        const auto session = m_workspace->sessions()->session(token);
        if (!session)
            continue;
        Text::Evidence::Session part = sessionOf(*session, m_timelines.value(token), m_options);
        if (const auto profile = m_workspace->profileStore()->profile(session->profileId)) {
            part.profileName = profile->name;
            part.host = QUrl(profile->baseUrl).host();
        }
        const QStringList names = QStringList{token} + part.otherTokens;
        addWebhooks(part, names);
        addExchanges(part, names);
        // The page says these in its own language.
        if (part.exchanges.isEmpty())
            part.unfilled.append({u"exchanges"_s, QString::fromLatin1(Text::Evidence::Gap::NoExchanges)});
        if (part.webhooks.isEmpty())
            part.unfilled.append({u"webhooks"_s, QString::fromLatin1(Text::Evidence::Gap::NoWebhooks)});
        if (part.timeline.isEmpty())
            part.unfilled.append({u"timeline"_s, QString::fromLatin1(Text::Evidence::Gap::NoTimeline)});
        // A session no profile knows is said so, not "not known yet".
        if (part.status.isEmpty() && m_workspace->sessions()->lookup(token) == SessionModel::Lookup::NotFound)
            part.status = u"not_found"_s;
        evidence.sessions.append(part);
    }
    Q_EMIT ready(evidence);
}

} // namespace Xident::Console
