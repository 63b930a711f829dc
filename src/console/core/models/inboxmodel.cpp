#include "console/core/models/inboxmodel.h"

#include "console/core/plaintext.h"

#include "console/core/lineicon.h"
#include "text/webhooktext.h"

#include <QtCore/QLocale>
#include <QtGui/QColor>
#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

ReceivedWebhook withAnswer(ReceivedWebhook w, int status)
{
    w.answeredStatus = status;
    return w;
}

} // namespace

QString InboxModel::verdictLabel(const ReceivedWebhook &w)
{
    using R = WebhookVerdict::Reason;
    // A refusal says so first, also for a delivery that was judged but then answered 503 (not kept in time).
    switch (!w.refused.isEmpty() ? ReceivedWebhook::Judgement::Refused : w.judgement) {
    case ReceivedWebhook::Judgement::Refused:
        return w.repeats > 1 ? tr("refused (%1), %n time(s)", nullptr, w.repeats).arg(w.answeredStatus)
                             : tr("refused (%1)").arg(w.answeredStatus);
    case ReceivedWebhook::Judgement::Unverified:
    case ReceivedWebhook::Judgement::Judged:
        break;
    }
    // Accepted and judged, but answered badly on purpose (the inbox's bad answers): say both.
    if (!w.method.isEmpty() && w.answeredStatus != 200) {
        const QString verdict = verdictLabel(withAnswer(w, 200));
        return w.answeredStatus == 0 ? tr("%1; connection cut on purpose").arg(verdict)
                                     : tr("%1; answered %2 on purpose").arg(verdict).arg(w.answeredStatus);
    }
    if (w.judgement == ReceivedWebhook::Judgement::Unverified)
        return tr("not checked");
    switch (w.verdict.reason) {
    case R::Valid:
        return tr("valid");
    case R::SignatureMismatch:
        return tr("signature mismatch");
    case R::MissingSignature:
        return tr("no signature");
    case R::MissingSecret:
        return tr("not checked");
    case R::MalformedHeader:
        return tr("malformed header");
    case R::TimestampOutsideTolerance:
        return tr("timestamp out of tolerance");
    case R::InvalidJson:
        return tr("signed, but not JSON");
    case R::SignatureUnavailable:
        return tr("cannot be checked");
    }
    return w.verdictCode();
}

QString InboxModel::verdictDetail(const ReceivedWebhook &w)
{
    switch (!w.refused.isEmpty() ? ReceivedWebhook::Judgement::Refused : w.judgement) {
    case ReceivedWebhook::Judgement::Refused:
        return w.note.isEmpty() ? w.refused : w.note;
    case ReceivedWebhook::Judgement::Unverified:
        return tr("No profile has a webhook secret, so the signature was not checked.");
    case ReceivedWebhook::Judgement::Judged:
        break;
    }
    if (!w.verdictHasParameters)
        return w.note;
    if (w.verdict.reason == WebhookVerdict::Reason::MissingSignature)
        return tr("The request has no X-Xident-Signature header.");
    return Text::WebhookText::detail(w.verdict, w.receivedAt.toSecsSinceEpoch());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedWebhook &w = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(w.receivedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case MethodColumn:
            return QString::fromLatin1(w.method);
        case PathColumn:
            return w.path;
        case FromColumn:
            return w.remote;
        case SizeColumn:
            if (w.body.size() < 1024)
                return tr("%Ln byte(s)", nullptr, int(w.body.size()));
            return QLocale().formattedDataSize(w.body.size(), 1, QLocale::DataSizeTraditionalFormat);
        case VerdictColumn:
            return verdictLabel(w);
        case EventColumn:
            return w.eventType;
        case SessionColumn:
            return w.matchedToken.isEmpty() ? w.sessionRef : w.matchedToken;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VerdictColumn) {
            QString tip = verdictDetail(w);
            if (w.repeats > 1 && w.lastAt.isValid())
                tip += u"\n"_s + tr("Refused %n time(s) in a row, the last at %1.", nullptr, w.repeats)
                                     .arg(QLocale().toString(w.lastAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
            if (!w.profileId.isEmpty())
                tip += u"\n"_s + tr("Judged by the webhook secret of profile \"%1\".")
                                     .arg(m_profileNames.value(w.profileId, w.profileId));
            return plainToolTip(tip);
        }
        if (index.column() == SessionColumn && !w.matchedToken.isEmpty())
            return plainToolTip(tr("In the watchlist as %1").arg(w.matchedToken));
        return {};
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn) {
            if (!w.refused.isEmpty())
                return QIcon(u":/icons/status-canceled.svg"_s);
            if (w.isValid())
                return QIcon(u":/icons/status-ok.svg"_s);
            if (w.judgement == ReceivedWebhook::Judgement::Unverified)
                return QIcon(u":/icons/status-pending.svg"_s);
            return QIcon(u":/icons/status-failed.svg"_s);
        }
        if (index.column() == SessionColumn && !w.matchedToken.isEmpty())
            return lineIcon(u":/icons/webhook.svg"_s);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return w.id;
    case ValidRole:
        return w.isValid();
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case FromColumn:
        return tr("From");
    case SizeColumn:
        return tr("Size");
    case VerdictColumn:
        return tr("Verdict");
    case EventColumn:
        return tr("Event");
    case SessionColumn:
        return tr("Session");
    }
    return {};
}

