#include "console/core/models/scenariomodel.h"

#include "scenarios/scenariorunner.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;
using Xident::Scenarios::RunState;

namespace Xident::Console {

ScenarioModel::ScenarioModel(Scenarios::ScenarioRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    connect(runner, &Scenarios::ScenarioRunner::scenarioStarted, this, &ScenarioModel::rowChanged);
    connect(runner, &Scenarios::ScenarioRunner::scenarioFinished, this, &ScenarioModel::rowChanged);
    reload();
}

void ScenarioModel::reload()
{
    beginResetModel();
    m_rows = m_runner->count();
    endResetModel();
}

void ScenarioModel::rowChanged(int row)
{
    if (row >= 0 && row < m_rows)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<int> ScenarioModel::counts() const
{
    QList<int> out(6, 0);
    for (int row = 0; row < m_rows; ++row)
        ++out[int(m_runner->result(row).state)];
    return out;
}

int ScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ScenarioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScenarioModel::stateLabel(int state)
{
    switch (RunState(state)) {
    case RunState::Waiting: return tr("waiting");
    case RunState::Running: return tr("running");
    case RunState::Passed: return tr("passed");
    case RunState::Failed: return tr("failed");
    case RunState::Error: return tr("error");
    case RunState::Skipped: return tr("skipped");
    }
    return {};
}

QVariant ScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Scenarios::ScenarioResult &r = m_runner->result(index.row());
    const Scenarios::Scenario &s = m_runner->scenario(index.row());
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (r.state == RunState::Passed)
            return QBrush(QColor(0x1e, 0x8e, 0x3e));
        if (r.state == RunState::Failed || r.state == RunState::Error)
            return QBrush(QColor(0xd9, 0x30, 0x25));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case StateColumn: return stateLabel(int(r.state));
    case SuiteColumn: return s.suite;
    case NameColumn: return role == Qt::ToolTipRole ? u"%1:%2"_s.arg(s.file).arg(s.line) : s.name;
    case TimeColumn:
        return r.isFinished() ? tr("%1 s").arg(double(r.durationMs) / 1000.0, 0, 'f', 1) : QString();
    case WhyColumn: return r.message;
    case ColumnCount: break;
    }
    return {};
}

QVariant ScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn: return tr("State");
    case SuiteColumn: return tr("Suite");
    case NameColumn: return tr("Scenario");
    case TimeColumn: return tr("Time");
    case WhyColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Xident::Console
