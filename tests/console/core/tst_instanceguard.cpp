#include "console/core/instanceguard.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cstdio>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Xident::Console;

namespace {

// The test binary doubles as a launch of the console: with this variable set, main() runs one claim.
constexpr auto ChildModeVariable = "XIDENT_GUARD_CHILD";
constexpr auto ChildKeyVariable = "XIDENT_GUARD_KEY";

// A child launch: claims; the primary prints what later launches send and stays until killed (or a
// minute passes); a forwarding launch exits 0, or 1 when the primary did not take its message.
int runChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    InstanceGuard guard(qEnvironmentVariable(ChildKeyVariable));
    const auto say = [](const QString &line) {
        std::fputs(qPrintable(line + u'\n'), stdout);
        std::fflush(stdout);
    };
    QObject::connect(&guard, &InstanceGuard::argumentsReceived, &app,
                     [&say](const QStringList &arguments) { say(u"received:"_s + arguments.join(u'|')); });
    if (!guard.claimOrForward(app.arguments().mid(1), 10000)) {
        say(u"forwarded"_s);
        return guard.errorString().isEmpty() ? 0 : 1;
    }
    say(u"primary"_s);
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    return app.exec();
}

#ifdef Q_OS_UNIX
// Another local user (the test runs as root and becomes uid 65534, "nobody"): listens on the socket path it is
// given, making its folder first when asked, and prints whatever a launch hands it, answering as a console would.
constexpr auto ImpostorVariable = "XIDENT_GUARD_IMPOSTOR";   // the socket path
constexpr auto ImpostorFolderVariable = "XIDENT_GUARD_IMPOSTOR_FOLDER";
constexpr uid_t ImpostorUid = 65534;

int runImpostor(int argc, char *argv[])
{
    if (::setgroups(0, nullptr) != 0 || ::setgid(ImpostorUid) != 0 || ::setuid(ImpostorUid) != 0)
        return 3;
    QCoreApplication app(argc, argv);
    const QString folder = qEnvironmentVariable(ImpostorFolderVariable);
    if (!folder.isEmpty() && ::mkdir(QFile::encodeName(folder).constData(), 0777) != 0)
        return 4;
    if (!folder.isEmpty())
        ::chmod(QFile::encodeName(folder).constData(), 0777);
    QLocalServer server;
    server.setSocketOptions(QLocalServer::WorldAccessOption);
    if (!server.listen(qEnvironmentVariable(ImpostorVariable)))
        return 5;
    QObject::connect(&server, &QLocalServer::newConnection, &app, [&server] {
        while (QLocalSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QLocalSocket::readyRead, socket, [socket] {
                std::fputs(qPrintable(u"stolen:"_s + QString::fromLatin1(socket->readAll().toHex()) + u'\n'), stdout);
                std::fflush(stdout);
                socket->write("\x06", 1);
            });
        }
    });
    std::fputs("listening\n", stdout);
    std::fflush(stdout);
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    return app.exec();
}
#endif

struct Outcome
{
    bool primary = false;
    QString error;
};

} // namespace

