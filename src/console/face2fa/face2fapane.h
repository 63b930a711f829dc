#pragma once

#include <QtWidgets/QWidget>

#include <memory>

namespace Ui {
class Face2faPane;
}

namespace Xident::Console {

class Face2faBook;
struct PictureFile;

//! Face 2FA with the profile in use (Ctrl+8): a user id looked up (enrolled or not, since when) and deleted after a
//! confirmation; a picture, chosen or dropped, enrolled or verified as a challenge polled to its verdict in words;
//! and this run's challenges, each kept with its id, kind and times.
class Face2faPane : public QWidget
{
    Q_OBJECT
public:
    explicit Face2faPane(Face2faBook *book, QWidget *parent = nullptr);
    ~Face2faPane() override;

    //! Loads a picture for the next enrolment or verification; false, saying why, when it cannot be sent.
    bool loadPicture(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void startChallenge(bool verify);
    void confirmDelete();
    void showDetail();
    void say(const QString &text, bool problem);
    void updateButtons();

    std::unique_ptr<Ui::Face2faPane> m_ui;
    Face2faBook *m_book;
    std::unique_ptr<PictureFile> m_picture;
};

} // namespace Xident::Console
