#include "console/core/models/blacklistmodel.h"

#include <QtCore/QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace Xident::Console {

BlacklistModel::BlacklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BlacklistModel::setEntries(const QList<BlacklistEntry> &entries, const Pagination &pagination)
{
    beginResetModel();
    m_entries = entries;
    m_pagination = pagination;
    m_loaded = true;
    // A pending entry is listed once this page has an entry of its source and reason created no earlier than a minute
    // before it was added (the server's clock may differ from this one), or once the total has grown past it (the
    // entry landed on another page).
    m_pending.removeIf([&entries, &pagination](const Pending &p) {
        if (pagination.total > p.totalBefore)
            return true;
        return std::any_of(entries.cbegin(), entries.cend(), [&p](const BlacklistEntry &e) {
            const QDateTime created = QDateTime::fromString(e.createdAt, Qt::ISODate);
            return e.source == p.source && e.reason == p.reason && (!created.isValid() || created >= p.addedAt.addSecs(-60));
        });
    });
    endResetModel();
}

void BlacklistModel::addPending(const Pending &pending)
{
    beginInsertRows({}, 0, 0);
    Pending p = pending;
    // Before any page was read the total is unknown: only the entry itself, seen on a page, ends its row.
    p.totalBefore = m_loaded ? m_pagination.total + int(m_pending.size()) : std::numeric_limits<int>::max();
    m_pending.prepend(p);
    endInsertRows();
}

void BlacklistModel::clear()
{
    beginResetModel();
    m_pending.clear();
    m_entries.clear();
    m_pagination = {};
    m_loaded = false;
    endResetModel();
}

std::optional<BlacklistEntry> BlacklistModel::entry(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional(m_entries[row - m_pending.size()]);
}

int BlacklistModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(m_pending.size() + i);
    }
    return -1;
}

int BlacklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pending.size() + m_entries.size());
}

int BlacklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BlacklistModel::sourceLabel(const QString &source)
{
    if (source == "session"_L1)
        return tr("session");
    if (source == "image"_L1)
        return tr("image");
    return source;
}

QVariant BlacklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == PendingRole)
        return index.row() < m_pending.size();
    if (index.row() < m_pending.size())
        return pendingData(m_pending[index.row()], index.column(), role);
    return entryData(m_entries[index.row() - m_pending.size()], index.column(), role);
}

QVariant BlacklistModel::pendingData(const Pending &p, int column, int role) const
{
    if (role == EntryIdRole)
        return 0;
    if (role == Qt::ToolTipRole)
        return tr("Accepted on %1; the service is processing it. It appears here with its id once listed.")
            .arg(QLocale().toString(p.addedAt.toLocalTime(), QLocale::ShortFormat));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn: return tr("processing");
    case SourceColumn: return p.source == "image"_L1 ? tr("image (%1)").arg(p.subject) : sourceLabel(p.source);
    case SessionColumn: return p.source == "session"_L1 ? p.subject : QString();
    case ReasonColumn: return p.reason;
    default: return {};
    }
}

QVariant BlacklistModel::entryData(const BlacklistEntry &e, int column, int role) const
{
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && column == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case IdColumn: return QString::number(e.id);
    case SourceColumn: return sourceLabel(e.source);
    case SessionColumn:
        if (role == Qt::ToolTipRole)
            return tr("The API's number for the session; it lists no token");
        return e.sessionId ? QString::number(*e.sessionId) : QString();
    case ReasonColumn: return e.reason;
    case CreatedColumn: {
        const QDateTime t = QDateTime::fromString(e.createdAt, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : e.createdAt;
    }
    default: return {};
    }
}

QVariant BlacklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Id");
    case SourceColumn: return tr("Source");
    case SessionColumn: return tr("Session id");
    case ReasonColumn: return tr("Reason");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

} // namespace Xident::Console