class tst_InstanceGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Unique per run, so parallel runs of this test never meet.
        m_key = u"xident-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    }

    void serverNameIsPerUser()
    {
        const QString name = InstanceGuard::serverNameFor(u"xident-console"_s);
#ifdef Q_OS_UNIX
        QVERIFY2(name.endsWith(u"/xident-console-"_s + QString::number(::getuid())), qPrintable(name));
#endif
        QVERIFY(InstanceGuard::serverNameFor(u"other"_s) != name);
        // Odd characters cannot climb out of the directory; long keys stay short.
        QVERIFY(!InstanceGuard::serverNameFor(u"../../etc/x"_s).contains(u"../"_s));
        const QString longName = InstanceGuard::serverNameFor(QString(500, u'k'));
        QVERIFY(longName.size() < InstanceGuard::serverNameFor(QString()).size() + 40);
        QCOMPARE(InstanceGuard(u"same"_s).serverName(), InstanceGuard::serverNameFor(u"same"_s));
    }

    void forwardsBetweenGuards()
    {
        const QString key = keyFor("basic");
        InstanceGuard primary(key);
        QSignalSpy received(&primary, &InstanceGuard::argumentsReceived);
        QVERIFY(primary.claimOrForward({u"first"_s}));
        QVERIFY(primary.isPrimary());
        QVERIFY(primary.errorString().isEmpty());
        QVERIFY(primary.claimOrForward({})); // claiming again changes nothing

        const QStringList arguments{u"--open"_s, u"xit_abcdefgh12345678"_s};
        const Outcome second = claimInThread(key, arguments);
        QVERIFY(!second.primary);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    }

    void argumentsArriveIntact_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("one empty") << QStringList{QString()};
        QTest::newRow("empties around") << QStringList{QString(), u"x"_s, QString()};
        QTest::newRow("unicode and spaces") << QStringList{u"Grüße, 世界 🙂"_s, u"two words"_s};
        QTest::newRow("separators inside") << QStringList{u"a|b\nc\0d"_s, u"XIG1"_s};
        QTest::newRow("near the cap") << QStringList{QString(InstanceGuard::MaximumMessageSize - 16, u'a')};
    }

    void argumentsArriveIntact()
    {
        QFETCH(QStringList, arguments);
        InstanceGuard primary(keyFor("intact"));
        QSignalSpy received(&primary, &InstanceGuard::argumentsReceived);
        QVERIFY(primary.claimOrForward({}));
        const Outcome second = claimInThread(keyFor("intact"), arguments);
        QVERIFY(!second.primary);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    }

    void tooLongStillRaisesTheWindow()
    {
        const QStringList huge{QString(InstanceGuard::MaximumMessageSize + 1, u'z')};
        QVERIFY(InstanceGuard::encodeMessage(huge).isEmpty());
        InstanceGuard primary(keyFor("huge"));
        QSignalSpy received(&primary, &InstanceGuard::argumentsReceived);
        QVERIFY(primary.claimOrForward({}));
        const Outcome second = claimInThread(keyFor("huge"), huge);
        QVERIFY(!second.primary);
        QVERIFY(!second.error.isEmpty());
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList{});
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = InstanceGuard::encodeMessage({u"a"_s, u"b"_s});
        QTest::newRow("HTTP") << "GET / HTTP/1.1\r\nHost: x\r\n\r\n"_ba;
        QTest::newRow("one wrong byte") << "Z"_ba;
        QTest::newRow("wrong magic") << QByteArray("XIG2").append(good.mid(4));
        QTest::newRow("size over the cap") << QByteArray("XIG1").append(u32(InstanceGuard::MaximumMessageSize + 1));
        QTest::newRow("huge size") << QByteArray("XIG1").append(u32(0xffffffffu));
        QTest::newRow("trailing bytes") << QByteArray(good).append("more");
        QTest::newRow("count beyond payload")
            << QByteArray("XIG1").append(u32(8)).append(u32(5)).append(u32(0));
        QTest::newRow("argument beyond payload")
            << QByteArray("XIG1").append(u32(9)).append(u32(1)).append(u32(100)).append('x');
        QTest::newRow("payload left over")
            << QByteArray("XIG1").append(u32(9)).append(u32(0)).append(u32(0)).append('x');
        QTest::newRow("invalid UTF-8")
            << QByteArray("XIG1").append(u32(10)).append(u32(1)).append(u32(2)).append("\xc3\x28");
    }

    void garbageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        InstanceGuard primary(keyFor("garbage"));
        QSignalSpy received(&primary, &InstanceGuard::argumentsReceived);
        QVERIFY(primary.claimOrForward({}));

        QLocalSocket client;
        client.connectToServer(primary.serverName());
        QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
        client.write(bytes);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(client.readAll(), QByteArray()); // no acknowledgement
        QCOMPARE(received.size(), 0);

        // And the primary still serves a proper launch.
        QCOMPARE(claimInThread(keyFor("garbage"), {u"after"_s}).primary, false);
        QTRY_COMPARE(received.size(), 1);
    }

    void slowClientDoesNotBlock()
    {
        InstanceGuard primary(keyFor("slow"));
        primary.setReadTimeout(300);
        QSignalSpy received(&primary, &InstanceGuard::argumentsReceived);
        QVERIFY(primary.claimOrForward({}));

        QLocalSocket slow;
        slow.connectToServer(primary.serverName());
        QTRY_COMPARE(slow.state(), QLocalSocket::ConnectedState);
        slow.write(InstanceGuard::encodeMessage({u"never finished"_s}).left(6));

        // Another launch gets through while the slow one dawdles.
        const Outcome other = claimInThread(keyFor("slow"), {u"quick"_s});
        QVERIFY(!other.primary);
        QVERIFY(other.error.isEmpty());
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList{u"quick"_s});

        // The slow one is dropped after the read timeout.
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(received.size(), 1);
    }

    void silentForwardTimesOut()
    {
        // Something listens but never answers: the launch gives up in time and says so.
        InstanceGuard primary(keyFor("silent"));
        QVERIFY(primary.claimOrForward({}));
        primary.blockSignals(true);
        QElapsedTimer clock;
        clock.start();
        const Outcome second = claimInThreadBlocked(keyFor("silent"), {u"x"_s}, 500);
        QVERIFY(!second.primary);
        QVERIFY(!second.error.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void childLaunchForwardsAndExits()
    {
        const QString key = keyFor("child");
        InstanceGuard primary(key);
        QSignalSpy received(&primary, &InstanceGuard::argumentsReceived);
        QVERIFY(primary.claimOrForward({}));

        const QStringList arguments{u"xident://session/xit_abcdefgh12345678"_s, u"--raise"_s};
        std::unique_ptr<QProcess> child = startChild(key, arguments);
        QTRY_COMPARE_WITH_TIMEOUT(child->state(), QProcess::NotRunning, 20000);
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), 0);
        QCOMPARE(child->readAllStandardOutput(), "forwarded\n"_ba);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    }

    void staleSocketIsReplaced()
    {
#ifndef Q_OS_UNIX
        QSKIP("Stale socket files are a Unix matter");
#else
        const QString key = keyFor("stale");
        std::unique_ptr<QProcess> holder = startChild(key, {});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += holder->readAllStandardOutput()).contains("primary\n"), 20000);
        const QString socketFile = InstanceGuard::serverNameFor(key);
        QVERIFY(QFile::exists(socketFile));

        holder->kill(); // SIGKILL: no chance to remove its socket
        QVERIFY(holder->waitForFinished(10000));
        QCOMPARE(holder->exitStatus(), QProcess::CrashExit);
        QVERIFY2(QFile::exists(socketFile), "the killed instance should have left its socket behind");

        InstanceGuard guard(key);
        QSignalSpy received(&guard, &InstanceGuard::argumentsReceived);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(guard.claimOrForward({}));
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(guard.isPrimary());
        QVERIFY2(guard.errorString().isEmpty(), qPrintable(guard.errorString()));

        std::unique_ptr<QProcess> later = startChild(key, {u"again"_s});
        QTRY_COMPARE_WITH_TIMEOUT(later->state(), QProcess::NotRunning, 20000);
        QCOMPARE(later->exitCode(), 0);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList{u"again"_s});
