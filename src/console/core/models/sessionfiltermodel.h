#pragma once

#include "console/core/watchstatus.h"

#include <QtCore/QSortFilterProxyModel>

#include <optional>

namespace Xident::Console {

//! Sorts the watchlist by each column's natural value and filters it by status, archive and a search text.
//! Its source must be a SessionModel: it reads rows directly rather than through QVariants.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    //! Status groups offered by the filter combo.
    enum class StatusFilter { All, Open, Passed, Failed, Ended };
    Q_ENUM(StatusFilter)

    explicit SessionFilterModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    //! Matches tokens and user ids, case-insensitively, anywhere in them.
    void setSearchText(const QString &text);
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_search;
    bool m_showArchived = false;
};

} // namespace Xident::Console
