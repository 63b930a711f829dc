#include "console/core/models/inboxfiltermodel.h"

#include "console/core/models/inboxmodel.h"

namespace Xident::Console {

InboxFilterModel::InboxFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void InboxFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void InboxFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool InboxFilterModel::accepts(const ReceivedWebhook &w) const
{
    switch (m_show) {
    case Show::All:
        break;
    case Show::Valid:
        if (!w.isValid())
            return false;
        break;
    case Show::NotValid:
        if (w.isValid() || !w.refused.isEmpty())
            return false;
        break;
    case Show::Refused:
        if (w.refused.isEmpty())
            return false;
        break;
    case Show::Matched:
        if (w.matchedToken.isEmpty())
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    for (const QString &field : {w.eventType, w.eventId, w.sessionRef, w.matchedToken, w.path, w.remote,
                                 InboxModel::verdictDetail(w), InboxModel::verdictLabel(w)}) {
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *inbox = qobject_cast<const InboxModel *>(sourceModel());
    if (!inbox || sourceParent.isValid() || sourceRow < 0 || sourceRow >= inbox->rowCount())
        return false;
    return accepts(inbox->at(sourceRow));
}

} // namespace Xident::Console