#endif
    }

    void simultaneousLaunchesMakeOnePrimary()
    {
        const QString key = keyFor("race");
        constexpr int Launches = 4;
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < Launches; ++i)
            children.push_back(startChild(key, {u"launch-%1"_s.arg(i)}));

        // All but one forward and exit 0; the one left is the primary and heard all the others.
        const auto finished = [&children] {
            int count = 0;
            for (const auto &child : children)
                count += child->state() == QProcess::NotRunning ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(finished(), Launches - 1, 30000);
        QProcess *primary = nullptr;
        for (const auto &child : children) {
            if (child->state() != QProcess::NotRunning) {
                primary = child.get();
                continue;
            }
            QCOMPARE(child->exitStatus(), QProcess::NormalExit);
            QCOMPARE(child->exitCode(), 0);
            QCOMPARE(child->readAllStandardOutput(), "forwarded\n"_ba);
        }
        QVERIFY(primary);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += primary->readAllStandardOutput()).count("received:launch-") == Launches - 1,
                                 10000);
        QVERIFY(output.startsWith("primary\n"));
        QTest::qWait(200);
        QVERIFY(primary->state() != QProcess::NotRunning); // still the primary, nobody took over
        primary->kill();
        QVERIFY(primary->waitForFinished(10000));
        QLocalServer::removeServer(InstanceGuard::serverNameFor(key)); // what the killed primary left
    }

    // Only folders nobody else can enter hold the socket: a runtime folder open to others is passed over, and the
    // fallback in the shared temporary folder is made (or closed) with mode 700.
    void privateFoldersOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix sockets only");
