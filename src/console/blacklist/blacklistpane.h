#pragma once

#include <QtWidgets/QWidget>

#include <memory>

class QDialog;
class QSortFilterProxyModel;

namespace Ui {
class BlacklistPane;
}

namespace Xident::Console {

class BlacklistBook;
class ProfileStore;

//! The face blacklist of the profile in use (Ctrl+7): a page of entries as the API pages it, filtered on the page,
//! with entries added by picture (chosen or dropped) or by session (from the watchlist and the inspector), and
//! removed after a confirmation that names them.
class BlacklistPane : public QWidget
{
    Q_OBJECT
public:
    BlacklistPane(BlacklistBook *book, ProfileStore *profiles, QWidget *parent = nullptr);
    ~BlacklistPane() override;

    BlacklistBook *book() const { return m_book; }

public Q_SLOTS:
    //! Asks for a session's face to be blacklisted: \a resultToken is its xtk_ token, \a label how it is named.
    QDialog *addSession(const QString &resultToken, const QString &label);
    //! Opens the picture dialog, with \a path loaded when given.
    void addImage(const QString &path = {});
    //! Removes the selected entry after asking.
    void removeSelected();

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    qint64 selectedId() const;
    void showPage();
    void showMenu(const QPoint &at);

    std::unique_ptr<Ui::BlacklistPane> m_ui;
    BlacklistBook *m_book;
    ProfileStore *m_profiles;
    QSortFilterProxyModel *m_filter;
    bool m_loadedOnce = false;
};

} // namespace Xident::Console
