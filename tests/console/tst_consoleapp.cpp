// The xident-console executable itself: its command line, and a second launch handing its sessions to
// the running window (found afterwards in the first one's history file).
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class tst_ConsoleApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment(bool display = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (display)
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.path() + u"/data"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.path() + u"/run"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s);
        env.insert(u"XIDENT_CONSOLE_INSTANCE"_s, u"tst-consoleapp-%1"_s.arg(QCoreApplication::applicationPid()));
        env.remove(u"XIDENT_SECRET_KEY"_s);
        return env;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(XIDENT_CONSOLE_PATH), args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).mkpath(u"run"_s);
        QFile::setPermissions(m_home.path() + u"/run"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void helpAndVersionNeedNoDisplay()
    {
        const Run help = run({u"--help"_s}, environment(false));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--profile") && help.out.contains("--base-url"), help.out.constData());
        const Run version = run({u"--version"_s}, environment(false));
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains("HMAC-SHA256"));
        QVERIFY(version.out.contains("API version"));
        const Run noDisplay = run({}, environment(false));
        QCOMPARE(noDisplay.exitCode, 2);
        QVERIFY2(noDisplay.err.contains("xvfb-run"), noDisplay.err.constData());
    }

    void badOptionsAreRefusedWithAReason()
    {
        const Run unknown = run({u"--profile"_s, u"nosuch"_s}, environment());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no profile called \"nosuch\"") && unknown.err.contains("Local sandbox"),
                 unknown.err.constData());
        const Run noKey = run({u"--base-url"_s, u"http://127.0.0.1:1"_s}, environment());
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY2(noKey.err.contains("XIDENT_SECRET_KEY"), noKey.err.constData());
        QProcessEnvironment withPublicKey = environment();
        withPublicKey.insert(u"XIDENT_SECRET_KEY"_s, u"pk_live_abcdefgh12345678"_s);
        const Run publicKey = run({u"--base-url"_s, u"http://127.0.0.1:1"_s}, withPublicKey);
        QCOMPARE(publicKey.exitCode, 2);
        QVERIFY(!publicKey.err.contains("pk_live_abcdefgh12345678"));
        const Run bogus = run({u"--bogus"_s}, environment());
        QCOMPARE(bogus.exitCode, 2);
    }

    void secondLaunchHandsItsSessionsOver()
    {
        const QProcessEnvironment env = environment();
        QProcess primary;
        primary.setProcessEnvironment(env);
        primary.start(QStringLiteral(XIDENT_CONSOLE_PATH), {});
        QVERIFY(primary.waitForStarted());
        // Until the first one listens, a launch becomes the primary itself: retry until one hands over.
        Run second;
        for (int i = 0; i < 50; ++i) {
            QTest::qWait(100);
            QProcess probe;
            probe.setProcessEnvironment(env);
            probe.start(QStringLiteral(XIDENT_CONSOLE_PATH), {u"xident://session/xit_handedover0001"_s,
                                                               u"https://shop.example/cb?token=xtk_handedover0002"_s});
            if (probe.waitForFinished(3000)) {
                second = {probe.exitCode(), probe.readAllStandardOutput(), probe.readAllStandardError()};
                break;
            }
            probe.kill();
            probe.waitForFinished();
        }
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("already running"), second.out.constData());
        // While it runs, its settings (profiles' names, URLs, remembered form values) are its owner's only.
        const QString config = m_home.path() + u"/config/xident-console"_s;
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFileInfo::exists(config + u"/console.ini"_s));
        QVERIFY(!(QFileInfo(config).permissions() & others));
        QVERIFY(!(QFileInfo(config + u"/console.ini"_s).permissions() & others));
        // Options that only apply at start are not silently dropped.
        const Run withProfile = run({u"--profile"_s, u"Local sandbox"_s}, env);
        QCOMPARE(withProfile.exitCode, 2);
        QVERIFY(withProfile.err.contains("already running"));

        // The first window tracks them: they reach its history file (each write is committed at once).
        const QString path = m_home.path() + u"/data/xident-console/history.sqlite"_s;
        QStringList tokens;
        for (int i = 0; i < 50 && tokens.size() < 2; ++i) {
            QTest::qWait(100);
            tokens.clear();
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(u"SELECT token FROM sessions ORDER BY token"_s, db);
                while (q.next())
                    tokens.append(q.value(0).toString());
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"peek"_s);
        }
        ::kill(pid_t(primary.processId()), SIGTERM);
        if (!primary.waitForFinished(5000))
            primary.kill();
        primary.waitForFinished();
        QCOMPARE(tokens, (QStringList{u"xit_handedover0001"_s, u"xtk_handedover0002"_s}));
        // The history names people's sessions: its folder is its owner's only.
        const QFileDevice::Permissions folder = QFileInfo(m_home.path() + u"/data/xident-console"_s).permissions();
        QVERIFY(!(folder & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleApp)
#include "tst_consoleapp.moc"