#else
        const SharedTemp temp;
        QVERIFY(temp.ok);
        const QString key = keyFor("private");
        QTemporaryDir runtime;
        const QByteArray open = QFile::encodeName(runtime.path());
        QCOMPARE(::chmod(open.constData(), 0777), 0);
        qputenv("XDG_RUNTIME_DIR", open);
        QString name = InstanceGuard::serverNameFor(key);
        QVERIFY2(name.startsWith(InstanceGuard::fallbackDirectory() + u'/'), qPrintable(name));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(InstanceGuard::fallbackDirectory()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        // A fallback of ours that was opened to others is closed again.
        QCOMPARE(::chmod(QFile::encodeName(InstanceGuard::fallbackDirectory()).constData(), 0755), 0);
        QVERIFY(!InstanceGuard::serverNameFor(key).isEmpty());
        QCOMPARE(::stat(QFile::encodeName(InstanceGuard::fallbackDirectory()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        // A private runtime folder is used; a relative one is not.
        QCOMPARE(::chmod(open.constData(), 0700), 0);
        QVERIFY(InstanceGuard::serverNameFor(key).startsWith(runtime.path() + u'/'));
        qputenv("XDG_RUNTIME_DIR", "relative/run");
        QVERIFY(InstanceGuard::serverNameFor(key).startsWith(InstanceGuard::fallbackDirectory() + u'/'));
        // And the guard works from the fallback.
        qunsetenv("XDG_RUNTIME_DIR");
        InstanceGuard primary(key);
        QVERIFY(primary.claimOrForward({}));
        QVERIFY(primary.isPrimary());
        const Outcome second = claimInThread(key, {u"x"_s});
        QVERIFY(!second.primary);
#endif
    }

    // The socket's folder in the shared temporary folder was made by another user first: it is not trusted, the
    // launch hands nothing over, and the console starts on its own.
    void fallbackFolderOfAnotherUserIsRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix sockets only");
#else
        if (::getuid() != 0)
            QSKIP("Needs root, to act as another user");
        const SharedTemp temp;
        QVERIFY(temp.ok);
        const QString key = keyFor("hijack-folder");
        const QString folder = InstanceGuard::fallbackDirectory();
        QVERIFY(folder.startsWith(temp.path));
        const QString socket = folder + u'/' + QFileInfo(InstanceGuard::serverNameFor(key)).fileName();
        QVERIFY(!InstanceGuard::serverNameFor(key).isEmpty());   // made by us: fine
        QVERIFY(QDir(folder).removeRecursively());
        auto impostor = startImpostor(socket, folder);
        QVERIFY(impostor);

        QString problem;
        QVERIFY(InstanceGuard::serverNameFor(key, &problem).isEmpty());
        QVERIFY2(problem.contains("another user"_L1), qPrintable(problem));
        InstanceGuard guard(key);
        QVERIFY(guard.claimOrForward({u"xit_secretticket0001"_s}, 2000));   // starts normally
        QVERIFY(guard.errorString().isEmpty());
        QTest::qWait(300);
        QCOMPARE(impostor->readAllStandardOutput(), QByteArray());   // it heard nothing
        impostor->kill();
        impostor->waitForFinished(5000);
#endif
    }

    // A socket of another user inside a folder of ours (made while the folder was open): the peer's uid gives it
    // away; nothing is handed over and the console takes the socket's place.
    void socketOfAnotherUserIsReplaced()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix sockets only");
#else
        if (::getuid() != 0)
            QSKIP("Needs root, to act as another user");
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QByteArray folder = QFile::encodeName(runtime.path());
        QCOMPARE(::chmod(folder.constData(), 0777), 0);
        qputenv("XDG_RUNTIME_DIR", folder);
        const auto restore = qScopeGuard([] { qunsetenv("XDG_RUNTIME_DIR"); });
        const QString key = keyFor("hijack-socket");
        // A runtime folder others may enter is not used either.
        QVERIFY(!InstanceGuard::serverNameFor(key).startsWith(runtime.path()));
        QCOMPARE(::chmod(folder.constData(), 0700), 0);
        const QString name = InstanceGuard::serverNameFor(key);
        QVERIFY2(name.startsWith(runtime.path()), qPrintable(name));
        QCOMPARE(::chmod(folder.constData(), 0777), 0);
        auto impostor = startImpostor(name, {});
        QVERIFY(impostor);
        QCOMPARE(::chmod(folder.constData(), 0700), 0);

        InstanceGuard guard(key);
        QSignalSpy received(&guard, &InstanceGuard::argumentsReceived);
        QVERIFY(guard.claimOrForward({u"xit_secretticket0002"_s}, 2000));
        QVERIFY(guard.isPrimary());
        QTest::qWait(300);
        QCOMPARE(impostor->readAllStandardOutput(), QByteArray());
        // Later launches reach this console, not the impostor.
        const Outcome later = claimInThread(key, {u"again"_s});
        QVERIFY(!later.primary);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(impostor->readAllStandardOutput(), QByteArray());
        impostor->kill();
        impostor->waitForFinished(5000);
#endif
    }

private:
#ifdef Q_OS_UNIX
    // A shared temporary folder (mode 1777, like /tmp) for the duration of a test, and no runtime folder.
    struct SharedTemp
    {
        SharedTemp()
        {
            ok = dir.isValid() && ::chmod(QFile::encodeName(dir.path()).constData(), 01777) == 0;
            path = dir.path();
            oldTmp = qgetenv("TMPDIR");
            oldRuntime = qgetenv("XDG_RUNTIME_DIR");
            qputenv("TMPDIR", QFile::encodeName(path));
            qunsetenv("XDG_RUNTIME_DIR");
        }
        ~SharedTemp()
        {
            oldTmp.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", oldTmp);
            if (!oldRuntime.isNull())
                qputenv("XDG_RUNTIME_DIR", oldRuntime);
        }
        QTemporaryDir dir;
        QString path;
        QByteArray oldTmp, oldRuntime;
        bool ok = false;
    };

    std::unique_ptr<QProcess> startImpostor(const QString &socket, const QString &folder)
    {
        auto child = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1StringView(ImpostorVariable), socket);
        if (!folder.isEmpty())
            environment.insert(QLatin1StringView(ImpostorFolderVariable), folder);
        child->setProcessEnvironment(environment);
        child->start(QCoreApplication::applicationFilePath(), {});
        if (!child->waitForStarted(10000) || !child->waitForReadyRead(10000)
            || child->readLine() != "listening\n") {
            qWarning() << "the impostor did not start:" << child->exitCode() << child->readAllStandardError();
            return {};
        }
        return child;
    }
