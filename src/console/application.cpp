#include "console/application.h"

#include "console/aboutdialog.h"
#include "console/core/clientpool.h"
#include "console/core/democheck.h"
#include "console/core/instanceguard.h"
#include "console/core/profilestore.h"
#include "console/core/resources.h"
#include "console/core/workspace.h"
#include "console/core/sandboxhost.h"
#include "console/mainwindow.h"
#include "console/presenter/codereader.h"
#include "console/presenter/presenter.h"
#include "text/translations.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtGui/QPaintEvent>
#include <QtNetwork/QHostAddress>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QtCore/QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initConsoleCatalog()
{
    Q_INIT_RESOURCE(xident_console_i18n);
}

namespace Xident::Console {

void initResources()
{
    initCoreResources();
    initConsoleCatalog();
}

namespace {

// The translation context of these functions (lupdate reads it from the macro).
struct ApplicationText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::Application)
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// Reports the first paint of the window, for the start-up benchmark.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QElapsedTimer clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            printLine(stdout, u"first-paint-ms %1"_s.arg(m_clock.nsecsElapsed() / 1e6, 0, 'f', 1));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

#ifdef Q_OS_UNIX
// SIGTERM, SIGINT and SIGHUP (a logout, a service manager, Ctrl+C) quit the console as its Quit action does: the
// listeners close and the history writes what it holds. The handler only writes a byte; the event loop does the rest.
int s_signalPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[0], &byte, 1);
    errno = saved;
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(s_signalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    // A second signal, while the first quit is under way, ends the process at once.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}
#endif

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ApplicationText::tr("Desktop console for the Xident verification API. Opens on the embedded "
                                        "sandbox; tokens, callback URLs and xident://session/<token> links given as "
                                        "arguments open those sessions."));
    parser.addHelpOption();
    parser.addOption({u"version"_s, ApplicationText::tr("Show the versions of the console, library, Qt and API.")});
    parser.addOption({u"profile"_s, ApplicationText::tr("Open with the profile called <name>."), ApplicationText::tr("name")});
    parser.addOption({u"base-url"_s, ApplicationText::tr("Use a temporary profile for <url>; its key comes from XIDENT_SECRET_KEY, its webhook secret from XIDENT_WEBHOOK_SECRET."), ApplicationText::tr("url")});
    parser.addOption({u"lang"_s, ApplicationText::tr("Use the language <code> (en, de, fr) instead of the system's."), ApplicationText::tr("code")});
    parser.addOption({u"presenter"_s, ApplicationText::tr("Open in presenter mode: a full-screen verification demo on the profile "
                                                        "in use (sandbox and test profiles only).")});
    parser.addOption({u"check-demo"_s, ApplicationText::tr("Check whether a demo on the profile in use (or --profile) will work, print "
                                                         "one line per check and exit: 0 when all pass, 1 otherwise. It runs on "
                                                         "its own, with its own embedded sandbox.")});
    parser.addOption({u"phone-address"_s, ApplicationText::tr("Serve the embedded sandbox's verification pages on <address> too, "
                                                            "so that a phone on that network can open them."),
                      ApplicationText::tr("address")});
    parser.addPositionalArgument(u"sessions"_s, ApplicationText::tr("Tokens, callback URLs or xident:// links to open, or evidence files to view."), u"[sessions...]"_s);
}

} // namespace

QString installTranslations(const QString &language)
{
    return Text::installTranslations(language, u"xident-console"_s);
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/xident-console"_s;
}

namespace {

// --help, --help-all and --version, answered with a core application only; false when none was asked.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version") {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(u"xident-console"_s);
            QCoreApplication::setApplicationVersion(QStringLiteral(XIDENT_CONSOLE_VERSION));
            initResources();
            installTranslations(Text::languageArgument(argc, argv));
            QCommandLineParser parser;
            describe(parser);
            parser.process(core);
            if (parser.isSet(u"version"_s))
                printLine(stdout, AboutDialog::versionText());
            return true;
        }
    }
    return false;
}

