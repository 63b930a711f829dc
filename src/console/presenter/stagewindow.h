#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QScreen;
class QStackedWidget;
class QToolButton;

namespace Xident::Console {

class DemoSession;
class QrCodeWidget;
class VerdictView;

//! The presenter's stage: what a customer sees on the projector and nothing else. A large QR code, one line of
//! instructions in the demo's language, the session's state in big words and then its verdict, and a watermark
//! that says it is a sandbox. No key, secret, user id, request id, address or full token is ever drawn.
//!
//! Laid out in code rather than in Designer: every size follows the window (the code takes at least 60 % of its
//! shorter side, the words scale with it), and the layout turns from side by side to stacked on a narrow screen.
class StageWindow : public QWidget
{
    Q_OBJECT
public:
    //! The words' scale that Ctrl+plus and Ctrl+minus step through, as factors of the default.
    static constexpr qreal MinimumScale = 0.5;
    static constexpr qreal MaximumScale = 1.6;

    //! \a demo is not owned.
    explicit StageWindow(DemoSession *demo, QWidget *parent = nullptr);
    ~StageWindow() override;

    //! Goes full screen on \a screen.
    void showOn(QScreen *screen);
    //! The watermark's word: SANDBOX on a sandbox, TEST on another test server.
    QString badge() const;
    //! A picture for the top left corner (the prospect's logo or one's own); none when the path is empty or unreadable.
    void setLogo(const QString &path);
    bool hasLogo() const;
    qreal scale() const { return m_scale; }
    void setScale(qreal scale);
    //! The screens the stage may be sent to, in the options menu; \a current is ticked.
    void setScreens(const QList<QScreen *> &screens, QScreen *current);

    QrCodeWidget *qrCode() const { return m_qr; }
    VerdictView *verdictView() const { return m_verdict; }

Q_SIGNALS:
    //! Esc, F11 or the Leave button: back to the normal window.
    void leaveRequested();
    void screenChosen(QScreen *screen);
    void logoChosen(const QString &path);
    void languageChosen(const QString &language);
    void checkRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildControls();
    void buildShortcuts();
    void buildOptions();
    void fillOutcomeMenu(QMenu *menu);
    void refresh();
    void relayout();
    void retranslate();

    DemoSession *m_demo;
    QPixmap m_logoPixmap;
    QLabel *m_logo;
    QrCodeWidget *m_qr;
    VerdictView *m_verdict;
    QLabel *m_state;
    QLabel *m_instruction;
    QLabel *m_problem;
    QLabel *m_hint;
    QPushButton *m_next;
    QPushButton *m_leave;
    QPushButton *m_check;
    QToolButton *m_options;
    QMenu *m_screensMenu = nullptr;
    QStackedWidget *m_pages;   // the code and its words, or the verdict
    QBoxLayout *m_body;
    qreal m_scale = 1;
    bool m_wasFinished = false;
};

} // namespace Xident::Console
