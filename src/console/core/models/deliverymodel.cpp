#include "console/core/models/deliverymodel.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// Top-level rows have internal id 0; an attempt's row carries its delivery's row + 1.
constexpr quintptr TopLevel = 0;

QString timeText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"HH:mm:ss"_s) : QString();
}

} // namespace

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QJsonArray DeliveryModel::attemptsOf(const QJsonObject &delivery)
{
    return delivery.value("attempts"_L1).toArray();
}

void DeliveryModel::setDeliveries(const QJsonArray &deliveries)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : deliveries)
        fresh.append(v.toObject());
    // The rows already shown, still first and in order (the sandbox lists the oldest first): they are updated in
    // place and new ones are added below them.
    const auto sameRows = [&] {
        if (fresh.size() < m_deliveries.size())
            return false;
        for (qsizetype i = 0; i < m_deliveries.size(); ++i) {
            if (fresh[i].value("index"_L1) != m_deliveries[i].value("index"_L1)
                || attemptsOf(fresh[i]).size() < attemptsOf(m_deliveries[i]).size())
                return false;
        }
        return true;
    };
    if (!sameRows()) {
        beginResetModel();
        m_deliveries = fresh;
        endResetModel();
        return;
    }
    // The same deliveries: only new attempts and their answers, and new deliveries below.
    for (int row = 0; row < int(m_deliveries.size()); ++row) {
        const int before = int(attemptsOf(m_deliveries[row]).size());
        const int after = int(attemptsOf(fresh[row]).size());
        if (after > before) {
            beginInsertRows(index(row, 0), before, after - 1);
            m_deliveries[row] = fresh[row];
            endInsertRows();
        } else {
            m_deliveries[row] = fresh[row];
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (fresh.size() > m_deliveries.size()) {
        beginInsertRows({}, int(m_deliveries.size()), int(fresh.size()) - 1);
        m_deliveries = fresh;
        endInsertRows();
    }
}

QModelIndex DeliveryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_deliveries.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_deliveries.size())
        return {};
    return row < attemptsOf(m_deliveries[parent.row()]).size() ? createIndex(row, column, quintptr(parent.row()) + 1)
                                                                : QModelIndex();
}

QModelIndex DeliveryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int DeliveryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_deliveries.size());
    if (parent.internalId() != TopLevel || parent.column() != 0 || parent.row() >= m_deliveries.size())
        return 0;
    return int(attemptsOf(m_deliveries[parent.row()]).size());
}

int DeliveryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TopLevel)
        return deliveryData(m_deliveries.value(index.row()), index.column(), role);
    const QJsonObject d = m_deliveries.value(int(index.internalId() - 1));
    return attemptData(attemptsOf(d).at(index.row()).toObject(), index.column(), role);
}

QVariant DeliveryModel::deliveryData(const QJsonObject &d, int column, int role) const
{
    const QJsonArray attempts = attemptsOf(d);
    if (role == IndexRole)
        return d.value("index"_L1).toInteger();
    if (role == DeliveredRole)
        return d.value("delivered"_L1).toBool();
    if (role == AttemptCountRole)
        return int(attempts.size());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case DeliveryColumn: return tr("#%1").arg(d.value("index"_L1).toInteger());
    case EventColumn: return d.value("type"_L1).toString();
    case SessionColumn: return d.value("token"_L1).toString();
    case AnswerColumn:
        if (d.value("delivered"_L1).toBool())
            return tr("delivered after %n attempt(s)", nullptr, int(attempts.size()));
        return attempts.isEmpty() ? tr("sending…") : tr("not delivered yet, %n attempt(s)", nullptr, int(attempts.size()));
    case LatencyColumn: return QVariant();
    case TimeColumn: return timeText(d.value("created_at"_L1).toString());
    case ColumnCount: break;
    }
    return {};
}

QVariant DeliveryModel::attemptData(const QJsonObject &a, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case DeliveryColumn: return tr("attempt %1").arg(a.value("attempt"_L1).toInt());
    case EventColumn: return a.value("url"_L1).toString();
    case SessionColumn: return QVariant();
    case AnswerColumn: {
        const int status = a.value("status"_L1).toInt();
        const QString error = a.value("error"_L1).toString();
        if (status >= 200 && status < 300)
            return tr("answered %1").arg(status);
        return error.isEmpty() ? tr("answered %1").arg(status) : error;
    }
    case LatencyColumn: return tr("%1 ms").arg(a.value("latency_ms"_L1).toInteger());
    case TimeColumn: return timeText(a.value("at"_L1).toString());
    case ColumnCount: break;
    }
    return {};
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DeliveryColumn: return tr("Delivery");
    case EventColumn: return tr("Event or URL");
    case SessionColumn: return tr("Session");
    case AnswerColumn: return tr("Answer");
    case LatencyColumn: return tr("Latency");
    case TimeColumn: return tr("Time");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Xident::Console
