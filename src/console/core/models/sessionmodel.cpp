#include "console/core/models/sessionmodel.h"

#include <XidentQt/sessionresult.h>
#include "console/core/lineicon.h"
#include "text/failuretext.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

SessionModel::SessionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Connected before any proxy connects: a changed row has lost its rank by the time a proxy re-sorts it.
    connect(this, &QAbstractItemModel::dataChanged, this, &SessionModel::unrank);
}

QModelIndex SessionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_data.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.size());
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SessionModel::parseResult(Row &row)
{
    readResult(row);
    refreshSearchText(row);
}

void SessionModel::refreshSearchText(Row &row)
{
    // One string per row, folded once: a search of 100,000 rows is one plain find in each instead of six that
    // fold as they compare. U+001F cannot be typed into the search.
    const TrackedSession &s = row.session;
    row.searchText = QStringList{s.token, s.userId, s.ticket, s.note, row.resultToken, s.aliases.join(QChar(0x1f))}
                         .join(QChar(0x1f))
                         .toCaseFolded();
}

void SessionModel::readResult(Row &row)
{
    row.status = watchStatusFromText(row.session.status);
    row.age.clear();
    row.ageValue = 0;
    row.method.clear();
    row.reason.clear();
    row.resultToken.clear();
    // Read where it was loaded when it was (the history's thread), here otherwise; the row keeps no copy.
    const ResultSummary result = row.session.summary.parsed ? std::exchange(row.session.summary, {})
                                                            : ResultSummary::of(row.session.resultJson);
    if (!result.present)
        return;
    if (result.ageBracket) {
        row.age = u"%1+"_s.arg(*result.ageBracket);
        row.ageValue = *result.ageBracket;
    } else if (result.estimatedAge) {
        // An estimate is no bracket: it says so, and sorts after the verified ones of the same age.
        row.age = tr("estimated %1").arg(*result.estimatedAge);
        row.ageValue = *result.estimatedAge;
    }
    row.method = result.method;
    row.reason = result.reason;
    if (result.token != row.session.token)
        row.resultToken = result.token;
    // The legacy shape names a session by its UUID, and so do its webhooks.
    for (const QString &name : {result.token, result.id})
        learnAlias(name, row.session.token);
}

static QString shortTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), u"HH:mm:ss"_s);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QVariant SessionModel::display(const Row &row, int column) const
{
    switch (column) {
    case TokenColumn:
        return row.session.token;
    case UserIdColumn:
        return row.session.userId;
    case ProfileColumn: {
        const QString name = row.profileName.isEmpty() ? row.session.profileId : row.profileName;
        return row.lookup == Lookup::Found ? tr("%1 (found there)").arg(name) : name;
    }
    case CreatedColumn:
        return shortTime(row.session.addedAt);
    case StatusColumn:
        if (row.session.status.isEmpty() && row.lookup == Lookup::Searching)
            return tr("Looking it up…");
        if (row.session.status.isEmpty() && row.lookup == Lookup::NotFound)
            return tr("Not found");
        if (row.session.status.isEmpty() && row.pollState == PollState::Stopped && !row.lastError.isEmpty())
            return tr("Polling stopped");
        return watchStatusLabel(row.status, row.session.status);
    case AgeColumn:
        return row.age;
    case MethodColumn:
        return row.method;
    case ReasonColumn:
        return row.reason;
    case LastPolledColumn:
        return shortTime(row.session.lastPolledAt);
    case TicketColumn: {
        const QString note = row.session.note.section(u'\n', 0, 0);
        if (row.session.ticket.isEmpty() || note.isEmpty())
            return row.session.ticket.isEmpty() ? note : row.session.ticket;
        return tr("%1 — %2").arg(row.session.ticket, note);
    }
    case NextPollColumn:
        switch (row.pollState) {
        case PollState::Polling:
            return tr("now");
        case PollState::Paused:
            return tr("paused");
        case PollState::Stopped:
            return QString();
        case PollState::Waiting:
        case PollState::Backoff:
            return shortTime(row.nextPollAt);
        }
    }
    return {};
}

