#pragma once

#include "console/core/models/requestlogfiltermodel.h"

#include <QtWidgets/QWidget>

#include <memory>

namespace Ui {
class RequestLogPane;
}

namespace Xident::Console {

class RequestLogModel;
class RequestLogFilterModel;

//! Every HTTP exchange the console's clients make: filter, details, copy as curl, JSON or HAR export, clear.
class RequestLogPane : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogPane(RequestLogModel *model, QWidget *parent = nullptr);
    ~RequestLogPane() override;

    //! The entries (by serial) of every row shown, or of the selected ones only.
    QList<quint64> exportRows(bool selectedOnly = false) const;
    //! Writes the entries with \a serials that are still kept as HAR (else JSON) to \a path; an error text, or empty.
    QString exportTo(const QString &path, bool har, const QList<quint64> &serials) const;
    void setStatusFilter(RequestLogFilterModel::Statuses statuses);
    void setSearchText(const QString &text);
    int shownRows() const;

private:
    void showCurrent();
    void exportRowsTo(bool selectedOnly);
    void showCount();

    std::unique_ptr<Ui::RequestLogPane> m_ui;
    RequestLogModel *m_model;
    RequestLogFilterModel *m_filter;
    QString m_shownKey;   // which exchange the detail shows
};

} // namespace Xident::Console
