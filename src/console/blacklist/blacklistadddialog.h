#pragma once

#include <QtWidgets/QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Xident::Console {

class BlacklistBook;

//! Adds a face to the blacklist: a finished session's (by its xtk_ result token) or a picture's, chosen or dropped,
//! with a thumbnail. The reason is required (at most 500 characters). The dialog stays open with what was typed
//! until the API accepts the entry, and says why when it does not.
class BlacklistAddDialog : public QDialog
{
    Q_OBJECT
public:
    //! For a session: \a resultToken is its xtk_ token, \a label how the console names it.
    static BlacklistAddDialog *forSession(BlacklistBook *book, const QString &resultToken, const QString &label, QWidget *parent);
    //! For a picture; \a path may name a file to start with (a dropped one).
    static BlacklistAddDialog *forImage(BlacklistBook *book, const QString &path, QWidget *parent);

    //! Loads a picture; false (with the reason shown) when it cannot be sent.
    bool loadImage(const QString &path);
    QString problemText() const;
    void setReason(const QString &reason);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    BlacklistAddDialog(BlacklistBook *book, QWidget *parent);
    void build(const QString &intro);
    void addPictureRow(QFormLayout *form);
    void submit();
    void showProblem(const QString &problem);
    void updateCount();

    BlacklistBook *m_book;
    QString m_token;
    QByteArray m_image;
    QString m_imageName;
    QLabel *m_intro = nullptr;
    QLabel *m_thumbnail = nullptr;
    QPushButton *m_choose = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_sending = false;
};

} // namespace Xident::Console