QString SessionModel::toolTip(const Row &row, int column) const
{
    if ((column == StatusColumn || column == ProfileColumn) && row.lookup != Lookup::None)
        return row.lookupText;
    if (column == NextPollColumn && !row.lastError.isEmpty())
        return row.lastError;
    if (column == StatusColumn && !row.lastError.isEmpty())
        return tr("%1 — last poll failed: %2").arg(watchStatusLabel(row.status, row.session.status), row.lastError);
    if (column == ReasonColumn && !row.reason.isEmpty())
        return Text::explainFailure(row.reason).title;
    if (column == TicketColumn && !row.session.note.isEmpty())
        return row.session.note;
    if (column == TokenColumn) {
        QStringList lines{webhookText(row.session)};
        const QStringList also = (QStringList{row.resultToken} + row.session.aliases).filter(u"_"_s);
        if (!also.isEmpty())
            lines.append(tr("Also %1.").arg(also.join(u", "_s)));
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    return {};
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_data[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        // A tooltip that looks like markup is drawn as rich text: every one is given as escaped text, since notes,
        // server messages, profile names and webhook event types all come from outside.
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(tip.toHtmlEscaped()));
    }
    case Qt::DecorationRole:
        if (index.column() == TokenColumn) {
            static const QIcon received = lineIcon(u":/icons/webhook.svg"_s);
            static const QIcon mismatch(u":/icons/live-warning.svg"_s);
            switch (webhookStateOf(row.session)) {
            case WebhookState::None:
                return {};
            case WebhookState::Mismatch:
                return mismatch;
            case WebhookState::Received:
            case WebhookState::Agrees:
                return received;
            }
        }
        if (index.column() == StatusColumn) {
            // Not found anywhere is an end, not a wait.
            if (row.status == WatchStatus::Unknown && row.lookup == Lookup::NotFound) {
                static const QIcon notFound(watchStatusIcon(WatchStatus::Expired));
                return notFound;
            }
            // One icon per status for the whole run: an SVG is not parsed again on every repaint.
            static QHash<int, QIcon> icons;
            auto it = icons.find(int(row.status));
            if (it == icons.end())
                it = icons.insert(int(row.status), QIcon(watchStatusIcon(row.status)));
            return *it;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return watchStatusColor(row.status);
        return {};
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case TokenRole:
        return row.session.token;
    case StatusRole:
        return int(row.status);
    case SortRole: {
        const SortKey key = sortKey(row, index.column());
        return key.isText ? QVariant(key.text) : QVariant(key.number);
    }
    case ProfileIdRole:
        return row.session.profileId;
    case ArchivedRole:
        return row.session.archived;
    case WebhookStateRole:
        return int(webhookStateOf(row.session));
    case SearchTextRole: {
        QStringList parts = QStringList{row.session.token, row.resultToken} + row.session.aliases;
        parts << row.session.userId << row.session.ticket << row.session.note;
        parts.removeAll(QString());
        return parts.join(u'\n');
    }
    }
    return {};
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TokenColumn:
        return tr("Token");
    case UserIdColumn:
        return tr("User id");
    case ProfileColumn:
        return tr("Profile");
    case CreatedColumn:
        return tr("Added");
    case StatusColumn:
        return tr("Status");
    case AgeColumn:
        return tr("Age");
    case MethodColumn:
        return tr("Method");
    case ReasonColumn:
        return tr("Failure reason");
    case LastPolledColumn:
        return tr("Last polled");
    case NextPollColumn:
        return tr("Next poll");
    case TicketColumn:
        return tr("Ticket and note");
    }
    return {};
}

int SessionModel::addSessions(const QList<TrackedSession> &sessions)
{
    QList<Row> fresh;
    fresh.reserve(sessions.size());
    QSet<QString> seen;
    seen.reserve(sessions.size());
    for (const TrackedSession &s : sessions) {
        if (s.token.isEmpty() || m_rows.contains(s.token) || seen.contains(s.token))
            continue;
        seen.insert(s.token);
        Row row;
        row.session = s;
        row.profileName = m_profileNames.value(s.profileId);
        parseResult(row);
        row.pollState = isTerminal(row.status) ? PollState::Stopped : PollState::Waiting;
        for (const QString &name : std::as_const(row.session.aliases))
            m_aliases.insert(name, row.session.token);
        fresh.append(std::move(row));
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_data.size());
    // Room grows geometrically: a history read in pieces must not move every row once per piece.
    const qsizetype needed = m_data.size() + fresh.size();
    if (needed > m_data.capacity())
        reserveRows(std::max(needed, 2 * m_data.capacity()));
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_unranked += fresh.size();   // they compare by their values until the next ranking
    m_tokensRanked = false;
    for (Row &row : fresh) {
        m_rows.insert(row.session.token, int(m_data.size()));
        m_data.append(std::move(row));
        m_rank.push_back(-1);
    }
    endInsertRows();
    return int(fresh.size());
}

