// Presenter mode on the real main window and its embedded sandbox, on Qt's offscreen platform with two screens: a
// 1600×1000 laptop and a 1024×600 projector at 200 %. The phone is played by HTTP requests to the page the code
// encodes; the code itself is read back with zbarimg.
#include "console/application.h"
#include "console/common/qrcodewidget.h"
#include "console/common/verdictview.h"
#include "console/core/democheck.h"
#include "console/core/demosession.h"
#include "console/core/instanceguard.h"
#include "console/core/models/requestlogmodel.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/workspace.h"
#include "console/mainwindow.h"
#include "console/notifier.h"
#include "console/presenter/checkdemodialog.h"
#include "console/presenter/presenter.h"
#include "console/presenter/stagewindow.h"
#include "phone.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QScreen>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

namespace {

struct ConsoleFixture
{
    explicit ConsoleFixture(const QString &root)
        : settings(root + u"/console.ini"_s, QSettings::IniFormat)
    {
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = root + u"/data"_s;
        o.sandboxPort = 0;
        o.inboxPort = 0;
        o.keychainTimeout = std::chrono::milliseconds(1000);
        workspace = std::make_unique<Workspace>(o);
        workspace->start();
        window = std::make_unique<MainWindow>(workspace.get());
        window->setGeometry(QRect(120, 90, 1100, 760));
        window->show();
        window->notifier()->setChannel(Notifier::Channel::Window);
    }
    ~ConsoleFixture()
    {
        window.reset();
        workspace.reset();
    }
    DemoSession *demo() const { return window->presenter()->session(); }
    StageWindow *stage() const { return window->presenter()->stage(); }

    QSettings settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

// The text of \a code as zbarimg reads it from a picture of the widget; empty when nothing decodes.
QString decode(QrCodeWidget *code, const QString &folder)
{
    const QString path = folder + u"/code.png"_s;
    if (!code->grab().save(path))
        return {};
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, path});
    if (!zbar.waitForFinished(20000))
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

// Every word the stage shows or hands to a tooltip or a screen reader.
QStringList wordsOn(QWidget *stage)
{
    QStringList words{stage->windowTitle()};
    const auto widgets = stage->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(stage))
            continue;
        words << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            words << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            words << button->text();
    }
    return words;
}

} // namespace

