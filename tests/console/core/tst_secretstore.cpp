// SecretStore against real keychains, no mocks. QtKeychain fixes its backend and its one job queue once
// per process, so every scenario runs in a process of its own: run bare, each test function starts this
// binary again for itself under with-keyring.sh, which gives it a throw-away HOME and its keychain set-up
// (XIDENT_TEST_KEYCHAIN says which) and stops everything it started afterwards.
#include "console/core/secretstore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QProcess>
#include <QtCore/QUuid>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusPendingReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Xident::Console::SecretStore;
using State = SecretStore::State;
using Attributes = QMap<QString, QString>;

namespace {

const QString Service = u"xident-console"_s;  // SecretStore's default
const QString SecretServiceName = u"org.freedesktop.secrets"_s;
constexpr char RoleVariable[] = "XIDENT_TEST_ROLE";  // set: this process plays a role, not the tests
const QString UnansweringRole = u"unanswering-secret-service"_s;

QString newAccount(const QString &kind)
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u'/' + kind;
}

// Every message of the process, to prove that no secret is ever logged.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&s_logMutex);
        s_log.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
    }
    s_previousHandler(type, context, message);
}

QStringList logged()
{
    const QMutexLocker lock(&s_logMutex);
    return s_log;
}

// The signals of a store as one line each, in the order they came.
class Recorder
{
public:
    explicit Recorder(SecretStore *store)
    {
        QObject::connect(store, &SecretStore::readFinished, &m_context,
                         [this](const QString &account, const QString &value, bool found) {
                             m_lines.append(u"read %1 %2 %3"_s.arg(account, found ? u"found"_s : u"missing"_s, value));
                         });
        QObject::connect(store, &SecretStore::writeFinished, &m_context, [this](const QString &account, bool persisted) {
            m_lines.append(u"write %1 %2"_s.arg(account, persisted ? u"persisted"_s : u"memory"_s));
        });
        QObject::connect(store, &SecretStore::removeFinished, &m_context,
                         [this](const QString &account) { m_lines.append(u"remove %1"_s.arg(account)); });
    }
    QStringList take() { return std::exchange(m_lines, {}); }

private:
    QObject m_context;
    QStringList m_lines;
};

QString readLine(const QString &account, const QString &value)
{
    return u"read %1 found %2"_s.arg(account, value);
}
QString missingLine(const QString &account)
{
    return u"read %1 missing "_s.arg(account);
}
QString writeLine(const QString &account, bool persisted)
{
    return u"write %1 %2"_s.arg(account, persisted ? u"persisted"_s : u"memory"_s);
}
QString removeLine(const QString &account)
{
    return u"remove %1"_s.arg(account);
}

// Waits until \a store has answered every call; returns its answers.
QStringList settle(SecretStore &store, Recorder &recorder, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!store.isIdle() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return recorder.take();
}

// The keychain's own view, past QtKeychain: items of QtKeychain's libsecret schema for \a account.
int itemsInKeychain(const QString &account)
{
    QDBusMessage call = QDBusMessage::createMethodCall(SecretServiceName, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    const Attributes attributes{{u"xdg:schema"_s, u"org.qt.keychain"_s}, {u"server"_s, Service}, {u"user"_s, account}};
    call << QVariant::fromValue(attributes);
    const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply =
        QDBusConnection::sessionBus().call(call);
    if (reply.isError()) {
        qWarning() << "SearchItems failed:" << reply.error().message();
        return -1;
    }
    return int(reply.argumentAt<0>().size() + reply.argumentAt<1>().size());
}

// With XIDENT_TEST_ROLE=unanswering-secret-service this binary takes org.freedesktop.secrets on the session
// bus and stops itself: every call to the keychain then waits for an answer that never comes.
int runUnansweringSecretService(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QDBusConnection::sessionBus().registerService(SecretServiceName)) {
        std::fputs("could not take org.freedesktop.secrets\n", stderr);
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    std::raise(SIGSTOP);
    return 0;
}

// The process state letter from /proc (T: stopped).
char processState(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')');
    return end >= 0 && end + 2 < line.size() ? line.at(end + 2) : '?';
}