void SessionModel::reserveRows(qsizetype rows)
{
    if (rows <= m_data.capacity())
        return;
    m_data.reserve(rows);
    m_rows.reserve(rows);
    m_rank.reserve(size_t(rows));
}

void SessionModel::removeTokens(const QStringList &tokens)
{
    QList<int> rows;
    for (const QString &t : tokens) {
        const auto it = m_rows.constFind(t);
        if (it != m_rows.constEnd())
            rows.append(*it);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QSet<QString> gone(tokens.cbegin(), tokens.cend());
    m_aliases.removeIf([&gone](const QHash<QString, QString>::iterator it) { return gone.contains(it.value()); });
    // Contiguous runs, from the bottom up. Views react inside each removal (a selection moves, the inspector
    // asks for the new current row), so the token map is right before every endRemoveRows(). Many scattered
    // runs (clear finished on a big list) are cheaper as one reset.
    QList<std::pair<int, int>> runs;
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        runs.append({first, last});
    }
    const auto reindexFrom = [this](int from) {
        for (int r = from; r < m_data.size(); ++r)
            m_rows[m_data[r].session.token] = r;
    };
    if (runs.size() > 8) {
        beginResetModel();
        for (const auto &[first, last] : runs) {
            for (int r = first; r <= last; ++r)
                m_rows.remove(m_data[r].session.token);
            m_data.remove(first, last - first + 1);
            eraseRanks(first, last);
        }
        reindexFrom(0);
        endResetModel();
        return;
    }
    for (const auto &[first, last] : runs) {
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rows.remove(m_data[r].session.token);
        m_data.remove(first, last - first + 1);
        eraseRanks(first, last);
        reindexFrom(first);
        endRemoveRows();
    }
}

int SessionModel::rowOf(const QString &token) const
{
    return m_rows.value(token, -1);
}

std::optional<TrackedSession> SessionModel::session(const QString &token) const
{
    const int r = rowOf(token);
    if (r < 0)
        return std::nullopt;
    return m_data[r].session;
}

QList<TrackedSession> SessionModel::sessions() const
{
    QList<TrackedSession> out;
    out.reserve(m_data.size());
    for (const Row &row : m_data)
        out.append(row.session);
    return out;
}

QStringList SessionModel::tokens() const
{
    QStringList out;
    out.reserve(m_data.size());
    for (const Row &row : m_data)
        out.append(row.session.token);
    return out;
}

void SessionModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString SessionModel::applyResult(const QString &token, const SessionResult &result, const QString &requestId,
                                  const QDateTime &at)
{
    const int r = rowOf(token);
    if (r < 0)
        return {};
    Row &row = m_data[r];
    const QString previous = row.session.status;
    row.session.status = result.statusText();
    row.session.resultJson = QJsonDocument(result.raw()).toJson(QJsonDocument::Compact);
    row.session.summary = ResultSummary::of(result);   // already read: no need to parse what was just written
    row.session.lastPolledAt = at;
    row.session.lastRequestId = requestId;
    if (row.session.userId.isEmpty())
        row.session.userId = result.externalUserId();
    row.lastError.clear();
    parseResult(row);
    emitRowChanged(r);
    return previous;
}

QString SessionModel::setStatus(const QString &token, const QString &status, const QString &requestId, const QDateTime &at)
{
    const int r = rowOf(token);
    if (r < 0)
        return {};
    Row &row = m_data[r];
    const QString previous = row.session.status;
    row.session.status = status;
    row.session.lastPolledAt = at;
    if (!requestId.isEmpty())
        row.session.lastRequestId = requestId;
    row.status = watchStatusFromText(status);
    emitRowChanged(r);
    return previous;
}

void SessionModel::noteRequest(const QString &token, const QString &requestId, const QDateTime &at)
{
    const int r = rowOf(token);
    if (r < 0)
        return;
    m_data[r].session.lastPolledAt = at;
    if (!requestId.isEmpty())
        m_data[r].session.lastRequestId = requestId;
    emitRowChanged(r);
}

void SessionModel::setProfile(const QString &token, const QString &profileId)
{
    const int r = rowOf(token);
    if (r < 0 || m_data[r].session.profileId == profileId)
        return;
    m_data[r].session.profileId = profileId;
    m_data[r].profileName = m_profileNames.value(profileId);
    emitRowChanged(r);
}