class tst_Presenter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_nam;

    bool completeOnThePhone(const QString &pageUrl, const QByteArray &form)
    {
        return completeOnPhone(m_nam, pageUrl, form);
    }

    static bool ready(ConsoleFixture &c)
    {
        return QTest::qWaitFor([&c] { return c.demo()->state() == DemoSession::State::Waiting; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false\nxident.console.history.info=false"_s);
        initResources();
        QCOMPARE(QGuiApplication::screens().size(), 2);
        QVERIFY2(!QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty(), "zbarimg is missing (tools/xident-dev setup installs it)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void theStageShowsTheCodeAndNothingSecret()
    {
        ConsoleFixture c(m_dir->path());
        c.window->enterPresenter();
        QVERIFY(c.window->presenter()->isPresenting());
        StageWindow *stage = c.stage();
        QVERIFY(stage);
        QVERIFY(ready(c));
        // The projector (the screen the window is not on) gets the stage; the laptop keeps the window.
        QScreen *projector = QGuiApplication::screens().at(1);
        QTRY_COMPARE(stage->screen(), projector);
        QCOMPARE(stage->geometry(), projector->geometry());
        QCOMPARE(projector->devicePixelRatio(), 2.0);
        QVERIFY(c.window->isVisible());
        // A large code, the quiet zone kept, that decodes to the page the phone opens.
        QrCodeWidget *code = stage->qrCode();
        QTRY_VERIFY(code->isVisible());
        const int shorter = std::min(stage->width(), stage->height());
        QVERIFY2(code->width() >= shorter * 0.6, qPrintable(u"%1 of %2"_s.arg(code->width()).arg(shorter)));
        QCOMPARE(decode(code, m_dir->path()), c.demo()->phoneUrl());
        QVERIFY(c.demo()->phoneUrl().contains(u"flow=phone"_s));
        // The layout holds at 1024×600: every control is inside the stage.
        for (auto *button : stage->findChildren<QAbstractButton *>()) {
            const QRect r(button->mapTo(stage, QPoint(0, 0)), button->size());
            QVERIFY2(stage->rect().contains(r), qPrintable(button->text()));
        }

        // Nothing on the stage gives away the key, the secret, the token, a request id or the server's address.
        const QStringList words = wordsOn(stage);
        QStringList forbidden{c.workspace->sandboxHost()->apiKey(), c.workspace->sandboxHost()->webhookSecret(),
                              c.demo()->token(), c.workspace->sandboxHost()->baseUrl()};
        RequestLogModel *log = c.workspace->requestLog();
        for (int row = 0; row < log->rowCount(); ++row) {
            const QString id = log->entry(row).exchange.requestId;
            if (!id.isEmpty())
                forbidden << id;
        }
        QVERIFY(forbidden.size() >= 5);
        for (const QString &secret : std::as_const(forbidden)) {
            QVERIFY(!secret.isEmpty());
            for (const QString &word : words)
                QVERIFY2(!word.contains(secret), qPrintable(word));
        }
        QVERIFY(words.join(u' ').contains(u"…"_s + c.demo()->token().right(4)));
        // Notifications wait until the presentation ends.
        QVERIFY(c.window->notifier()->isHeld());
    }

    void thePhoneDecidesAndTheStageTurnsGreenThenRed()
    {
        ConsoleFixture c(m_dir->path());
        c.window->enterPresenter();
        QVERIFY(ready(c));
        StageWindow *stage = c.stage();
        QVERIFY(completeOnThePhone(decode(stage->qrCode(), m_dir->path()), "outcome=pass&method=full"));
        // Within two seconds of the outcome (the stage asks every second).
        QTRY_VERIFY_WITH_TIMEOUT(stage->verdictView()->isVisible(), 2000);
        QCOMPARE(stage->verdictView()->verdict().tone, Verdict::Tone::Good);
        QVERIFY(!stage->qrCode()->isVisible());
        QTRY_COMPARE(stage->verdictView()->shownChecks(), int(stage->verdictView()->verdict().checks.size()));
        QVERIFY(stage->verdictView()->shownChecks() >= 4);

        // The presenter sets a failure from the stage's menu, then Space brings the next customer.
        auto *options = stage->findChild<QToolButton *>(u"stageOptions"_s);
        auto *outcomes = options->menu()->findChild<QMenu *>(u"outcomeMenu"_s);
        QMetaObject::invokeMethod(outcomes, "aboutToShow");
        QAction *faceMismatch = nullptr;
        for (QAction *a : outcomes->actions()) {
            if (a->text().contains(u"face"_s, Qt::CaseInsensitive) && a->isEnabled())
                faceMismatch = a;
        }
        QVERIFY(faceMismatch);
        faceMismatch->trigger();
        // The audience does not learn the outcome beforehand: no word on the stage says it.
        for (auto *label : stage->findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(u"does not match"_s) && !label->text().contains(u"mismatch"_s),
                         qPrintable(label->text()));
        }
        const QString first = c.demo()->token();
        QTest::keyClick(stage, Qt::Key_Space);
        QVERIFY(ready(c));
        QVERIFY(c.demo()->token() != first);
        QTRY_VERIFY(stage->qrCode()->isVisible());
        QVERIFY(completeOnThePhone(decode(stage->qrCode(), m_dir->path()), "outcome=pass&method=full"));
        QTRY_VERIFY_WITH_TIMEOUT(stage->verdictView()->isVisible(), 2000);
        QCOMPARE(stage->verdictView()->verdict().tone, Verdict::Tone::Bad);
        QCOMPARE(stage->verdictView()->verdict().headline, u"Not verified"_s);
    }

    void anUnopenedCodeRenewsItself()
    {
        ConsoleFixture c(m_dir->path());
        c.window->enterPresenter();
        QVERIFY(ready(c));
        const QString first = c.demo()->phoneUrl();
        QCOMPARE(decode(c.stage()->qrCode(), m_dir->path()), first);
        // Due at once: the lead is the token's whole lifetime.
        c.demo()->setRenewLead(int(c.demo()->createdAt().secsTo(c.demo()->expiresAt())));
        QTRY_VERIFY_WITH_TIMEOUT(c.demo()->phoneUrl() != first && c.demo()->state() == DemoSession::State::Waiting, 5000);
        c.demo()->setRenewLead(60);
        QTRY_COMPARE(decode(c.stage()->qrCode(), m_dir->path()), c.demo()->phoneUrl());
    }

    void leavingRestoresTheWindow()
    {
        ConsoleFixture c(m_dir->path());
        const QRect before = c.window->geometry();
        c.window->enterPresenter();
        QVERIFY(ready(c));
        // On the window's own screen the stage covers it: the window steps aside.
        QScreen *laptop = QGuiApplication::screens().at(0);
        Q_EMIT c.stage()->screenChosen(laptop);
        QTRY_COMPARE(c.stage()->screen(), laptop);
        QVERIFY(!c.window->isVisible());
        QTest::keyClick(c.stage(), Qt::Key_Escape);
        QVERIFY(!c.window->presenter()->isPresenting());
        QVERIFY(!c.window->presenter()->stage());
        QVERIFY(c.window->isVisible());
        QCOMPARE(c.window->geometry(), before);
        QCOMPARE(c.demo()->state(), DemoSession::State::Idle);
        QVERIFY(!c.window->notifier()->isHeld());
        // The screen is remembered for the next presentation.
        QCOMPARE(c.window->presenter()->stageScreen(), laptop);
    }

    void checkTheDemoFromTheStage()
    {
        ConsoleFixture c(m_dir->path());
        QVERIFY(c.workspace->sandboxHost()->share(QHostAddress(u"127.0.0.2"_s)).isEmpty());
        c.window->enterPresenter();
        QVERIFY(ready(c));
        QVERIFY(c.demo()->phoneUrl().startsWith(u"http://127.0.0.2:"_s));
        QTest::mouseClick(c.stage()->findChild<QPushButton *>(u"checkDemo"_s), Qt::LeftButton);
        auto *dialog = c.stage()->findChild<CheckDemoDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->check()->isRunning(), 15000);
        QCOMPARE(dialog->check()->lines().size(), 7);
        QVERIFY2(dialog->check()->passed(), qPrintable(dialog->findChild<QLabel *>(u"checkSummary"_s)->text()));
        QCOMPARE(dialog->findChildren<QLabel *>(QRegularExpression(u"^check_"_s)).size(), 7);
        // Scan to test: the phone opens the small code's page through the shared address, and it is ticked.
        auto *probe = dialog->findChild<QrCodeWidget *>(u"probeCode"_s);
        QVERIFY(probe->isVisible());
        const QString probeUrl = decode(probe, m_dir->path());
        QVERIFY2(probeUrl.startsWith(u"http://127.0.0.2:"_s), qPrintable(probeUrl));
        QCOMPARE(phoneRequest(m_nam, "GET", probeUrl), 200);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"probeText"_s)->text().startsWith(u"✓"_s));
        // The stage goes on: its own session is untouched by the check's.
        dialog->close();
        QCOMPARE(c.demo()->state(), DemoSession::State::Waiting);
    }

    void ctrlPlusAndMinusScaleTheWords()
    {
        ConsoleFixture c(m_dir->path());
        c.window->enterPresenter();
        QVERIFY(ready(c));
        auto *state = c.stage()->findChild<QLabel *>(u"stageState"_s);
        const int before = state->font().pixelSize();
        QTest::keyClick(c.stage(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(c.stage(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY2(state->font().pixelSize() > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(state->font().pixelSize())));
        const int side = c.stage()->qrCode()->width();
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(c.stage(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(state->font().pixelSize() < before);
        QCOMPARE(c.stage()->scale(), StageWindow::MinimumScale);
        // The code keeps its size: only the words scale.
        QCOMPARE(c.stage()->qrCode()->width(), side);
        c.window->leavePresenter();
        // Remembered for the next presentation.
        c.window->enterPresenter();
        QCOMPARE(c.stage()->scale(), StageWindow::MinimumScale);
    }

    void aLiveProfileIsRefused()
    {
        ConsoleFixture c(m_dir->path());
        Profile live;
        live.id = Profile::newId();
        live.name = u"Production"_s;
        live.baseUrl = u"https://api.xident.example"_s;
        live.apiKey = u"sk_live_00000000000000000000"_s;
        c.workspace->profileStore()->addTemporary(live);
        c.workspace->profileStore()->setCurrent(live.id);
        c.window->enterPresenter();
        QVERIFY(!c.window->presenter()->isPresenting());
        QVERIFY(!c.stage());
        QVERIFY2(c.window->noticeText().contains(u"LIVE"_s), qPrintable(c.window->noticeText()));
        QVERIFY(c.window->isVisible());
    }

    void aSecondLaunchWithPresenterSwitchesTheRunningConsole()
    {
        ConsoleFixture c(m_dir->path());
        // This test is the running console: a later launch of the real program hands its options to it.
        const QString runtime = m_dir->path() + u"/run"_s;
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        const QString key = u"tst-presenter-%1"_s.arg(QCoreApplication::applicationPid());
        InstanceGuard guard(key);
        QVERIFY(guard.claimOrForward({}));
        connect(&guard, &InstanceGuard::argumentsReceived, c.window.get(),
                [&c](const QStringList &arguments) { openHandedOver(c.window.get(), c.workspace.get(), arguments); });
        QProcess later;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->path() + u"/config"_s);
        env.insert(u"XIDENT_CONSOLE_INSTANCE"_s, key);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        later.setProcessEnvironment(env);
        later.start(QStringLiteral(XIDENT_CONSOLE_PATH), {u"--presenter"_s});
        QVERIFY(QTest::qWaitFor([&later] { return later.state() == QProcess::NotRunning; }, 15000));
        QCOMPARE(later.exitCode(), 0);
        QVERIFY2(later.readAllStandardOutput().contains("already running"), "no hand-over");
        QTRY_VERIFY(c.window->presenter()->isPresenting());
        QVERIFY(ready(c));

        // An unknown profile is said where it was asked for, and nothing is handed over.
        later.start(QStringLiteral(XIDENT_CONSOLE_PATH), {u"--profile"_s, u"Nowhere"_s});
        QVERIFY(QTest::qWaitFor([&later] { return later.state() == QProcess::NotRunning; }, 15000));
        QCOMPARE(later.exitCode(), 2);
        QVERIFY(later.readAllStandardError().contains("Nowhere"));
        QVERIFY(c.window->presenter()->isPresenting());
    }
};

// Two screens from a configuration file for Qt's offscreen platform, written before the application exists.
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    const QJsonArray screens{
        QJsonObject{{u"name"_s, u"Laptop"_s}, {u"x"_s, 0}, {u"y"_s, 0}, {u"width"_s, 1600}, {u"height"_s, 1000},
                    {u"logicalDpi"_s, 96}, {u"logicalBaseDpi"_s, 96}, {u"dpr"_s, 1}},
        QJsonObject{{u"name"_s, u"Projector"_s}, {u"x"_s, 1600}, {u"y"_s, 0}, {u"width"_s, 1024}, {u"height"_s, 600},
                    {u"logicalDpi"_s, 96}, {u"logicalBaseDpi"_s, 96}, {u"dpr"_s, 2}}};
    const QString file = config.path() + u"/screens.json"_s;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(QJsonObject{{u"screens"_s, screens}, {u"synchronousWindowSystemEvents"_s, false}}).toJson()) < 0)
        return 1;
    out.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.toUtf8());
    QApplication app(argc, argv);
    tst_Presenter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presenter.moc"
