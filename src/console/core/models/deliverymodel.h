#pragma once

#include <QtCore/QAbstractItemModel>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace Xident::Console {

//! A sandbox's webhook deliveries for one key, as its admin API lists them: a row per delivery (event, session,
//! whether it got through), and under it a row per attempt (URL, answer or error, latency, time).
class DeliveryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { DeliveryColumn, EventColumn, SessionColumn, AnswerColumn, LatencyColumn, TimeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IndexRole = Qt::UserRole + 1, DeliveredRole, AttemptCountRole };

    explicit DeliveryModel(QObject *parent = nullptr);

    //! Replaces the rows with \a deliveries (the admin API's objects), keeping a delivery's row where it was
    //! when only its attempts changed, so a view's selection and expanded rows stay put.
    void setDeliveries(const QJsonArray &deliveries);
    int deliveryCount() const { return int(m_deliveries.size()); }
    QJsonObject delivery(int row) const { return m_deliveries.value(row); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant deliveryData(const QJsonObject &d, int column, int role) const;
    QVariant attemptData(const QJsonObject &a, int column, int role) const;
    static QJsonArray attemptsOf(const QJsonObject &delivery);

    QList<QJsonObject> m_deliveries;
};

} // namespace Xident::Console
