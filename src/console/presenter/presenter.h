#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QPointer>

class QScreen;
class QWidget;

namespace Xident::Console {

class DemoSession;
class Notifier;
class StageWindow;
class Workspace;

//! Presenter mode: puts the stage on a screen (the projector when there are two), hides the normal window when they
//! share one, holds notifications and the screen saver, and puts everything back as it was on leaving. The stage's
//! settings (language, logo, scale, screen) are remembered; nothing about the sessions shown is.
class Presenter : public QObject
{
    Q_OBJECT
public:
    //! \a window is the console's main window: hidden while the stage covers its screen, restored after.
    Presenter(Workspace *workspace, Notifier *notifier, QWidget *window, QObject *parent = nullptr);
    ~Presenter() override;

    //! Starts presenting on the profile in use; an empty string, or why not (a live profile, no key).
    QString enter();
    void leave();
    bool isPresenting() const { return m_presenting; }

    DemoSession *session() const { return m_demo; }
    //! The stage while presenting; null otherwise.
    StageWindow *stage() const;
    //! The screen the stage goes to: the remembered one, else one the window is not on, else the window's.
    QScreen *stageScreen() const;
    //! Whether the screen saver was asked to wait (a desktop that offers it over D-Bus).
    bool holdsScreenSaver() const { return m_inhibitCookie != 0; }

Q_SIGNALS:
    void presentingChanged(bool presenting);

private:
    void moveStage(QScreen *screen);
    void holdScreenSaver(bool hold);
    void remember(const QString &key, const QVariant &value);

    Workspace *m_workspace;
    Notifier *m_notifier;
    QPointer<QWidget> m_window;
    DemoSession *m_demo;
    QPointer<StageWindow> m_stage;
    bool m_presenting = false;
    bool m_hidWindow = false;
    QByteArray m_windowGeometry;
    Qt::WindowStates m_windowState;
    uint m_inhibitCookie = 0;
};

} // namespace Xident::Console
