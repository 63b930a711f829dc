#include "console/presenter/presenter.h"

#include "console/core/demosession.h"
#include "console/core/profilestore.h"
#include "console/core/workspace.h"
#include "console/notifier.h"
#include "console/presenter/checkdemodialog.h"
#include "console/presenter/stagewindow.h"

#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusPendingCallWatcher>
#include <QtDBus/QDBusPendingReply>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtWidgets/QWidget>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
constexpr auto ScreenSaverService = "org.freedesktop.ScreenSaver";
constexpr auto ScreenSaverPath = "/org/freedesktop/ScreenSaver";
} // namespace

Presenter::Presenter(Workspace *workspace, Notifier *notifier, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_window(window)
    , m_demo(new DemoSession(workspace->profileService(), workspace->clients(), workspace->sandboxHost(), this))
{
    QSettings *s = m_workspace->settings();
    const QString console = QLocale().name().left(2);
    m_demo->setLanguage(s->value(u"presenter/language"_s, DemoSession::languages().contains(console) ? console : u"en"_s).toString());
}

Presenter::~Presenter()
{
    // Quitting while presenting (a signal, a logout): the stage goes with the window, the screen saver is given
    // back. The notifier may already be gone with the window, and nothing held needs showing any more.
    m_demo->disconnect();
    m_demo->stop();
    delete m_stage;
    holdScreenSaver(false);
}

StageWindow *Presenter::stage() const
{
    return m_stage;
}

void Presenter::remember(const QString &key, const QVariant &value)
{
    m_workspace->settings()->setValue(u"presenter/"_s + key, value);
}

QScreen *Presenter::stageScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QString remembered = m_workspace->settings()->value(u"presenter/screen"_s).toString();
    for (QScreen *s : screens) {
        if (!remembered.isEmpty() && s->name() == remembered)
            return s;
    }
    QScreen *own = m_window ? m_window->screen() : QGuiApplication::primaryScreen();
    for (QScreen *s : screens) {
        if (s != own)
            return s;
    }
    return own;
}

QString Presenter::enter()
{
    if (m_presenting)
        return {};
    const QString profileId = m_workspace->profileStore()->currentId();
    if (const QString refused = DemoSession::refusal(m_workspace->profileStore()->current()); !refused.isEmpty())
        return refused;
    m_presenting = true;
    m_stage = new StageWindow(m_demo);
    m_stage->setAttribute(Qt::WA_DeleteOnClose);
    QSettings *s = m_workspace->settings();
    m_stage->setLogo(s->value(u"presenter/logo"_s).toString());
    m_stage->setScale(s->value(u"presenter/scale"_s, 1.0).toReal());
    connect(m_stage, &StageWindow::leaveRequested, this, &Presenter::leave);
    connect(m_stage, &StageWindow::screenChosen, this, &Presenter::moveStage);
    connect(m_stage, &StageWindow::checkRequested, this, [this, profileId] {
        auto *dialog = new CheckDemoDialog(m_workspace, profileId, m_stage);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->run();
    });
    connect(m_stage, &StageWindow::logoChosen, this, [this](const QString &path) {
        remember(u"logo"_s, path);
        m_stage->setLogo(path);
    });
    connect(m_stage, &StageWindow::languageChosen, this, [this](const QString &language) {
        remember(u"language"_s, language);
        m_demo->setLanguage(language);
        m_demo->next();   // the phone page speaks the session's language: a new session in the new one
    });
    // Nothing pops up over the stage, and the screen stays on.
    m_notifier->setHeld(true);
    holdScreenSaver(true);
    if (m_window) {
        m_windowGeometry = m_window->saveGeometry();
        m_windowState = m_window->windowState();
    }
    moveStage(stageScreen());
    m_demo->start(profileId);
    Q_EMIT presentingChanged(true);
    return {};
}

void Presenter::moveStage(QScreen *screen)
{
    if (!m_stage)
        return;
    if (screen != stageScreen() || !m_workspace->settings()->contains(u"presenter/screen"_s))
        remember(u"screen"_s, screen ? screen->name() : QString());
    m_stage->setScreens(QGuiApplication::screens(), screen);
    m_stage->showOn(screen);
    // On the window's own screen the stage covers it: hidden until the presentation ends.
    const bool shared = m_window && m_window->screen() == screen;
    if (shared && m_window->isVisible()) {
        m_hidWindow = true;
        m_window->hide();
    } else if (!shared && m_hidWindow) {
        m_window->show();
        m_hidWindow = false;
    }
}

void Presenter::leave()
{
    if (!m_presenting)
        return;
    m_presenting = false;
    m_demo->stop();
    if (m_stage) {
        remember(u"scale"_s, m_stage->scale());
        m_stage->close();
        m_stage = nullptr;
    }
    if (m_window && m_hidWindow) {
        m_window->restoreGeometry(m_windowGeometry);
        m_window->setWindowState(m_windowState);
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    m_hidWindow = false;
    holdScreenSaver(false);
    m_notifier->setHeld(false);
    Q_EMIT presentingChanged(false);
}

// The freedesktop screen saver interface (GNOME, KDE, Xfce): Inhibit gives a cookie, UnInhibit takes it back. A
// desktop without it simply does not hold the screen saver.
void Presenter::holdScreenSaver(bool hold)
{
    // Nothing to give back: the bus is not even asked (a console that never presented never connects to it).
    if (!hold && m_inhibitCookie == 0)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const QString service = QString::fromLatin1(ScreenSaverService);
    const QString path = QString::fromLatin1(ScreenSaverPath);
    if (!hold) {
        QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, u"UnInhibit"_s);
        call << m_inhibitCookie;
        bus.asyncCall(call);
        m_inhibitCookie = 0;
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, u"Inhibit"_s);
    call << u"xident-console"_s << tr("Presenting a verification demo");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            return;
        if (m_presenting) {
            m_inhibitCookie = reply.value();
        } else {
            // Left before the answer came: give it back at once.
            m_inhibitCookie = reply.value();
            holdScreenSaver(false);
        }
    });
}

} // namespace Xident::Console
