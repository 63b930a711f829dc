#pragma once

#include <QtCore/QSortFilterProxyModel>

namespace Xident::Console {

//! The request log as its pane shows it: by class of status (failures are anything but 2xx, and calls that got
//! no answer), and by a text found in the path, the request id, or the error's kind or code.
class RequestLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    //! -1: every exchange; 0: failures; 2 to 5: that class of HTTP status.
    static constexpr int AllStatuses = -1;
    static constexpr int Failures = 0;

    explicit RequestLogFilterModel(QObject *parent = nullptr);

    void setStatusClass(int statusClass);
    int statusClass() const { return m_statusClass; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_statusClass = AllStatuses;
    QString m_text;
};

} // namespace Xident::Console