void SessionModel::setLookup(const QString &token, Lookup lookup, const QString &text)
{
    const int r = rowOf(token);
    if (r < 0 || (m_data[r].lookup == lookup && m_data[r].lookupText == text))
        return;
    m_data[r].lookup = lookup;
    m_data[r].lookupText = text;
    emitRowChanged(r);
}

SessionModel::Lookup SessionModel::lookup(const QString &token) const
{
    const int r = rowOf(token);
    return r < 0 ? Lookup::None : m_data[r].lookup;
}

QString SessionModel::lookupText(const QString &token) const
{
    const int r = rowOf(token);
    return r < 0 ? QString() : m_data[r].lookupText;
}

void SessionModel::setArchived(const QStringList &tokens, bool archived)
{
    for (const QString &t : tokens) {
        const int r = rowOf(t);
        if (r < 0 || m_data[r].session.archived == archived)
            continue;
        m_data[r].session.archived = archived;
        emitRowChanged(r);
    }
}

void SessionModel::noteWebhook(const QString &token, const QString &eventType, const QDateTime &at)
{
    const int r = rowOf(token);
    if (r < 0)
        return;
    m_data[r].session.webhookEvent = eventType;
    m_data[r].session.webhookAt = at;
    emitRowChanged(r);
}

SessionModel::WebhookState SessionModel::webhookStateOf(const TrackedSession &s)
{
    if (s.webhookEvent.isEmpty())
        return WebhookState::None;
    const QString announced = normalisedWebhookStatus(s.webhookEvent);
    const QString polled = normalisedWebhookStatus(s.status);
    // Only a final status can contradict a webhook: "pending" may be a poll answered just before it settled.
    const bool final = polled == "success"_L1 || polled == "failed"_L1 || polled == "expired"_L1 || polled == "canceled"_L1;
    if (announced.isEmpty() || !final)
        return WebhookState::Received;
    return announced == polled ? WebhookState::Agrees : WebhookState::Mismatch;
}

QString SessionModel::webhookText(const TrackedSession &s)
{
    const QString when = QLocale().toString(s.webhookAt.toLocalTime(), u"HH:mm:ss"_s);
    switch (webhookStateOf(s)) {
    case WebhookState::None:
        return {};
    case WebhookState::Received:
        return tr("Webhook %1 received at %2; polling has not confirmed it yet.").arg(s.webhookEvent, when);
    case WebhookState::Agrees:
        return tr("Webhook %1 received at %2; polling agrees.").arg(s.webhookEvent, when);
    case WebhookState::Mismatch:
        return tr("Mismatch: the webhook %1 received at %2 announced \"%3\", but polling says \"%4\".")
            .arg(s.webhookEvent, when, normalisedWebhookStatus(s.webhookEvent), s.status);
    }
    return {};
}

void SessionModel::setPollState(const QString &token, PollState state, const QDateTime &nextPollAt, const QString &lastError)
{
    const int r = rowOf(token);
    if (r < 0)
        return;
    Row &row = m_data[r];
    row.pollState = state;
    row.nextPollAt = nextPollAt;
    if (!lastError.isEmpty() || state != PollState::Backoff)
        row.lastError = lastError;
    Q_EMIT dataChanged(index(r, StatusColumn), index(r, NextPollColumn));
}

SessionModel::PollState SessionModel::pollState(const QString &token) const
{
    const int r = rowOf(token);
    return r < 0 ? PollState::Stopped : m_data[r].pollState;
}

QString SessionModel::lastError(const QString &token) const
{
    const int r = rowOf(token);
    return r < 0 ? QString() : m_data[r].lastError;
}

void SessionModel::setProfileNames(const QHash<QString, QString> &names)
{
    m_profileNames = names;
    for (Row &row : m_data)
        row.profileName = m_profileNames.value(row.session.profileId);
    if (!m_data.isEmpty())
        Q_EMIT dataChanged(index(0, ProfileColumn), index(int(m_data.size()) - 1, ProfileColumn));
}

bool SessionModel::rowMatches(int row, const QString &needle) const
{
    if (needle != m_needle.first)
        m_needle = {needle, needle.toCaseFolded()};
    return m_data[row].searchText.contains(m_needle.second);
}

} // namespace Xident::Console