// A display to show the window on; the demo check, which shows none, runs offscreen without one. False after saying
// what to do.
bool hasDisplay(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    if (std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "--check-demo") == 0; })) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
    printLine(stderr, ApplicationText::tr("xident-console: no display here; run it under a virtual one: xvfb-run -a xident-console"));
    return false;
}

// Another console runs and was handed the launch's sessions and options (or could not take them): what to say, and
// the exit code.
int handedOver(const InstanceGuard &guard, const QCommandLineParser &parser)
{
    if (!guard.errorString().isEmpty()) {
        printLine(stderr, ApplicationText::tr("xident-console: another console is running but did not take the sessions: %1")
                              .arg(guard.errorString()));
        return 1;
    }
    if (parser.isSet(u"base-url"_s)) {
        // The running window keeps its profiles: say so rather than pretend the option took effect.
        printLine(stderr, ApplicationText::tr("xident-console: a console is already running; --base-url only applies "
                                              "when it starts. Add a profile in its window (Ctrl+,)."));
        return 2;
    }
    printLine(stdout, ApplicationText::tr("Xident Console is already running; it was handed what this launch asked for."));
    return 0;
}

// The saved profile called \a wanted (by name, any case, or id); empty, with \a problem saying which profiles
// there are, when none is.
QString findProfile(const ProfileStore &store, const QString &wanted, QString *problem)
{
    if (QString id = store.idOf(wanted); !id.isEmpty())
        return id;
    QStringList names;
    for (const Profile &p : store.profiles())
        names.append(p.name);
    *problem = ApplicationText::tr("no profile called \"%1\"; the profiles are: %2.").arg(wanted, names.join(u", "_s));
    return {};
}

// What a launch hands a running console: its arguments without the program and the language, which only applies to
// the process it starts.
QStringList handOverArguments()
{
    QStringList args = Text::withoutLanguageArgument(QCoreApplication::arguments());
    args.removeFirst();
    // The running console has its own working folder: a file named here is named by its whole path.
    for (QString &arg : args) {
        if (!arg.startsWith(u'-') && QFileInfo(arg).isFile())
            arg = QFileInfo(arg).absoluteFilePath();
    }
    return args;
}

// Profiles may carry extra headers for a gateway: the settings file is its owner's only. Its folder too, and the
// file exists from the start: later writes replace it keeping its permissions.
void restrictSettings(QSettings &settings)
{
    const QFileInfo file(settings.fileName());
    QDir().mkpath(file.absolutePath());
    QFile::setPermissions(file.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!file.exists()) {
        QFile create(file.absoluteFilePath());
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            create.close();
    }
    QFile::setPermissions(file.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    settings.sync();
}

// --base-url makes a profile for this run (its key from XIDENT_SECRET_KEY, its webhook secret from
// XIDENT_WEBHOOK_SECRET, so the inbox can judge and match what that server sends); --profile picks a saved one. False
// after saying what is wrong.
bool chooseProfile(Workspace &workspace, const QCommandLineParser &parser)
{
    const QString profile = u"profile"_s;
    const QString baseUrl = u"base-url"_s;
    if (parser.isSet(baseUrl)) {
        Profile p;
        p.id = Profile::newId();
        p.name = ApplicationText::tr("Command line (%1)").arg(parser.value(baseUrl));
        p.baseUrl = parser.value(baseUrl);
        p.apiKey = qEnvironmentVariable("XIDENT_SECRET_KEY");
        p.webhookSecret = qEnvironmentVariable("XIDENT_WEBHOOK_SECRET");
        const QList<Profile::Problem> problems = p.problems();
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const auto &problem : problems)
                lines.append(problem.field == Profile::Field::ApiKey          ? ApplicationText::tr("XIDENT_SECRET_KEY: %1").arg(problem.message)
                             : problem.field == Profile::Field::WebhookSecret ? ApplicationText::tr("XIDENT_WEBHOOK_SECRET: %1").arg(problem.message)
                                                                              : problem.message);
            printLine(stderr, ApplicationText::tr("xident-console: --base-url: %1").arg(lines.join(u' ')));
            return false;
        }
        workspace.profileStore()->addTemporary(p);
        workspace.profileStore()->setCurrent(p.id);
    } else if (parser.isSet(profile)) {
        QString problem;
        const QString found = findProfile(*workspace.profileStore(), parser.value(profile), &problem);
        if (found.isEmpty()) {
            printLine(stderr, ApplicationText::tr("xident-console: %1").arg(problem));
            return false;
        }
        workspace.profileStore()->setCurrent(found);
    }
    return true;
}

