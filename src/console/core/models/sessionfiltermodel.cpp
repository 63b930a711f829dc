#include "console/core/models/sessionfiltermodel.h"

#include "console/core/models/sessionmodel.h"

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
    invalidate();   // one layout change: row-by-row inserts of thousands of ranges cost the view far more
}

void SessionFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidate();
}

void SessionFilterModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidate();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto *model = static_cast<const SessionModel *>(sourceModel());
    if (!m_showArchived && model->rowArchived(sourceRow))
        return false;
    const WatchStatus status = model->rowStatus(sourceRow);
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
    return m_search.isEmpty() || model->rowMatches(sourceRow, m_search);
}

bool SessionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // compareRows() breaks ties by token: a stable, predictable order.
    return static_cast<const SessionModel *>(sourceModel())->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace Xident::Console
