#include "console/core/models/requestlogfiltermodel.h"

#include "console/core/models/requestlogmodel.h"

namespace Xident::Console {

RequestLogFilterModel::RequestLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void RequestLogFilterModel::setStatusClass(int statusClass)
{
    if (statusClass == m_statusClass)
        return;
    m_statusClass = statusClass;
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
    if (m_statusClass == Failures && x.httpStatus >= 200 && x.httpStatus < 300)
        return false;
    if (m_statusClass > 0 && x.httpStatus / 100 != m_statusClass)
        return false;
    if (m_text.isEmpty())
        return true;
    return x.url.path().contains(m_text, Qt::CaseInsensitive) || x.requestId.contains(m_text, Qt::CaseInsensitive)
           || (x.error && (Error::kindName(x.error.kind()).contains(m_text, Qt::CaseInsensitive)
                           || x.error.code().contains(m_text, Qt::CaseInsensitive)));
}

} // namespace Xident::Console