// What is wrong with the options, checked the same before a launch starts a console or hands them over; empty when
// nothing is.
QString optionProblem(const QCommandLineParser &parser, QSettings &settings)
{
    if (parser.isSet(u"profile"_s)) {
        ProfileStore store(&settings);
        QString problem;
        if (findProfile(store, parser.value(u"profile"_s), &problem).isEmpty())
            return problem;
    }
    if (parser.isSet(u"phone-address"_s) && QHostAddress(parser.value(u"phone-address"_s)).isNull())
        return ApplicationText::tr("--phone-address: \"%1\" is not an IP address (such as 192.168.1.20).")
            .arg(parser.value(u"phone-address"_s));
    return {};
}

// --phone-address: the verification pages are served there too, for the demo's phone. False after saying why not.
bool shareForPhone(Workspace &workspace, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"phone-address"_s))
        return true;
    const QString problem = workspace.sandboxHost()->share(QHostAddress(parser.value(u"phone-address"_s)));
    if (!problem.isEmpty())
        printLine(stderr, ApplicationText::tr("xident-console: --phone-address: %1").arg(problem));
    return problem.isEmpty();
}

// --check-demo: its own workspace (the history stays untouched), the same checks as the stage's button, printed.
int checkDemo(const QCommandLineParser &parser, QSettings &settings)
{
    QTemporaryDir scratch;
    QLoggingCategory::setFilterRules(u"xident.sandbox.info=false\nxident.console.history.info=false"_s);
    Workspace::Options options;
    options.settings = &settings;
    options.dataDir = scratch.path();
    Workspace workspace(options);
    if (!chooseProfile(workspace, parser))
        return 2;
    workspace.start();
    if (!shareForPhone(workspace, parser))
        return 2;
    const QString profileId = workspace.profileStore()->currentId();
    // A test profile's key comes from the keychain: a few seconds at most.
    QElapsedTimer waited;
    waited.start();
    while (!workspace.clients()->client(profileId) && waited.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    DemoCheck check(&workspace);
    check.setCodeReader(drawAndReadQrCode);
    QObject::connect(&check, &DemoCheck::lineAdded, &check, [](const DemoCheck::Line &line) { printLine(stdout, DemoCheck::format(line)); });
    QEventLoop loop;
    QObject::connect(&check, &DemoCheck::finished, &loop, &QEventLoop::quit);
    check.start(profileId);
    if (check.isRunning())
        loop.exec();
    workspace.shutdown();
    return check.passed() ? 0 : 1;
}

} // namespace

