#pragma once

#include <QtCore/QObject>

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
    //! Decided once at start-up; tests may force one.
    Channel channel() const { return m_channel; }
    void setChannel(Channel channel) { m_channel = channel; }
    void notify(const QString &title, const QString &body);

Q_SIGNALS:
    //! For the Window channel (and as a record for the others): the window shows it.
    void windowNotice(const QString &title, const QString &body);

private:
    Channel m_channel = Channel::Window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Xident::Console