void InboxModel::append(const ReceivedWebhook &webhook)
{
    // Room by count and by bytes: a flood of large bodies must not fill the memory.
    int drop = std::max(0, int(m_rows.size()) + 1 - MaxRows);
    qint64 bytes = m_bodyBytes + webhook.body.size();
    for (int i = 0; i < drop; ++i)
        bytes -= m_rows[size_t(i)].body.size();
    while (bytes > MaxBodyBytes && drop < int(m_rows.size())) {
        bytes -= m_rows[size_t(drop)].body.size();
        ++drop;
    }
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        for (int i = 0; i < drop; ++i) {
            m_bodyBytes -= m_rows.front().body.size();
            m_rows.pop_front();
        }
        endRemoveRows();
    }
    m_bodyBytes += webhook.body.size();
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(webhook);
    m_rows.back().references.clear();
    endInsertRows();
}

bool InboxModel::absorbRepeat(const ReceivedWebhook &webhook)
{
    if (webhook.refused.isEmpty() || m_rows.empty())
        return false;
    ReceivedWebhook &last = m_rows.back();
    const QDateTime latest = last.lastAt.isValid() ? last.lastAt : last.receivedAt;
    if (last.refused != webhook.refused || last.answeredStatus != webhook.answeredStatus || last.remote != webhook.remote
        || last.method != webhook.method || last.path != webhook.path || !latest.isValid()
        || latest.secsTo(webhook.receivedAt) > RepeatWindowSecs || webhook.receivedAt < latest)
        return false;
    ++last.repeats;
    last.lastAt = webhook.receivedAt;
    const int row = int(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    return true;
}

void InboxModel::prepend(const QList<ReceivedWebhook> &older)
{
    const qint64 firstId = m_rows.empty() ? std::numeric_limits<qint64>::max() : m_rows.front().id;
    QList<ReceivedWebhook> add;
    for (const ReceivedWebhook &w : older) {
        if (w.id < firstId)
            add.append(w);
    }
    const int room = MaxRows - int(m_rows.size());
    if (room <= 0 || add.isEmpty())
        return;
    if (add.size() > room)
        add = add.mid(add.size() - room);
    // And by bytes: the newest of the loaded rows that fit beside those already here.
    qint64 bytes = m_bodyBytes;
    qsizetype first = add.size();
    while (first > 0 && bytes + add.at(first - 1).body.size() <= MaxBodyBytes)
        bytes += add.at(--first).body.size();
    add = add.mid(first);
    if (add.isEmpty())
        return;
    beginInsertRows({}, 0, int(add.size()) - 1);
    for (const ReceivedWebhook &w : std::as_const(add))
        m_bodyBytes += w.body.size();
    m_rows.insert(m_rows.begin(), add.cbegin(), add.cend());
    endInsertRows();
}

void InboxModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_bodyBytes = 0;
    endResetModel();
}

int InboxModel::rowOfId(qint64 id) const
{
    // Ids grow with the rows: search from the newest, where look-ups usually land.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[size_t(row)].id == id)
            return row;
    }
    return -1;
}

void InboxModel::setAnswered(qint64 id, int status, const QString &reason)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    ReceivedWebhook &w = m_rows[size_t(row)];
    w.answeredStatus = status;
    w.refused = reason;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InboxModel::setMatchedToken(qint64 id, const QString &token)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    m_rows[size_t(row)].matchedToken = token;
    Q_EMIT dataChanged(index(row, SessionColumn), index(row, SessionColumn));
}

void InboxModel::setJudged(const ReceivedWebhook &judged)
{
    const int row = rowOfId(judged.id);
    if (row < 0)
        return;
    ReceivedWebhook &w = m_rows[size_t(row)];
    w.judgement = judged.judgement;
    w.verdict = judged.verdict;
    w.verdictHasParameters = judged.verdictHasParameters;
    w.storedCode = judged.storedCode;
    w.note = judged.note;
    w.profileId = judged.profileId;
    w.eventType = judged.eventType;
    w.eventId = judged.eventId;
    w.sessionRef = judged.sessionRef;
    w.references = judged.references;
    w.matchedToken = judged.matchedToken;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace Xident::Console