void openHandedOver(MainWindow *window, Workspace *workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments)) {
        window->showNotice(ApplicationText::tr("A later launch's options were not understood: %1").arg(parser.errorText()));
        return;
    }
    QString id;
    if (parser.isSet(u"profile"_s)) {
        QString problem;
        id = findProfile(*workspace->profileStore(), parser.value(u"profile"_s), &problem);
        if (id.isEmpty()) {
            window->showNotice(ApplicationText::tr("A later launch asked for a profile: %1").arg(problem));
            return;
        }
        // The presentation goes on with the profile asked for.
        const bool presenting = window->presenter()->isPresenting();
        window->leavePresenter();
        workspace->profileStore()->setCurrent(id);
        if (presenting && !parser.isSet(u"presenter"_s))
            window->enterPresenter();
    }
    if (parser.isSet(u"phone-address"_s)) {
        const QHostAddress address(parser.value(u"phone-address"_s));
        const QString problem = address.isNull() ? ApplicationText::tr("not an IP address") : workspace->sandboxHost()->share(address);
        if (!problem.isEmpty())
            window->showNotice(ApplicationText::tr("--phone-address: %1").arg(problem));
    }
    window->openReferences(parser.positionalArguments(), id);
    if (parser.isSet(u"presenter"_s))
        window->enterPresenter();
}

int runConsole(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // --help and --version need no display: answer them before a GUI application exists.
    if (answeredWithoutDisplay(argc, argv))
        return 0;
    if (!hasDisplay(argc, argv))
        return 2;
    QApplication app(argc, argv);
#ifdef Q_OS_UNIX
    quitOnSignals(&app);
#endif
    QApplication::setApplicationName(u"xident-console"_s);
    QApplication::setApplicationDisplayName(u"Xident Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(XIDENT_CONSOLE_VERSION));
    QApplication::setDesktopFileName(u"io.xident.Console"_s);
    initResources();
    const QString language = Text::languageArgument(argc, argv);
    if (const QString problem = installTranslations(language); !problem.isEmpty() && !language.isEmpty())
        printLine(stderr, problem);
    // The embedded sandbox logs each request; the console has its own request log.
    QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);

    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, ApplicationText::tr("xident-console: %1 (see --help)").arg(parser.errorText()));
        return 2;
    }
    const bool probe = qEnvironmentVariableIntValue("XIDENT_CONSOLE_STARTUP_PROBE") == 1;
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"xident-console"_s, u"console"_s);
    // Profiles may carry extra headers for a gateway: the file is its owner's only.
    // Its folder too, and the file exists from the start: later writes replace it keeping its permissions.
    restrictSettings(settings);
    // Options are checked before they are handed to a running console, so a mistake is said here, where it was made.
    if (const QString problem = optionProblem(parser, settings); !problem.isEmpty()) {
        printLine(stderr, ApplicationText::tr("xident-console: %1").arg(problem));
        return 2;
    }
    if (parser.isSet(u"check-demo"_s))
        return checkDemo(parser, settings);
    QString instanceKey = qEnvironmentVariable("XIDENT_CONSOLE_INSTANCE", u"xident-console"_s);
    InstanceGuard guard(instanceKey);
    if (!probe && !guard.claimOrForward(handOverArguments()))
        return handedOver(guard, parser);

    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&settings] { restrictSettings(settings); });
    Workspace::Options options;
    options.settings = &settings;
    options.dataDir = dataDirectory();
    Workspace workspace(options);

    if (!chooseProfile(workspace, parser))
        return 2;

    workspace.start();
    if (!shareForPhone(workspace, parser))
        return 2;
    // Quitting closes the listening sockets first, so a sender is refused at once rather than left waiting.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &workspace, &Workspace::shutdown);
    MainWindow window(&workspace);
    QObject::connect(&guard, &InstanceGuard::argumentsReceived, &window,
                     [&window, &workspace](const QStringList &arguments) { openHandedOver(&window, &workspace, arguments); });
    if (probe)
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    window.show();
    const QStringList references = parser.positionalArguments();
    const bool presenter = parser.isSet(u"presenter"_s);
    // Tokens with --profile (or --base-url) open under it; alone, under the profile in use, which asks the others.
    const QString named = parser.isSet(u"profile"_s) || parser.isSet(u"base-url"_s) ? workspace.profileStore()->currentId() : QString();
    QTimer::singleShot(0, &window, [&window, references, presenter, named] {
        window.openReferences(references, named);
        if (presenter)
            window.enterPresenter();
    });
    return app.exec();
}

} // namespace Xident::Console