#endif

    static QByteArray u32(quint32 value)
    {
        const quint32 big = qToBigEndian(value);
        return QByteArray(reinterpret_cast<const char *>(&big), sizeof big);
    }

    QString keyFor(const char *test) const { return m_key + u'-' + QLatin1StringView(test); }

    // A second launch in this process: it blocks while it waits for the primary, so it runs on
    // another thread while this one's event loop serves the primary.
    Outcome claimInThread(const QString &key, const QStringList &arguments, int timeoutMs = 10000)
    {
        Outcome outcome;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            InstanceGuard guard(key);
            outcome.primary = guard.claimOrForward(arguments, timeoutMs);
            outcome.error = guard.errorString();
        }));
        thread->start();
        QElapsedTimer clock;
        clock.start();
        while (!thread->wait(QDeadlineTimer(5)) && clock.elapsed() < 30000)
            QCoreApplication::processEvents();
        if (!thread->isFinished())
            qFatal("A claim never returned");
        return outcome;
    }

    // The same, with this thread's event loop not running: the primary never answers.
    Outcome claimInThreadBlocked(const QString &key, const QStringList &arguments, int timeoutMs)
    {
        Outcome outcome;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            InstanceGuard guard(key);
            outcome.primary = guard.claimOrForward(arguments, timeoutMs);
            outcome.error = guard.errorString();
        }));
        thread->start();
        if (!thread->wait(QDeadlineTimer(30000)))
            qFatal("A claim never returned");
        return outcome;
    }

    std::unique_ptr<QProcess> startChild(const QString &key, const QStringList &arguments)
    {
        auto child = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1StringView(ChildModeVariable), u"1"_s);
        environment.insert(QLatin1StringView(ChildKeyVariable), key);
        child->setProcessEnvironment(environment);
        child->setProcessChannelMode(QProcess::SeparateChannels);
        child->start(QCoreApplication::applicationFilePath(), arguments);
        if (!child->waitForStarted(10000))
            qFatal("Cannot start a child launch: %s", qPrintable(child->errorString()));
        return child;
    }

    QString m_key;
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildModeVariable))
        return runChild(argc, argv);
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsSet(ImpostorVariable))
        return runImpostor(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    tst_InstanceGuard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instanceguard.moc"