// The child gets \a signal when this process ends, even when it is killed or crashes.
void signalWhenParentDies(QProcess &process, int signal)
{
    process.setChildProcessModifier([signal] { ::prctl(PR_SET_PDEATHSIG, signal); });
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

    // True when this process is the scenario's own, set up by with-keyring.sh \a mode.
    static bool inScenario(const QString &mode) { return qEnvironmentVariable("XIDENT_TEST_KEYCHAIN") == mode; }

    // Runs the current test function (and data row) in a new process of this binary under with-keyring.sh.
    void runInOwnProcess(const QString &mode)
    {
        QString function = QString::fromLatin1(QTest::currentTestFunction());
        if (const char *tag = QTest::currentDataTag(); tag && *tag)
            function += u':' + QString::fromLatin1(tag);
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        signalWhenParentDies(child, SIGTERM);  // with-keyring.sh then stops what it started
        child.start(u"/bin/sh"_s, {QStringLiteral(XIDENT_WITH_KEYRING_SH), mode,
                                   QCoreApplication::applicationFilePath(), function});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        if (!child.waitForFinished(60000)) {
            child.terminate();  // with-keyring.sh stops the test and its daemons on SIGTERM
            if (!child.waitForFinished(10000))
                child.kill();
            child.waitForFinished(1000);
        }
        const QByteArray output = child.readAll();
        for (const QByteArray &line : output.split('\n'))
            std::printf("    | %s\n", line.constData());
        std::fflush(stdout);
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        // A scenario that skipped proved nothing.
        QVERIFY2(output.contains("Totals: ") && !output.contains(" 0 passed") && !output.contains("SKIP "),
                 "the scenario did not run");
    }

    static void verifyNothingSecretLogged(const QStringList &secrets)
    {
        const QStringList lines = logged();
        for (const QString &secret : secrets) {
            for (const QString &line : lines)
                QVERIFY2(!line.contains(secret), qPrintable(u"a secret was logged: "_s + line));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qDBusRegisterMetaType<Attributes>();
        QLoggingCategory::setFilterRules(u"xident.console.secrets.debug=true"_s);
        s_previousHandler = qInstallMessageHandler(recordMessage);
    }

    // An unlocked gnome-keyring: store, read back, replace, read, remove, read; all of it really in the keychain.
    void keychain()
    {
        if (!inScenario(u"keyring"_s))
            return runInOwnProcess(u"keyring"_s);

        const QString apiKey = newAccount(u"api-key"_s);
        const QString webhookSecret = newAccount(u"webhook-secret"_s);
        const QString first = u"xk_live_first-value"_s;
        const QString second = u"xk_live_second-välue-🔑"_s;
        const QString hook = u"whsec_0123456789"_s;

        SecretStore store;
        Recorder answers(&store);
        QSignalSpy states(&store, &SecretStore::stateChanged);
        QCOMPARE(store.state(), State::Unknown);
        QVERIFY(!store.cached(apiKey));

        store.write(apiKey, first);
        QCOMPARE(settle(store, answers), QStringList{writeLine(apiKey, true)});
        QCOMPARE(store.state(), State::Available);
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.first().first().value<State>(), State::Available);
        QVERIFY(store.unavailableReason().isEmpty());
        QCOMPARE(store.cached(apiKey), first);
        QCOMPARE(itemsInKeychain(apiKey), 1);

        // A second store has nothing cached: what it reads comes from the keychain.
        SecretStore other;
        Recorder otherAnswers(&other);
        QVERIFY(!other.cached(apiKey));
        other.read(apiKey);
        QCOMPARE(settle(other, otherAnswers), QStringList{readLine(apiKey, first)});
        QCOMPARE(other.cached(apiKey), first);

        store.read(apiKey);
        QCOMPARE(settle(store, answers), QStringList{readLine(apiKey, first)});

        // Replace: still one item, with the new value.
        store.write(apiKey, second);
        QCOMPARE(settle(store, answers), QStringList{writeLine(apiKey, true)});
        QCOMPARE(itemsInKeychain(apiKey), 1);
        store.read(apiKey);
        QCOMPARE(settle(store, answers), QStringList{readLine(apiKey, second)});
        other.read(apiKey);
        QCOMPARE(settle(other, otherAnswers), QStringList{readLine(apiKey, second)});

        // Accounts are separate entries.
        store.write(webhookSecret, hook);
        QCOMPARE(settle(store, answers), QStringList{writeLine(webhookSecret, true)});

        store.remove(apiKey);
        QCOMPARE(settle(store, answers), QStringList{removeLine(apiKey)});
        QVERIFY(!store.cached(apiKey));
        QCOMPARE(itemsInKeychain(apiKey), 0);
        store.read(apiKey);
        QCOMPARE(settle(store, answers), QStringList{missingLine(apiKey)});
        other.read(apiKey);
        QCOMPARE(settle(other, otherAnswers), QStringList{missingLine(apiKey)});
        QVERIFY(!other.cached(apiKey));
        other.read(webhookSecret);
        QCOMPARE(settle(other, otherAnswers), QStringList{readLine(webhookSecret, hook)});

        // Calls made back to back run one at a time, in order.
        store.write(apiKey, first);
        store.read(apiKey);
        store.write(apiKey, second);
        store.read(apiKey);
        store.remove(webhookSecret);
        store.read(webhookSecret);
        store.remove(apiKey);
        store.read(apiKey);
        QCOMPARE(settle(store, answers),
                 (QStringList{writeLine(apiKey, true), readLine(apiKey, first), writeLine(apiKey, true),
                              readLine(apiKey, second), removeLine(webhookSecret), missingLine(webhookSecret),
                              removeLine(apiKey), missingLine(apiKey)}));
        QCOMPARE(itemsInKeychain(apiKey), 0);
        QCOMPARE(itemsInKeychain(webhookSecret), 0);

        QCOMPARE(store.state(), State::Available);
        QCOMPARE(states.count(), 1);
        QCOMPARE(SecretStore::abandonedJobCount(), 0);
        QVERIFY(logged().join(u'\n').contains(apiKey));  // diagnostics name the account...
        verifyNothingSecretLogged({first, second, hook});  // ...and never a value
    }

    void unavailable_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("no bus") << u"none"_s;
        QTest::newRow("no secret service") << u"bus"_s;
    }

    // No keychain service answers: the first call fails at once, everything is served from memory.
    void unavailable()
    {
        QFETCH(QString, mode);
        if (!inScenario(mode))
            return runInOwnProcess(mode);

        const QString apiKey = newAccount(u"api-key"_s);
        const QString webhookSecret = newAccount(u"webhook-secret"_s);
        const QString value = u"xk_live_memory-only"_s;

        SecretStore store;
        Recorder answers(&store);
        QSignalSpy states(&store, &SecretStore::stateChanged);
        // Queued before the keychain failed, and served from memory in order once it has.
        store.write(apiKey, value);
        store.read(apiKey);
        store.read(webhookSecret);
        QCOMPARE(settle(store, answers),
                 (QStringList{writeLine(apiKey, false), readLine(apiKey, value), missingLine(webhookSecret)}));
        QCOMPARE(store.state(), State::Unavailable);
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.first().first().value<State>(), State::Unavailable);
        const QString reason = store.unavailableReason();
        QVERIFY(reason.endsWith(u'.'));
        QVERIFY2(reason.contains(u"session only"_s), qPrintable(reason));
        QVERIFY(!reason.contains(u"freedesktop"_s) && !reason.contains(u"D-Bus"_s));
        // An error, not a time-out: nothing was left hanging.
        QCOMPARE(SecretStore::abandonedJobCount(), 0);
        QCOMPARE(store.cached(apiKey), value);

        store.remove(apiKey);
        store.read(apiKey);
        store.write(webhookSecret, value);
        QCOMPARE(settle(store, answers),
                 (QStringList{removeLine(apiKey), missingLine(apiKey), writeLine(webhookSecret, false)}));
        QVERIFY(!store.cached(apiKey));
        QCOMPARE(states.count(), 1);

        // A slot may delete the store; what was still queued is dropped.
        auto *doomed = new SecretStore;
        QPointer<SecretStore> guard(doomed);
        QSignalSpy deletedFrom(doomed, &SecretStore::readFinished);
        connect(doomed, &SecretStore::readFinished, doomed, [doomed] { delete doomed; });
        doomed->read(apiKey);
        doomed->read(webhookSecret);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(deletedFrom.count(), 1);

        QVERIFY(logged().join(u'\n').contains(apiKey));
        verifyNothingSecretLogged({value});
    }

    // A keychain service that owns its name and never answers: the first call times out, the store turns
    // Unavailable and answers from memory at once; the job left behind is never deleted while it runs and
    // ends on its own, after its store is gone.
    void keychainNeverAnswers()
    {
        if (!inScenario(u"bus"_s))
            return runInOwnProcess(u"bus"_s);

        QProcess service;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(RoleVariable), UnansweringRole);
        service.setProcessEnvironment(environment);
        service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        signalWhenParentDies(service, SIGKILL);  // the only signal a stopped process acts on
        service.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(service.waitForReadyRead(10000));
        QCOMPARE(service.readLine(), QByteArray("ready\n"));
        QTRY_COMPARE(processState(service.processId()), 'T');
        QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(SecretServiceName));

        const QString apiKey = newAccount(u"api-key"_s);
        const QString webhookSecret = newAccount(u"webhook-secret"_s);
        const QString first = u"xk_live_never-persisted"_s;
        const QString second = u"xk_live_second"_s;

        auto *store = new SecretStore;
        Recorder answers(store);
        QSignalSpy states(store, &SecretStore::stateChanged);
        store->setTimeout(300ms);
        QElapsedTimer clock;
        clock.start();
        store->write(apiKey, first);
        store->read(apiKey);
        QCOMPARE(settle(*store, answers), (QStringList{writeLine(apiKey, false), readLine(apiKey, first)}));
        // A coarse timer may fire up to 5 % early; the abandoned job below proves it was the time-out.
        QVERIFY2(clock.elapsed() >= 250, "answered before the time-out: the keychain did not hang");
        QCOMPARE(store->state(), State::Unavailable);
        QCOMPARE(states.count(), 1);
        QVERIFY(store->unavailableReason().endsWith(u'.'));
        QCOMPARE(SecretStore::abandonedJobCount(), 1);

        // From now on a keychain call would hang for a minute; these come from memory at once.
        store->setTimeout(1min);
        clock.restart();
        store->write(apiKey, second);
        store->read(apiKey);
        store->remove(apiKey);
        store->read(apiKey);
        store->write(webhookSecret, first);
        QCOMPARE(settle(*store, answers, 5000),
                 (QStringList{writeLine(apiKey, false), readLine(apiKey, second), removeLine(apiKey),
                              missingLine(apiKey), writeLine(webhookSecret, false)}));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(store->cached(webhookSecret), first);
        QCOMPARE(SecretStore::abandonedJobCount(), 1);  // still running, still there
        QCOMPARE(states.count(), 1);

        delete store;
        QCOMPARE(SecretStore::abandonedJobCount(), 1);

        // A new store's job waits behind the hanging one in QtKeychain's queue; destroying the store leaves it too.
        auto *late = new SecretStore;
        late->read(apiKey);
        QTest::qWait(200);  // time enough to answer, were the queue free
        QVERIFY(!late->isIdle());
        QCOMPARE(late->state(), State::Unknown);
        delete late;
        QCOMPARE(SecretStore::abandonedJobCount(), 2);

        // The service goes away: the bus fails the pending call, both jobs end and delete themselves, with
        // their stores long gone.
        service.kill();
        QVERIFY(service.waitForFinished(5000));
        QTRY_COMPARE_WITH_TIMEOUT(SecretStore::abandonedJobCount(), 0, 60000);

        // QtKeychain's queue is free again: a new store gets its answer (no service any more: Unavailable).
        SecretStore probe;
        Recorder probeAnswers(&probe);
        probe.read(apiKey);
        QCOMPARE(settle(probe, probeAnswers), QStringList{missingLine(apiKey)});
        QCOMPARE(probe.state(), State::Unavailable);
        QCOMPARE(SecretStore::abandonedJobCount(), 0);

        verifyNothingSecretLogged({first, second});
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariable(RoleVariable) == UnansweringRole)
        return runUnansweringSecretService(argc, argv);
    QCoreApplication app(argc, argv);
    tst_SecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
