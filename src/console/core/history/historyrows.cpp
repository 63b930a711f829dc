#include "console/core/history/historyworker.h"

#include "console/core/history/historyschema.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlError>

using namespace Qt::StringLiterals;

namespace Xident::Console {

using namespace HistorySchema;

namespace {
bool run(QSqlQuery *query, const QVariantList &values, QSqlError *error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (query->exec())
        return true;
    *error = query->lastError();
    return false;
}
} // namespace

bool HistoryWorker::saveSessions(const QList<TrackedSession> &sessions, QSqlError *error)
{
    QSqlQuery *query = prepared(u"INSERT OR REPLACE INTO sessions (token, profile_id, user_id, added_at, last_polled_at,"
                                " status, result_json, last_request_id, sandbox_run, archived, webhook_event, webhook_at,"
                                " aliases, ticket, note)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                error);
    for (const TrackedSession &session : sessions) {
        if (!query || !run(query, {session.token, session.profileId, session.userId, timeValue(session.addedAt),
                                   timeValue(session.lastPolledAt), session.status, session.resultJson,
                                   session.lastRequestId, session.sandboxRun, session.archived ? 1 : 0,
                                   session.webhookEvent, timeValue(session.webhookAt), session.aliases.join(u' '),
                                   session.ticket, session.note},
                           error))
            return false;
    }
    return true;
}

bool HistoryWorker::recordChange(const StatusChange &change, QSqlError *error)
{
    QSqlQuery *query = prepared(u"INSERT INTO status_changes (token, at, from_status, to_status, request_id, event)"
                                " VALUES (?, ?, ?, ?, ?, ?)"_s,
                                error);
    return query
        && run(query, {change.token, timeValue(change.at), change.from, change.to, change.requestId, change.event}, error);
}

bool HistoryWorker::removeSessions(const QStringList &tokens, QSqlError *error)
{
    // Both deletions commit together: a session never loses its timeline but stays listed.
    for (const QString &statement : {u"DELETE FROM status_changes WHERE token = ?"_s, u"DELETE FROM sessions WHERE token = ?"_s}) {
        QSqlQuery *query = prepared(statement, error);
        for (const QString &token : tokens) {
            if (!query || !run(query, {token}, error))
                return false;
        }
    }
    return true;
}

bool HistoryWorker::mergeSessions(const QString &keep, const QString &drop, QSqlError *error)
{
    // One batch: the timeline and the matched webhooks follow the session before the merged row goes.
    for (const QString &statement : {u"UPDATE status_changes SET token = ? WHERE token = ?"_s,
                                     u"UPDATE webhooks SET matched_token = ? WHERE matched_token = ?"_s}) {
        QSqlQuery *query = prepared(statement, error);
        if (!query || !run(query, {keep, drop}, error))
            return false;
    }
    QSqlQuery *query = prepared(u"DELETE FROM sessions WHERE token = ?"_s, error);
    return query && run(query, {drop}, error);
}

bool HistoryWorker::setArchived(const QStringList &tokens, bool archived, QSqlError *error)
{
    QSqlQuery *query = prepared(u"UPDATE sessions SET archived = ? WHERE token = ?"_s, error);
    for (const QString &token : tokens) {
        if (!query || !run(query, {archived ? 1 : 0, token}, error))
            return false;
    }
    return true;
}

namespace {
QByteArray headersToJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const auto &h : headers)
        a.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

HeaderList headersFromJson(const QByteArray &json)
{
    HeaderList headers;
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QByteArray namesToJson(const QByteArrayList &names)
{
    QJsonArray a;
    for (const QByteArray &n : names)
        a.append(QString::fromLatin1(n));
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArrayList namesFromJson(const QByteArray &json)
{
    QByteArrayList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        names.append(v.toString().toLatin1());
    return names;
}

// The verdict's parameters, in the order of the verdict_* columns; NULL unless there is a judged verdict.
QVariantList verdictParameters(const ReceivedWebhook &w)
{
    if (w.judgement != ReceivedWebhook::Judgement::Judged || !w.verdictHasParameters)
        return QVariantList(6, QVariant());
    const WebhookVerdict &v = w.verdict;
    return {v.timestamp, v.ageSeconds, v.matchedSignature, v.signatureCount, v.wellFormedSignatures, v.malformedPart};
}

// The judgement from the verdict column (a code, "unverified" or "refused") and the parameters from the six
// columns from \a first on. A row an older version kept has the code and its sentence only (note).
void readVerdict(ReceivedWebhook &w, const QString &code, const QSqlQuery &query, int first)
{
    if (code == "refused"_L1) {
        w.judgement = ReceivedWebhook::Judgement::Refused;
        return;
    }
    if (code == "unverified"_L1) {
        w.judgement = ReceivedWebhook::Judgement::Unverified;
        return;
    }
    w.judgement = ReceivedWebhook::Judgement::Judged;
    const std::optional<WebhookVerdict::Reason> reason = WebhookVerdict::reasonFromCode(code);
    w.verdict.reason = reason.value_or(WebhookVerdict::Reason::SignatureMismatch);
    if (!reason)
        w.storedCode = code;   // written back as it was; shown by its stored sentence
    w.verdictHasParameters = reason && !query.value(first).isNull();
    if (!w.verdictHasParameters)
        return;
    w.verdict.timestamp = query.value(first).toLongLong();
    w.verdict.ageSeconds = query.value(first + 1).toLongLong();
    w.verdict.matchedSignature = query.value(first + 2).toInt();
    w.verdict.signatureCount = query.value(first + 3).toInt();
    w.verdict.wellFormedSignatures = query.value(first + 4).toInt();
    w.verdict.malformedPart = query.value(first + 5).toString();
}
} // namespace

bool HistoryWorker::saveWebhook(const ReceivedWebhook &w, int keep, QSqlError *error)
{
    // A row replaced by id gives its body's bytes back.
    QSqlQuery *old = prepared(u"SELECT length(body) FROM webhooks WHERE id = ?"_s, error);
    if (!old || !run(old, {w.id}, error))
        return false;
    if (old->next()) {
        m_webhookBytes -= old->value(0).toLongLong();
        --m_webhookRows;
    }
    old->finish();
    QSqlQuery *query = prepared(
        u"INSERT OR REPLACE INTO webhooks (id, received_at, method, path, headers, body, remote, answered_status,"
        " refused, verdict, message, profile_id, event_type, event_id, session_ref, matched_token, repeats, last_at,"
        " withheld_headers, verdict_timestamp, verdict_age, verdict_matched, verdict_signatures, verdict_well_formed,"
        " verdict_malformed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        error);
    const QVariantList values{w.id, timeValue(w.receivedAt), QString::fromLatin1(w.method), w.path,
                              headersToJson(w.headers), w.body, w.remote, w.answeredStatus, w.refused,
                              w.verdictCode(), w.note, w.profileId, w.eventType, w.eventId, w.sessionRef,
                              w.matchedToken, std::max(w.repeats, 1), timeValue(w.lastAt), namesToJson(w.withheld)};
    if (!query || !run(query, values + verdictParameters(w), error))
        return false;
    ++m_webhookRows;
    m_webhookBytes += w.body.size();
    m_keep = m_keep < 0 ? keep : std::min(m_keep, keep);
    return true;
}

bool HistoryWorker::countWebhooks(QSqlError *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*), COALESCE(SUM(length(body)), 0) FROM webhooks"_s) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    m_webhookRows = query.value(0).toLongLong();
    m_webhookBytes = query.value(1).toLongLong();
    return true;
}

bool HistoryWorker::trimWebhooks(QSqlError *error)
{
    // Only the latest m_keep rows, and of them only as many as fit in MaxWebhookBytes of bodies, are kept: an
    // inbox left open for days (or flooded) must not fill the disk. Ids only grow, so the oldest rows are one
    // range of the primary key: found by walking it from the start, and deleted by it.
    const int keep = std::exchange(m_keep, -1);
    if (keep < 0 || (m_webhookRows <= keep && m_webhookBytes <= m_maxWebhookBytes))
        return true;
    QSqlQuery oldest(m_db);
    oldest.setForwardOnly(true);
    if (!oldest.exec(u"SELECT id, length(body) FROM webhooks ORDER BY id"_s)) {
        *error = oldest.lastError();
        return false;
    }
    qint64 rows = m_webhookRows;
    qint64 bytes = m_webhookBytes;
    qint64 lastGone = -1;
    while ((rows > keep || bytes > m_maxWebhookBytes) && oldest.next()) {
        lastGone = oldest.value(0).toLongLong();
        bytes -= oldest.value(1).toLongLong();
        --rows;
    }
    oldest.finish();
    if (lastGone < 0)
        return true;
    QSqlQuery *remove = prepared(u"DELETE FROM webhooks WHERE id <= ?"_s, error);
    if (!remove || !run(remove, {lastGone}, error))
        return false;
    m_webhookRows = rows;
    m_webhookBytes = bytes;
    return true;
}

bool HistoryWorker::noteWebhookRepeats(qint64 id, int repeats, const QDateTime &lastAt, QSqlError *error)
{
    QSqlQuery *query = prepared(u"UPDATE webhooks SET repeats = ?, last_at = ? WHERE id = ?"_s, error);
    return query && run(query, {std::max(repeats, 1), timeValue(lastAt), id}, error);
}

void HistoryWorker::loadSessions()
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Newest first and in pieces: the window lists the recent sessions at once and the rest follows while it is
    // in use. Each result is read here, off the window's thread.
    QList<TrackedSession> sessions;
    qsizetype piece = HistoryStore::FirstLoadPiece;
    bool emitted = false;
    const auto emitPiece = [&](bool complete) {
        emitLater([store = m_store, piece = std::exchange(sessions, {}), complete] { Q_EMIT store->sessionsLoaded(piece, complete); });
        emitted = true;
    };
    // How many there are first, so that the watchlist makes room once: growing a list of 100,000 rows twice over
    // costs a pause of its own.
    if (query.exec(u"SELECT count(*) FROM sessions"_s) && query.next())
        emitLater([store = m_store, count = query.value(0).toInt()] { Q_EMIT store->sessionsToLoad(count); });
    query.finish();
    bool ok = query.exec(u"SELECT token, profile_id, user_id, added_at, last_polled_at, status, result_json,"
                         " last_request_id, sandbox_run, archived, webhook_event, webhook_at, aliases, ticket, note"
                         " FROM sessions"
                         " ORDER BY added_at DESC, token DESC"_s);
    while (ok && query.next()) {
        TrackedSession s;
        s.token = query.value(0).toString();
        s.profileId = query.value(1).toString();
        s.userId = query.value(2).toString();
        s.addedAt = timeFrom(query.value(3));
        s.lastPolledAt = timeFrom(query.value(4));
        s.status = query.value(5).toString();
        s.resultJson = query.value(6).toByteArray();
        s.lastRequestId = query.value(7).toString();
        s.sandboxRun = query.value(8).toString();
        s.archived = query.value(9).toInt() != 0;
        s.webhookEvent = query.value(10).toString();
        s.webhookAt = timeFrom(query.value(11));
        s.aliases = query.value(12).toString().split(u' ', Qt::SkipEmptyParts);
        s.ticket = query.value(13).toString();
        s.note = query.value(14).toString();
        s.summary = ResultSummary::of(s.resultJson);
        sessions.append(std::move(s));
        if (sessions.size() >= piece) {
            emitPiece(false);
            piece = HistoryStore::LoadPiece;
        }
    }
    if (!ok || query.lastError().isValid()) {
        fail(HistoryStore::tr("The watchlist could not be read from the history: %1").arg(reasonOf(query.lastError())));
        if (emitted)
            emitPiece(true);   // what was read stays listed, and the watchlist is no longer waiting for the rest
        return;
    }
    emitPiece(true);
}

void HistoryWorker::loadTimeline(const QString &token)
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<StatusChange> changes;
    bool ok = query.prepare(u"SELECT at, from_status, to_status, request_id, event FROM status_changes"
                            " WHERE token = ? ORDER BY at, id"_s);
    if (ok) {
        query.addBindValue(token);
        ok = query.exec();
    }
    while (ok && query.next()) {
        StatusChange c;
        c.token = token;
        c.at = timeFrom(query.value(0));
        c.from = query.value(1).toString();
        c.to = query.value(2).toString();
        c.requestId = query.value(3).toString();
        c.event = query.value(4).toString();
        changes.append(std::move(c));
    }
    if (!ok || query.lastError().isValid()) {
        fail(HistoryStore::tr("The timeline of session %1 could not be read from the history: %2")
                 .arg(token, reasonOf(query.lastError())));
        return;
    }
    emitLater([store = m_store, token, changes = std::move(changes)] { Q_EMIT store->timelineLoaded(token, changes); });
}

void HistoryWorker::loadWebhooks(int limit)
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<ReceivedWebhook> list;
    bool ok = query.prepare(u"SELECT id, received_at, method, path, headers, body, remote, answered_status, refused,"
                            " verdict, message, profile_id, event_type, event_id, session_ref, matched_token,"
                            " repeats, last_at, withheld_headers, verdict_timestamp, verdict_age, verdict_matched,"
                            " verdict_signatures, verdict_well_formed, verdict_malformed"
                            " FROM (SELECT * FROM webhooks ORDER BY id DESC LIMIT ?) ORDER BY id"_s);
    if (ok) {
        query.addBindValue(limit);
        ok = query.exec();
    }
    while (ok && query.next()) {
        ReceivedWebhook w;
        w.id = query.value(0).toLongLong();
        w.receivedAt = timeFrom(query.value(1));
        w.method = query.value(2).toString().toLatin1();
        w.path = query.value(3).toString();
        w.headers = headersFromJson(query.value(4).toByteArray());
        w.body = query.value(5).toByteArray();
        w.remote = query.value(6).toString();
        w.answeredStatus = query.value(7).toInt();
        w.refused = query.value(8).toString();
        w.note = query.value(10).toString();
        readVerdict(w, query.value(9).toString(), query, 19);
        w.profileId = query.value(11).toString();
        w.eventType = query.value(12).toString();
        w.eventId = query.value(13).toString();
        w.sessionRef = query.value(14).toString();
        w.matchedToken = query.value(15).toString();
        w.repeats = std::max(query.value(16).toInt(), 1);
        w.lastAt = timeFrom(query.value(17));
        w.withheld = namesFromJson(query.value(18).toByteArray());
        list.append(std::move(w));
    }
    if (!ok || query.lastError().isValid()) {
        fail(HistoryStore::tr("The received webhooks could not be read from the history: %1").arg(reasonOf(query.lastError())));
        return;
    }
    emitLater([store = m_store, list = std::move(list)] { Q_EMIT store->webhooksLoaded(list); });
}

void HistoryWorker::clearWebhooks()
{
    if (!isReady())
        return;
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM webhooks"_s)) {
        fail(HistoryStore::tr("The received webhooks could not be removed from the history: %1").arg(reasonOf(query.lastError())));
        return;
    }
    m_webhookRows = 0;
    m_webhookBytes = 0;
    // Bodies can be large: give their space back to the disk.
    if (!query.exec(u"VACUUM"_s))
        qCWarning(lcHistory) << "VACUUM after clearing the inbox failed:" << query.lastError().text();
}

} // namespace Xident::Console
