#include "sessionfiltermodel.h"

#include "sessionmodel.h"

namespace Xident::Console {

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SessionFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void SessionFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void SessionFilterModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(SessionModel::ArchivedRole).toBool())
        return false;
    const auto status = WatchStatus(index.data(SessionModel::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Open:
        if (isTerminal(status))
            return false;
        break;
    case StatusFilter::Passed:
        if (status != WatchStatus::Success && status != WatchStatus::Claimed)
            return false;
        break;
    case StatusFilter::Failed:
        if (status != WatchStatus::Failed)
            return false;
        break;
    case StatusFilter::Ended:
        if (status != WatchStatus::Canceled && status != WatchStatus::Expired && status != WatchStatus::Gone)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(SessionModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool SessionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SessionModel::SortRole);
    const QVariant r = right.data(SessionModel::SortRole);
    if (l.typeId() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    if (l.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return l.toLongLong() < r.toLongLong();
}

} // namespace Xident::Console
