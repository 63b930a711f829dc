#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>

#include <utility>

class QSystemTrayIcon;

namespace Xident::Console {

//! Desktop notifications: the freedesktop service over D-Bus when it is there, the tray when one exists,
//! otherwise a notice inside the window (stock GNOME has no tray; Xvfb has neither).
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { DBus, Tray, Window };
    Q_ENUM(Channel)

    explicit Notifier(QObject *parent = nullptr);
    //! Decided at the first notification; tests may force one.
    Channel channel();
    void setChannel(Channel channel)
    {
        m_channel = channel;
        m_decided = true;
    }
    void notify(const QString &title, const QString &body);
    //! While held (a presentation), notifications wait; they are shown when released, at most the last few.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

Q_SIGNALS:
    //! For the Window channel (and as a record for the others): the window shows it.
    void windowNotice(const QString &title, const QString &body);

private:
    Channel m_channel = Channel::Window;
    bool m_decided = false;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_held = false;
    QList<std::pair<QString, QString>> m_waiting;
};

} // namespace Xident::Console
