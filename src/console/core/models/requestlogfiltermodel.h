#pragma once

#include <QtCore/QSortFilterProxyModel>

namespace Xident::Console {

//! The request log as its pane shows it: by class of status (failures are anything but 2xx, and calls that got
//! no answer), and by a text found in the path, the request id, or the error's kind or code.
class RequestLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    //! Which exchanges are shown, by their answer.
    enum class Statuses {
        All,
        Failures,    //!< anything but 2xx, and calls that got no answer
        Success,     //!< 2xx
        Redirect,    //!< 3xx (never followed)
        ClientError, //!< 4xx
        ServerError, //!< 5xx
    };
    Q_ENUM(Statuses)

    explicit RequestLogFilterModel(QObject *parent = nullptr);

    void setStatuses(Statuses statuses);
    Statuses statuses() const { return m_statuses; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Statuses m_statuses = Statuses::All;
    QString m_text;
};

} // namespace Xident::Console
