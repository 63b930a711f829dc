#include "console/core/models/requestlogfiltermodel.h"

#include "console/core/models/requestlogmodel.h"

namespace Xident::Console {

RequestLogFilterModel::RequestLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void RequestLogFilterModel::setStatuses(Statuses statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void RequestLogFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool RequestLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const RequestLogModel *>(sourceModel());
    if (!log || sourceParent.isValid() || sourceRow < 0 || sourceRow >= log->rowCount())
        return false;
    const Exchange &x = log->entry(sourceRow).exchange;
    const int statusClass = x.httpStatus / 100;
    switch (m_statuses) {
    case Statuses::All:
        break;
    case Statuses::Failures:
        if (statusClass == 2)
            return false;
        break;
    case Statuses::Success:
    case Statuses::Redirect:
    case Statuses::ClientError:
    case Statuses::ServerError:
        if (statusClass != 2 + int(m_statuses) - int(Statuses::Success))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    return x.url.path().contains(m_text, Qt::CaseInsensitive) || x.requestId.contains(m_text, Qt::CaseInsensitive)
           || (x.error && (Error::kindName(x.error.kind()).contains(m_text, Qt::CaseInsensitive)
                           || x.error.code().contains(m_text, Qt::CaseInsensitive)));
}

} // namespace Xident::Console
