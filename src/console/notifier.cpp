#include "console/notifier.h"

#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusMessage>
#include <QtGui/QIcon>
#include <QtWidgets/QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
constexpr auto Service = "org.freedesktop.Notifications";
// What waits while notifications are held: the latest few, not a burst of everything that finished meanwhile.
constexpr qsizetype MaxWaiting = 5;
}

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

Notifier::Channel Notifier::channel()
{
    // Decided at the first notification, off the start-up path: asking the bus can take a while.
    if (m_decided)
        return m_channel;
    m_decided = true;
    m_channel = Channel::Window;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(QString::fromLatin1(Service)))
        m_channel = Channel::DBus;
    else if (QSystemTrayIcon::isSystemTrayAvailable())
        m_channel = Channel::Tray;
    return m_channel;
}

void Notifier::notify(const QString &title, const QString &body)
{
    if (m_held) {
        m_waiting.append({title, body});
        if (m_waiting.size() > MaxWaiting)
            m_waiting.removeFirst();
        return;
    }
    switch (channel()) {
    case Channel::DBus: {
        QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service), u"/org/freedesktop/Notifications"_s,
                                                           QString::fromLatin1(Service), u"Notify"_s);
        call << u"Xident Console"_s << uint(0) << u"xident-console"_s << title << body << QStringList()
             << QVariantMap() << int(8000);
        // Fire and forget: a slow notification service must never hold the window.
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
        break;
    }
    case Channel::Tray:
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(u":/icons/xident-console.svg"_s), this);
            m_tray->show();
        }
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 8000);
        break;
    case Channel::Window:
        break;
    }
    Q_EMIT windowNotice(title, body);
}

void Notifier::setHeld(bool held)
{
    m_held = held;
    if (held)
        return;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[title, body] : waiting)
        notify(title, body);
}

} // namespace Xident::Console
