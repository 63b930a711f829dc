#include "console/core/models/checksmodel.h"

#include "console/core/resources.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

ChecksModel::ChecksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    initCoreResources();
}

void ChecksModel::setChecks(const QList<CheckResult> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ChecksModel::details(const CheckResult &c)
{
    QStringList out;
    for (auto it = c.details.begin(); it != c.details.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isNull()     ? tr("—")
                              : v.isString() ? v.toString()
                                             : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        out.append(u"%1: %2"_s.arg(it.key(), value));
    }
    return out;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &c = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case PerformedColumn:
            return c.performed ? tr("yes") : tr("no");
        case PassedColumn:
            if (!c.performed)
                return tr("—");
            if (!c.passed)
                return tr("unknown");
            return *c.passed ? tr("yes") : tr("no");
        case DetailsColumn:
            return details(c).join(u", "_s);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == PassedColumn && c.performed && c.passed)
            return QIcon(*c.passed ? u":/icons/status-ok.svg"_s : u":/icons/status-failed.svg"_s);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn)
            return details(c).join(u'\n');
        return {};
    default:
        return {};
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Check");
    case PerformedColumn:
        return tr("Performed");
    case PassedColumn:
        return tr("Passed");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Xident::Console
