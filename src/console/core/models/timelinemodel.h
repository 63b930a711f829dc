#pragma once

#include "console/core/trackedsession.h"

#include <QtCore/QAbstractTableModel>

namespace Xident::Console {

//! One session's observed status changes, oldest first: what the history kept, then what polling and the
//! webhook inbox see while it is shown.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FromColumn, ToColumn, RequestIdColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    //! Starts over for \a token (empty: none).
    void setToken(const QString &token);
    QString token() const { return m_token; }
    //! The history's changes for the token; changes already seen live that are newer stay after them.
    void setStored(const QString &token, const QList<StatusChange> &stored);
    //! A change seen now; ignored unless it is the token's.
    void append(const StatusChange &change);
    const QList<StatusChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_token;
    QList<StatusChange> m_changes;
};

} // namespace Xident::Console
