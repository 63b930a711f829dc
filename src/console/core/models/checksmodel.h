#pragma once

#include <XidentQt/sessionresult.h>

#include <QtCore/QAbstractTableModel>

namespace Xident::Console {

//! A session's checks: name, whether performed, whether passed, and what else the server said.
class ChecksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PerformedColumn, PassedColumn, DetailsColumn, ColumnCount };

    explicit ChecksModel(QObject *parent = nullptr);

    void setChecks(const QList<CheckResult> &checks);
    const QList<CheckResult> &checks() const { return m_checks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QStringList details(const CheckResult &check);

    QList<CheckResult> m_checks;
};

} // namespace Xident::Console
