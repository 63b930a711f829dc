#pragma once

#include <QtCore/QAbstractTableModel>

namespace Xident::Scenarios {
class ScenarioRunner;
}

namespace Xident::Console {

//! The scenarios a runner holds, a row each, with their state as it changes: what the Scenarios pane's grid shows.
class ScenarioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, SuiteColumn, NameColumn, TimeColumn, WhyColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { StateRole = Qt::UserRole + 1 };   //!< the Scenarios::RunState, as an int

    explicit ScenarioModel(Scenarios::ScenarioRunner *runner, QObject *parent = nullptr);

    //! Call after the runner's scenarios were replaced.
    void reload();
    //! How many scenarios are in each state: waiting, running, passed, failed, error, skipped.
    QList<int> counts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The state in the operator's language: "passed", "failed", ...
    static QString stateLabel(int state);

private:
    void rowChanged(int row);

    Scenarios::ScenarioRunner *m_runner;
    int m_rows = 0;
};

} // namespace Xident::Console
