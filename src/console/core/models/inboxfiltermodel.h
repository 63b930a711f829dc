#pragma once

#include <QtCore/QSortFilterProxyModel>

namespace Xident::Console {

struct ReceivedWebhook;

//! The inbox's list as the pane shows it: by kind of verdict, and by a text found in the event, the session,
//! the path, the sender or the verdict. Rows keep their order of arrival.
class InboxFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Valid, NotValid, Refused, Matched };
    Q_ENUM(Show)

    explicit InboxFilterModel(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    //! Whether the source row passes the filter (used for rows the view has not asked about).
    bool accepts(const ReceivedWebhook &webhook) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};

} // namespace Xident::Console
