// The console's window driven as a person would: keyboard and clicks on the real panes (offscreen), against the
// in-process sandbox and a real SQLite file in a temporary data folder. The keychain is out of reach here
// (DBUS_SESSION_BUS_ADDRESS=disabled:, set by ctest), so secrets stay in memory: never on disk.
#include <XidentQt/redaction.h>
#include <XidentQt/webhook.h>
#include "console/application.h"
#include "console/core/clientpool.h"
#include "console/core/history/historystore.h"
#include "console/core/models/sessionfiltermodel.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/secretstore.h"
#include "console/core/sessiontracker.h"
#include "console/core/workspace.h"
#include "console/create/createsessionpane.h"
#include "console/common/qrcodewidget.h"
#include "console/mainwindow.h"
#include "console/common/copyasmenu.h"
#include "console/profiles/profiledialog.h"
#include "console/sessions/inspectorpane.h"
#include "console/sessions/watchlistpane.h"
#include "console/core/webhookinbox.h"
#include "console/webhooks/webhookinboxpane.h"
#include "console/webhooks/webhookvalidatorpane.h"
#include "sandbox/sandbox.h"

#include <QtCore/QDirIterator>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QAbstractItemView>
#include <QtGui/QHelpEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

// One console: its settings file, data folder, workspace and window.
struct ConsoleFixture
{
    explicit ConsoleFixture(const QString &root)
        : settings(root + u"/config/console.ini"_s, QSettings::IniFormat)
    {
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = root + u"/data"_s;
        o.sandboxPort = 0;
        o.sandboxMagicDelayMs = 100;
        o.keychainTimeout = std::chrono::milliseconds(1500);
        workspace = std::make_unique<Workspace>(o);
        workspace->start();
        window = std::make_unique<MainWindow>(workspace.get());
        window->show();
    }
    ~ConsoleFixture()
    {
        window.reset();
        workspace.reset();
    }
    template<typename T>
    T *find(QWidget *in, const char *name)
    {
        return in->findChild<T *>(QString::fromLatin1(name));
    }

    QSettings settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void setText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    // Creates a session through the form, as typed; returns its token.
    QString createThroughForm(ConsoleFixture &c, const QString &userId)
    {
        CreateSessionPane *pane = c.window->createPane();
        setText(c.find<QLineEdit>(pane, "userId"), userId);
        QTest::mouseClick(c.find<QPushButton>(pane, "createButton"), Qt::LeftButton);
        QSignalSpy created(pane, &CreateSessionPane::sessionCreated);
        if (!created.wait(5000))
            return {};
        return created.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        initResources();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void firstRunIsConnectedToTheSandbox()
    {
        ConsoleFixture c(m_dir->path());
        QVERIFY(c.workspace->sandboxHost());
        const QStringList status = c.window->statusTexts();
        QVERIFY2(status.at(0).contains("Local sandbox"_L1), qPrintable(status.join(u" | "_s)));
        QCOMPARE(status.at(1), c.workspace->sandboxHost()->baseUrl());
        QCOMPARE(status.at(2), u"TEST"_s);
        QTRY_VERIFY_WITH_TIMEOUT(c.window->statusTexts().at(3).contains("answers"_L1), 5000);
        QVERIFY(!c.window->isLiveBannerShown());
        QVERIFY(!c.window->windowTitle().contains("sk_"_L1));
    }

    void embeddedSandboxKeyIsMadeForTheRun()
    {
        // The built-in key of the sandbox is public: with it any local user could list this console's sessions
        // (and their user ids), settle them and read their webhooks. The console's key is made for each run.
        QString first;
        QString sessionToken;
        QString baseUrl;
        {
            ConsoleFixture c(m_dir->path());
            first = c.workspace->profileStore()->current().apiKey;
            QVERIFY2(first.startsWith("sk_test_"_L1) && first.size() >= 40, qPrintable(first.left(8)));
            QVERIFY(first != Sandbox::Server().testKey());
            QVERIFY(!QFile(c.settings.fileName()).exists() || !readAll(c.settings.fileName()).contains(first.toUtf8()));
            sessionToken = createThroughForm(c, u"private-person"_s);
            QVERIFY(!sessionToken.isEmpty());
            // Someone else with the built-in key sees nothing of it.
            baseUrl = c.workspace->sandboxHost()->baseUrl();
            QNetworkAccessManager nam;
            QNetworkRequest request(QUrl(baseUrl + u"/verify/v1/result/"_s + sessionToken));
            request.setRawHeader("X-API-Key", Sandbox::Server().testKey().toLatin1());
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            QNetworkRequest admin(QUrl(baseUrl + u"/_sandbox/sessions"_s));
            admin.setRawHeader("X-API-Key", Sandbox::Server().testKey().toLatin1());
            std::unique_ptr<QNetworkReply> list(nam.get(admin));
            QTRY_VERIFY_WITH_TIMEOUT(list->isFinished(), 5000);
            QVERIFY2(!list->readAll().contains("private-person"), "another key listed this console's sessions");
            c.workspace->history()->flush();
            c.settings.sync();
        }
        ConsoleFixture again(m_dir->path());
        QVERIFY(again.workspace->profileStore()->current().apiKey.startsWith("sk_test_"_L1));
        QVERIFY(again.workspace->profileStore()->current().apiKey != first);
    }

    void createWithEveryParameter()
    {
        ConsoleFixture c(m_dir->path());
        QAbstractItemModelTester tester(c.workspace->sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(c.window->watchlist()->filterModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.window->showCreatePane();
        CreateSessionPane *pane = c.window->createPane();
        setText(c.find<QLineEdit>(pane, "callbackUrl"), u"https://shop.example/verified"_s);
        c.find<QCheckBox>(pane, "minAgeEnabled")->setChecked(true);
        QSpinBox *age = c.find<QSpinBox>(pane, "minAge");
        age->setFocus();
        age->selectAll();
        QTest::keyClicks(age, u"21"_s);
        setText(c.find<QLineEdit>(pane, "successUrl"), u"https://shop.example/ok"_s);
        setText(c.find<QLineEdit>(pane, "failedUrl"), u"https://shop.example/no"_s);
        setText(c.find<QLineEdit>(pane, "userId"), u"customer-42"_s);
        c.find<QComboBox>(pane, "theme")->setCurrentIndex(c.find<QComboBox>(pane, "theme")->findData(u"dark"_s));
        c.find<QComboBox>(pane, "locale")->setEditText(u"de"_s);
        c.find<QComboBox>(pane, "liveness")->setCurrentIndex(c.find<QComboBox>(pane, "liveness")->findData(u"hard"_s));
        c.find<QComboBox>(pane, "mode")->setCurrentIndex(c.find<QComboBox>(pane, "mode")->findData(u"document"_s));
        c.find<QComboBox>(pane, "purpose")->setEditText(u"age_verification"_s);
        c.find<QPlainTextEdit>(pane, "metadata")->setPlainText(u"{\"order\":\"A-1001\"}"_s);
        // Enter in a field creates the session, as Create being the default button promises.
        QSignalSpy created(pane, &CreateSessionPane::sessionCreated);
        QTest::keyClick(c.find<QLineEdit>(pane, "failedUrl"), Qt::Key_Return);
        QVERIFY(created.wait(5000));
        const QString token = created.first().first().toString();
        // It is the watchlist's selection, and so the inspector's, at once.
        QCOMPARE(c.window->watchlist()->currentToken(), token);

        const auto s = c.workspace->sandboxHost()->server()->session(token);
        QVERIFY(s);
        QCOMPARE(s->callbackUrl, u"https://shop.example/verified"_s);
        QCOMPARE(s->minAge, 21);
        QCOMPARE(s->successUrl, u"https://shop.example/ok"_s);
        QCOMPARE(s->failedUrl, u"https://shop.example/no"_s);
        QCOMPARE(s->userId, u"customer-42"_s);
        QCOMPARE(s->theme, u"dark"_s);
        QCOMPARE(s->locale, u"de"_s);
        QCOMPARE(s->livenessDifficulty, u"hard"_s);
        QCOMPARE(s->verificationMode, u"document"_s);
        QCOMPARE(s->purpose, u"age_verification"_s);
        QCOMPARE(s->metadata, u"{\"order\":\"A-1001\"}"_s);

        // The result: token, verify URL, a QR code; the session is in the watchlist.
        QCOMPARE(c.find<QLineEdit>(pane, "token")->text(), token);
        QVERIFY(c.find<QLineEdit>(pane, "verifyUrl")->text().endsWith(token));
        QVERIFY(c.find<QLabel>(pane, "phoneNotice")->isVisibleTo(pane));
        QVERIFY(c.workspace->sessions()->contains(token));

        // The form remembers its values per profile; the user id and metadata (personal data) only when asked to.
        c.settings.sync();
        QVERIFY(!readAll(c.settings.fileName()).contains("customer-42"));
        QVERIFY(!readAll(c.settings.fileName()).contains("A-1001"));
        {
            CreateSessionPane again(c.workspace->profileService(), c.workspace->clients(), c.workspace->tracker(), c.workspace->sandboxHost(), c.workspace->settings());
            QVERIFY(c.find<QLineEdit>(&again, "userId")->text().isEmpty());
            QVERIFY(c.find<QPlainTextEdit>(&again, "metadata")->toPlainText().isEmpty());
            QVERIFY(!c.find<QCheckBox>(&again, "rememberPersonal")->isChecked());
            QCOMPARE(c.find<QComboBox>(&again, "liveness")->currentData().toString(), u"hard"_s);
            QCOMPARE(c.find<QSpinBox>(&again, "minAge")->value(), 21);
        }
        // Asked: kept, and Ctrl+Enter in the metadata box (where Enter is a line break) creates.
        c.find<QCheckBox>(pane, "rememberPersonal")->setChecked(true);
        auto *metadata = c.find<QPlainTextEdit>(pane, "metadata");
        metadata->setFocus();
        QTest::keyClick(metadata, Qt::Key_Return);
        QCOMPARE(created.size(), 1);
        QTest::keyClick(metadata, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 2, 5000);
        {
            CreateSessionPane again(c.workspace->profileService(), c.workspace->clients(), c.workspace->tracker(), c.workspace->sandboxHost(), c.workspace->settings());
            QCOMPARE(c.find<QLineEdit>(&again, "userId")->text(), u"customer-42"_s);
            QVERIFY(c.find<QCheckBox>(&again, "rememberPersonal")->isChecked());
        }
        // Switched off again: forgotten at once.
        c.find<QCheckBox>(pane, "rememberPersonal")->setChecked(false);
        c.settings.sync();
        QVERIFY(!readAll(c.settings.fileName()).contains("customer-42"));
    }

    void aProfileSwitchJudgesTheFormAgain()
    {
        // A problem shown for one profile's values is judged again for the next profile's: no stale "Required"
        // next to a callback URL that is now filled.
        ConsoleFixture c(m_dir->path());
        c.window->showCreatePane();
        CreateSessionPane *pane = c.window->createPane();
        const QString first = c.workspace->profileStore()->currentId();
        Profile other;
        other.id = Profile::newId();
        other.name = u"Staging"_s;
        other.baseUrl = c.workspace->sandboxHost()->baseUrl();
        other.apiKey = u"sk_test_staging000000000000"_s;
        c.workspace->profileService()->save(other);
        c.workspace->settings()->setValue(u"createForm/"_s + other.id + u"/callbackUrl"_s, u"https://staging.example/cb"_s);
        setText(c.find<QLineEdit>(pane, "callbackUrl"), QString());
        QTest::keyClick(c.find<QLineEdit>(pane, "callbackUrl"), Qt::Key_Return);
        QVERIFY(c.find<QLabel>(pane, "callbackProblem")->isVisibleTo(pane));
        c.workspace->profileStore()->setCurrent(other.id);
        QCOMPARE(c.find<QLineEdit>(pane, "callbackUrl")->text(), u"https://staging.example/cb"_s);
        QVERIFY(!c.find<QLabel>(pane, "callbackProblem")->isVisibleTo(pane));
        // Back to the first one, whose callback was emptied: the problem is judged, and shown, again.
        c.workspace->profileStore()->setCurrent(first);
        QVERIFY(!c.find<QLineEdit>(pane, "callbackUrl")->text().isEmpty());   // the sandbox's own landing page
        QVERIFY(!c.find<QLabel>(pane, "callbackProblem")->isVisibleTo(pane));
    }

    void magicSessionReachesEachTerminalStatus_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("detail");
        QTest::newRow("pass") << u"sandbox:pass"_s << int(WatchStatus::Success) << u"Verified"_s << u"The person is verified"_s;
        QTest::newRow("fail") << u"sandbox:fail:age_below_threshold"_s << int(WatchStatus::Failed) << u"Not verified"_s
                              << u"The person is below the required age."_s;
        QTest::newRow("cancel") << u"sandbox:cancel"_s << int(WatchStatus::Canceled) << u"Canceled"_s
                                << u"The person stopped the verification."_s;
        QTest::newRow("expire") << u"sandbox:expire"_s << int(WatchStatus::Expired) << u"Expired"_s
                                << u"The link was not completed in time."_s;
    }

    void magicSessionReachesEachTerminalStatus()
    {
        QFETCH(QString, userId);
        QFETCH(int, status);
        QFETCH(QString, verdict);
        QFETCH(QString, detail);
        ConsoleFixture c(m_dir->path());
        QAbstractItemModelTester tester(c.workspace->sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString token = createThroughForm(c, userId);
        QVERIFY(!token.isEmpty());
        SessionModel *model = c.workspace->sessions();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(token), 0).data(SessionModel::StatusRole).toInt(), status, 8000);
        c.window->watchlist()->showSession(token);
        InspectorPane *inspector = c.window->inspector();
        QCOMPARE(inspector->token(), token);
        // A "Started" row only where the result's shape has the field (the legacy one); no empty row otherwise.
        const bool saysStart = QJsonDocument::fromJson(model->session(token)->resultJson).object().contains("started_at"_L1);
        QCOMPARE(inspector->findChild<QLabel *>(u"started"_s)->isVisibleTo(inspector), saysStart);
        // The inspector and the New session pane say the same thing, in the same words.
        for (QWidget *where : {static_cast<QWidget *>(inspector), static_cast<QWidget *>(c.window->createPane())}) {
            auto *shown = where->findChild<QLabel *>(u"verdictHeadline"_s);
            QVERIFY(shown);
            QTRY_VERIFY2(shown->text().startsWith(verdict), qPrintable(shown->text()));
            const QString said = where->findChild<QLabel *>(u"verdictDetail"_s)->text();
            QVERIFY2(said.startsWith(detail), qPrintable(said));
        }
        QVERIFY(c.window->createPane()->findChild<QWidget *>(u"outcome"_s)->isVisibleTo(c.window->createPane()));
        QVERIFY(!c.window->createPane()->findChild<QWidget *>(u"qr"_s)->isVisibleTo(c.window->createPane()));
        if (status == int(WatchStatus::Success))
            QVERIFY(inspector->findChild<QTableView *>(u"checks"_s)->model()->rowCount() > 0);
        // The timeline shows every change, and the summary and curl carry no key.
        QTRY_VERIFY(inspector->findChild<QTableView *>(u"timeline"_s)->model()->rowCount() >= 2);
        // No notification service and no tray here: the window itself says the session finished.
        QTRY_VERIFY(c.window->noticeText().contains(token));
        // Its result token, pasted from a callback URL, is the same session, not a new row.
        const QString resultToken = QJsonDocument::fromJson(model->session(token)->resultJson).object().value("token"_L1).toString();
        if (resultToken.startsWith("xtk_"_L1)) {
            c.window->openReferences({u"https://shop.example/done?token="_s + resultToken});
            QCOMPARE(model->rowCount(), 1);
            QCOMPARE(c.window->watchlist()->currentToken(), token);
        }
        const QString key = c.workspace->profileStore()->current().apiKey;
        QVERIFY(!inspector->summary().contains(key));
        QVERIFY(inspector->curlCommand().contains("$XIDENT_SECRET_KEY"_L1));
        QVERIFY(!inspector->curlCommand().contains(key));
        // "Copy as code" puts the call on the clipboard in each language, the key read from the environment.
        auto *resultMenu = qobject_cast<CopyAsMenu *>(inspector->findChild<QPushButton *>(u"copyAs"_s)->menu());
        QVERIFY(resultMenu);
        Q_EMIT resultMenu->aboutToShow();
        QVERIFY(resultMenu->action(CallCode::Language::Python)->isEnabled());
        resultMenu->action(CallCode::Language::Python)->trigger();
        const QString python = QGuiApplication::clipboard()->text();
        QVERIFY2(python.contains(u"client.verification.get_result(\""_s + token + u"\")"_s), qPrintable(python));
        QVERIFY(python.contains(u"os.environ[\"XIDENT_SECRET_KEY\"]"_s) && !python.contains(key));
        auto *formMenu = qobject_cast<CopyAsMenu *>(c.window->createPane()->findChild<QPushButton *>(u"copyAs"_s)->menu());
        QVERIFY(formMenu);
        formMenu->action(CallCode::Language::Php)->trigger();
        const QString php = QGuiApplication::clipboard()->text();
        QVERIFY2(php.contains(u"$client->verification()->init(["_s) && php.contains(u"'callback_url' => "_s), qPrintable(php));
        QVERIFY(!php.contains(key));
    }

    void historyAndTimelineSurviveARestart()
    {
        QString token;
        QString gone;
        int changes = 0;
        {
            ConsoleFixture c(m_dir->path());
            token = createThroughForm(c, u"sandbox:pass"_s);
            QVERIFY(!token.isEmpty());
            gone = createThroughForm(c, u"still-waiting"_s);
            SessionModel *model = c.workspace->sessions();
            QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(token), 0).data(SessionModel::StatusRole).toInt(),
                                      int(WatchStatus::Success), 8000);
            // Everything that writes this session's timeline has written it: the polls that saw it finish, and the
            // sandbox's webhook, which the inbox matched to it (it may come before or after the last poll).
            InboxModel *inbox = c.workspace->inboxModel();
            const auto webhookApplied = [&] {
                for (int r = 0; r < inbox->rowCount(); ++r) {
                    if (inbox->at(r).matchedToken == token)
                        return true;
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(webhookApplied(), 8000);
            c.window->watchlist()->showSession(token);
            QAbstractItemModel *timeline = c.window->inspector()->findChild<QTableView *>(u"timeline"_s)->model();
            QTRY_VERIFY(timeline->rowCount() >= 2);
            changes = timeline->rowCount();
            QVERIFY(timeline->index(changes - 1, 2).data().toString().startsWith(u"success"_s));
            c.workspace->history()->flush();
        }
        ConsoleFixture c(m_dir->path());
        // A link naming the session, before the history has loaded, opens the stored session: not a blank copy.
        c.window->openReferences({u"xident://session/"_s + token});
        SessionModel *model = c.workspace->sessions();
        QTRY_VERIFY(model->contains(token));
        QCOMPARE(model->index(model->rowOf(token), 0).data(SessionModel::StatusRole).toInt(), int(WatchStatus::Success));
        QTRY_COMPARE(c.window->watchlist()->currentToken(), token);
        // The other one lived in the sandbox that stopped with the first console: gone, and not polled.
        QCOMPARE(model->index(model->rowOf(gone), 0).data(SessionModel::StatusRole).toInt(), int(WatchStatus::Gone));
        QVERIFY(!c.workspace->scheduler()->isTracked(gone));
        c.window->watchlist()->showSession(token);
        QAbstractItemModel *timeline = c.window->inspector()->findChild<QTableView *>(u"timeline"_s)->model();
        QTRY_COMPARE(timeline->rowCount(), changes);
        QVERIFY(timeline->index(changes - 1, 2).data().toString().startsWith(u"success"_s));
        // The gone one's timeline records why it stopped.
        c.window->watchlist()->showSession(gone);
        QTRY_VERIFY(timeline->rowCount() >= 1);
        QCOMPARE(timeline->index(timeline->rowCount() - 1, 2).data().toString(), u"gone"_s);
    }

    void liveKeyShowsTheBannerAndAsksFirst()
    {
        ConsoleFixture c(m_dir->path());
        Profile live;
        live.id = Profile::newId();
        live.name = u"Production"_s;
        live.baseUrl = c.workspace->sandboxHost()->baseUrl();
        live.apiKey = u"sk_live_demo0000000000000000"_s;
        c.workspace->profileService()->save(live);
        c.workspace->profileStore()->setCurrent(live.id);
        QVERIFY(c.window->isLiveBannerShown());
        QCOMPARE(c.window->statusTexts().at(2), u"LIVE"_s);
        QVERIFY(c.window->windowTitle().contains("LIVE"_L1));
        QVERIFY(!c.window->windowTitle().contains(live.apiKey));

        const quint64 before = c.workspace->sandboxHost()->server()->sessions().size();
        bool asked = false;
        QTimer::singleShot(200, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == "liveConfirmation"_L1) {
                asked = true;
                box->button(QMessageBox::Cancel)->click();
            }
        });
        c.window->showCreatePane();
        setText(c.find<QLineEdit>(c.window->createPane(), "callbackUrl"), u"https://shop.example/cb"_s);
        c.window->createPane()->create();
        QVERIFY(asked);
        QVERIFY(!c.window->createPane()->isBusy());
        QCOMPARE(c.workspace->sandboxHost()->server()->sessions().size(), before);
    }

    void badInputIsRefusedNextToTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("keyProblem");
        QTest::addColumn<QString>("urlProblem");
        QTest::newRow("public key") << u"pk_live_abcdef123456"_s << u"https://api.example.com"_s << u"public key"_s << QString();
        QTest::newRow("malformed key") << u"sk_test_has space"_s << u"https://api.example.com"_s << u"letters, digits"_s << QString();
        QTest::newRow("ftp url") << u"sk_test_fine_000000"_s << u"ftp://api.example.com"_s << QString() << u"http"_s;
        QTest::newRow("live over http") << u"sk_live_fine_000000"_s << u"http://api.example.com"_s << QString() << u"cleartext"_s;
    }

    void badInputIsRefusedNextToTheField()
    {
        QFETCH(QString, key);
        QFETCH(QString, url);
        QFETCH(QString, keyProblem);
        QFETCH(QString, urlProblem);
        ConsoleFixture c(m_dir->path());
        ProfileDialog dialog(c.workspace->profileService(), c.window.get());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        setText(dialog.findChild<QLineEdit *>(u"baseUrl"_s), url);
        setText(dialog.findChild<QLineEdit *>(u"apiKey"_s), key);
        QVERIFY(!dialog.save());
        auto *keyLabel = dialog.findChild<QLabel *>(u"apiKeyProblem"_s);
        auto *urlLabel = dialog.findChild<QLabel *>(u"baseUrlProblem"_s);
        if (!keyProblem.isEmpty())
            QVERIFY2(keyLabel->text().contains(keyProblem), qPrintable(keyLabel->text()));
        if (!urlProblem.isEmpty())
            QVERIFY2(urlLabel->text().contains(urlProblem), qPrintable(urlLabel->text()));
        // The key never shows in a message.
        QVERIFY(!keyLabel->text().contains(key));
        QCOMPARE(c.workspace->profileStore()->profiles().size(), 1);

        // The create form refuses a bad callback and bad metadata next to those fields.
        CreateSessionPane *pane = c.window->createPane();
        setText(c.find<QLineEdit>(pane, "callbackUrl"), u"not a url"_s);
        c.find<QPlainTextEdit>(pane, "metadata")->setPlainText(u"{\"a\": "_s);
        QVERIFY(!pane->validateForm());
        QVERIFY(!c.find<QLabel>(pane, "callbackProblem")->text().isEmpty());
        QVERIFY(c.find<QLabel>(pane, "metadataProblem")->text().contains("JSON"_L1));
    }

    void secretsStayOffDiskWithoutAKeychain()
    {
        const QString key = u"sk_test_staging_0a1b2c3d4e5f6a7b"_s;
        const QString secret = u"whsec_neverondisk_9f8e7d6c5b4a"_s;
        const QString gateway = u"gw_bearer_value_never_on_disk_77"_s;
        const QString password = u"pw_gateway_value_never_shown_31"_s;
        {
            ConsoleFixture c(m_dir->path());
            ProfileDialog dialog(c.workspace->profileService(), c.window.get());
            dialog.show();
            auto *notice = dialog.findChild<QLabel *>(u"keychainNotice"_s);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
            setText(dialog.findChild<QLineEdit *>(u"name"_s), u"Staging"_s);
            setText(dialog.findChild<QLineEdit *>(u"baseUrl"_s), c.workspace->sandboxHost()->baseUrl());
            setText(dialog.findChild<QLineEdit *>(u"apiKey"_s), key);
            setText(dialog.findChild<QLineEdit *>(u"webhookSecret"_s), secret);
            dialog.findChild<QPlainTextEdit *>(u"headers"_s)
                ->setPlainText(u"X-Team: qa\nAuthorization: Bearer "_s + gateway + u"\nX-Gateway-Password: "_s + password);
            QCOMPARE(dialog.findChild<QLineEdit *>(u"apiKey"_s)->echoMode(), QLineEdit::Password);
            QVERIFY(dialog.save());
            // The first keychain call finds no service: the dialog says so plainly.
            QTRY_COMPARE_WITH_TIMEOUT(c.workspace->profileService()->keychain()->state(), SecretStore::State::Unavailable, 5000);
            QVERIFY(notice->isVisibleTo(&dialog));
            QVERIFY2(notice->text().contains("session only"_L1) || notice->text().contains("this run"_L1),
                     qPrintable(notice->text()));
            const auto saved = c.workspace->profileStore()->profiles().last();
            QCOMPARE(saved.apiKey, key);
            // Shown again, the credential headers' values are masked like the key until revealed; saving
            // without touching them keeps them.
            auto *headers = dialog.findChild<QPlainTextEdit *>(u"headers"_s);
            QVERIFY2(headers->toPlainText().contains(u"X-Team: qa"_s), qPrintable(headers->toPlainText()));
            QVERIFY(!headers->toPlainText().contains(gateway) && !headers->toPlainText().contains(password));
            auto *reveal = dialog.findChild<QToolButton *>(u"revealHeaders"_s);
            reveal->click();
            QVERIFY(headers->toPlainText().contains(gateway) && headers->toPlainText().contains(password));
            reveal->click();
            QVERIFY(!headers->toPlainText().contains(gateway));
            QVERIFY(dialog.save());
            QCOMPARE(c.workspace->profileStore()->profile(saved.id)->extraHeaders, saved.extraHeaders);
            // The client of this run sends the header with its value; only the disk never sees it.
            QVERIFY(saved.extraHeaders.contains(qMakePair(QByteArray("Authorization"), (u"Bearer "_s + gateway).toUtf8())));
            c.workspace->profileStore()->setCurrent(saved.id);
            QVERIFY(c.workspace->clients()->currentClient());
            setText(c.find<QLineEdit>(c.window->createPane(), "callbackUrl"), u"https://shop.example/cb"_s);
            const QString token = createThroughForm(c, u"someone"_s);
            QVERIFY(!token.isEmpty());
            // The inspector's curl names the non-secret header, and leaves every credential-like value out.
            c.window->watchlist()->showSession(token);
            QCOMPARE(c.window->inspector()->token(), token);
            const QString curl = c.window->inspector()->curlCommand();
            QVERIFY2(curl.contains("X-Team: qa"_L1), qPrintable(curl));
            QVERIFY2(curl.contains(u"X-Gateway-Password: "_s + Xident::RedactionMarker), qPrintable(curl));
            QVERIFY(!curl.contains(gateway) && !curl.contains(password) && !curl.contains(key));
            c.workspace->history()->flush();
            c.settings.sync();
        }
        // Nothing secret in the settings, the database or anything else in the folders.
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(gateway.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 2);
        // After a restart the profile is there, its key is not (it was kept for that run only).
        ConsoleFixture c(m_dir->path());
        bool found = false;
        for (const Profile &p : c.workspace->profileStore()->profiles()) {
            if (p.name == "Staging"_L1) {
                found = true;
                QVERIFY(p.apiKey.isEmpty());
                // The header's name survives, its value does not (it was the keychain's to keep).
                QVERIFY(p.extraHeaders.contains(qMakePair(QByteArray("X-Team"), QByteArray("qa"))));
                QVERIFY(p.extraHeaders.contains(qMakePair(QByteArray("Authorization"), QByteArray())));
            }
        }
        QVERIFY(found);
    }

    void everyTabStopIsAVisibleControl()
    {
        // Walking each pane with Tab lands only on controls a person can see, never on a scrolling frame.
        ConsoleFixture c(m_dir->path());
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        c.window->activateWindow();
        const QString token = createThroughForm(c, u"tab-walk"_s);
        QVERIFY(!token.isEmpty());
        auto *tabs = c.window->findChild<QTabWidget *>(u"tabs"_s);
        for (int pane = 0; pane < tabs->count(); ++pane) {
            tabs->setCurrentIndex(pane);
            tabs->currentWidget()->setFocus();
            QWidget *start = QApplication::focusWidget();
            for (int step = 0; step < 60; ++step) {
                QWidget *focus = QApplication::focusWidget();
                QVERIFY(focus);
                QTest::keyClick(focus, Qt::Key_Tab);
                focus = QApplication::focusWidget();
                QVERIFY(focus);
                QVERIFY2(focus->isVisible() && !qobject_cast<QScrollArea *>(focus),
                         qPrintable(u"pane %1, step %2: %3 (%4)"_s.arg(pane).arg(step).arg(
                             focus->objectName(), QString::fromLatin1(focus->metaObject()->className()))));
                if (focus == start)
                    break;
            }
        }
    }

    void corruptDatabaseIsMovedAside()
    {
        QDir(m_dir->path()).mkpath(u"data"_s);
        QFile garbage(m_dir->path() + u"/data/history.sqlite"_s);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is not a database ").repeated(200);
        garbage.write(junk);
        garbage.close();
        ConsoleFixture c(m_dir->path());
        QTRY_VERIFY_WITH_TIMEOUT(c.window->noticeText().contains("history"_L1, Qt::CaseInsensitive), 5000);
        QStringList aside = QDir(m_dir->path() + u"/data"_s).entryList({u"history.sqlite.*"_s}, QDir::Files);
        aside.removeIf([](const QString &n) { return n.endsWith("-wal"_L1) || n.endsWith("-shm"_L1); });
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(m_dir->path() + u"/data"_s).entryList().join(u", "_s)));
        QFile moved(m_dir->path() + u"/data/"_s + aside.first());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), junk);
        // A fresh database works.
        const QString token = createThroughForm(c, u"after-corruption"_s);
        QVERIFY(!token.isEmpty());
        c.workspace->history()->flush();
    }

    void formMemoryKeepsNoSecret()
    {
        // The form remembers its values for next time in the settings file, which holds no secret: a field that
        // holds a key or a secret (anything shaped like one, or a profile's own) is left out, and the form says so.
        ConsoleFixture c(m_dir->path());
        CreateSessionPane *pane = c.window->createPane();
        const QString secret = c.workspace->profileStore()->current().webhookSecret;
        QVERIFY(!secret.isEmpty());
        c.find<QCheckBox>(pane, "rememberPersonal")->setChecked(true);
        setText(c.find<QLineEdit>(pane, "successUrl"), u"https://shop.example/ok?s="_s + secret.mid(6));
        c.find<QPlainTextEdit>(pane, "metadata")->setPlainText(u"{\"note\": \"sk_live_abcdefghijklmnopqrstuvwx\"}"_s);
        const QString token = createThroughForm(c, u"kept-person"_s);
        QVERIFY(!token.isEmpty());
        auto *note = c.find<QLabel>(pane, "memoryNote");
        QVERIFY(note->isVisibleTo(pane));
        QVERIFY2(note->text().contains("metadata"_L1) && note->text().contains("success URL"_L1), qPrintable(note->text()));
        c.settings.sync();
        const QByteArray ini = readAll(c.settings.fileName());
        QVERIFY(!ini.contains("abcdefghijklmnop"));
        QVERIFY(!ini.contains(secret.mid(6, 16).toUtf8()));
        QVERIFY(ini.contains("kept-person"));
        // Nothing to withhold: the note goes.
        c.find<QPlainTextEdit>(pane, "metadata")->setPlainText(u"{\"order\": \"A-1\"}"_s);
        setText(c.find<QLineEdit>(pane, "successUrl"), QString());
        QVERIFY(!createThroughForm(c, u"kept-person"_s).isEmpty());
        QVERIFY(!note->isVisibleTo(pane));
    }

    void noticesNeverEchoAKey()
    {
        ConsoleFixture c(m_dir->path());
        c.window->openReferences({u"https://x.example/cb?k=sk%5Ftest%5Fabcdefghijklmnopqrstuvwxyz"_s,
                                  u"https://x.example/cb?k="_s + c.workspace->profileStore()->current().apiKey.mid(8)});
        QTRY_VERIFY(!c.window->noticeText().isEmpty());
        const QString notice = c.window->noticeText();
        QVERIFY2(!notice.contains("abcdefghij"_L1), qPrintable(notice));
        QVERIFY2(!notice.contains(c.workspace->profileStore()->current().apiKey.mid(8, 12)), qPrintable(notice));
        QVERIFY2(notice.contains("token parameter"_L1), qPrintable(notice));
        // Links opened later without a problem take that notice away.
        c.window->openReferences({u"xit_laterandfine001"_s});
        QTRY_VERIFY(c.window->noticeText().isEmpty());
        // A server that quotes back a key typed into a field is not shown it either.
        CreateSessionPane *pane = c.window->createPane();
        auto *purpose = c.find<QComboBox>(pane, "purpose");
        purpose->setEditText(u"sk_test_PURPOSEkey0123456789abcdef"_s);
        QTest::mouseClick(c.find<QPushButton>(pane, "createButton"), Qt::LeftButton);
        auto *message = c.find<QLabel>(pane, "errorMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisibleTo(pane) && !message->text().isEmpty(), 5000);
        QVERIFY2(!message->text().contains("PURPOSEkey"_L1), qPrintable(message->text()));
        QCOMPARE(message->textFormat(), Qt::PlainText);
    }

    void secretsRememberedByEarlierVersionsAreScrubbed()
    {
        {
            QSettings earlier(m_dir->path() + u"/config/console.ini"_s, QSettings::IniFormat);
            earlier.setValue(u"createForm/local-sandbox/metadata"_s, u"{\"k\":\"sk_live_rememberedBefore0123456789\"}"_s);
            earlier.setValue(u"createForm/local-sandbox/purpose"_s, u"age_verification"_s);
        }
        ConsoleFixture c(m_dir->path());
        c.settings.sync();
        const QByteArray ini = readAll(c.settings.fileName());
        QVERIFY(!ini.contains("rememberedBefore"));
        QVERIFY(ini.contains("age_verification"));
        QVERIFY(!c.find<QPlainTextEdit>(c.window->createPane(), "metadata")->toPlainText().contains("remembered"_L1));
    }

    void commandLineReferencesOpenSessions()
    {
        ConsoleFixture c(m_dir->path());
        // Opened once the history is loaded (a link may name a session it already holds).
        c.window->openReferences({u"xident://session/xit_fromticket0001"_s, u"https://x.example/cb?token=xtk_fromticket0002"_s});
        QTRY_VERIFY(c.workspace->sessions()->contains(u"xit_fromticket0001"_s));
        QVERIFY(c.workspace->sessions()->contains(u"xtk_fromticket0002"_s));
        QCOMPARE(c.window->watchlist()->currentToken(), u"xit_fromticket0001"_s);
        c.window->openReferences({u"xident://other/thing"_s});
        QVERIFY(!c.window->noticeText().isEmpty());
    }

    void reachableFromMyPhone()
    {
        // 127.0.0.2 stands in for the LAN address: no test traffic leaves 127.0.0.0/8.
        ConsoleFixture c(m_dir->path());
        const QString token = createThroughForm(c, u"demo-visitor"_s);
        QVERIFY(!token.isEmpty());
        CreateSessionPane *pane = c.window->createPane();
        auto *url = c.find<QLineEdit>(pane, "verifyUrl");
        QVERIFY(url->text().startsWith("http://127.0.0.1:"_L1));
        QVERIFY(c.find<QPushButton>(pane, "shareButton")->isVisibleTo(pane));
        QVERIFY(c.window->sharingText().isEmpty());

        QCOMPARE(c.workspace->sandboxHost()->share(QHostAddress(u"127.0.0.2"_s)), QString());
        QVERIFY2(url->text().startsWith("http://127.0.0.2:"_L1), qPrintable(url->text()));
        QVERIFY(url->text().endsWith(token));
        QCOMPARE(pane->findChild<QrCodeWidget *>(u"qr"_s)->text(), url->text().toUtf8());
        QVERIFY(c.window->sharingText().contains("127.0.0.2"_L1));

        // The shared address serves the verification page, and nothing of the API.
        QNetworkAccessManager nam;
        const auto get = [&nam](const QString &address, const QByteArray &key = {}) {
            QNetworkRequest r{QUrl(address)};
            if (!key.isEmpty())
                r.setRawHeader("X-API-Key", key);
            QNetworkReply *reply = nam.get(r);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(3000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(get(url->text()), 200);
        const QString shared = c.workspace->sandboxHost()->sharedUrl();
        const QByteArray key = c.workspace->profileStore()->current().apiKey.toUtf8();
        QCOMPARE(get(shared + u"/verify/v1/result/"_s + token, key), 404);
        QCOMPARE(get(shared + u"/_sandbox/sessions"_s, c.workspace->sandboxHost()->server()->adminKey().toUtf8()), 404);
        QCOMPARE(get(c.workspace->sandboxHost()->baseUrl() + u"/verify/v1/result/"_s + token, key), 200);

        // A new session points at the shared address, and so does its landing page.
        const QString second = createThroughForm(c, u"second-visitor"_s);
        QVERIFY(url->text().startsWith(shared));
        QVERIFY2(c.workspace->sandboxHost()->server()->session(second)->callbackUrl.startsWith(shared),
                 qPrintable(c.workspace->sandboxHost()->server()->session(second)->callbackUrl));

        c.workspace->sandboxHost()->stopSharing();
        QVERIFY(url->text().startsWith("http://127.0.0.1:"_L1));
        QVERIFY(c.window->sharingText().isEmpty());
        QCOMPARE(get(shared + u"/widget/"_s + second), 0);
        // Sessions are kept through all of it.
        QVERIFY(c.workspace->sandboxHost()->server()->session(token));
    }

    void filterAndSearch()
    {
        ConsoleFixture c(m_dir->path());
        const QString passed = createThroughForm(c, u"sandbox:pass"_s);
        const QString open = createThroughForm(c, u"waiting-person"_s);
        SessionModel *model = c.workspace->sessions();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(passed), 0).data(SessionModel::StatusRole).toInt(),
                                  int(WatchStatus::Success), 8000);
        SessionFilterModel *filter = c.window->watchlist()->filterModel();
        auto *combo = c.window->watchlist()->findChild<QComboBox *>(u"statusFilter"_s);
        combo->setCurrentIndex(combo->findData(int(SessionFilterModel::StatusFilter::Passed)));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(SessionModel::TokenRole).toString(), passed);
        combo->setCurrentIndex(0);
        auto *search = c.window->watchlist()->findChild<QLineEdit *>(u"search"_s);
        QTest::keyClicks(search, u"WAITING"_s);
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(SessionModel::TokenRole).toString(), open);
    }

    void aWindowLargerThanItsScreenIsFitted()
    {
        // A size saved at another scale (or on a larger screen) is fitted to the screen the window opens on.
        {
            ConsoleFixture c(m_dir->path());
            c.window->resize(6000, 4000);
            c.window->close();
        }
        ConsoleFixture c(m_dir->path());
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        // The panes fit 800 px without scrolling sideways: a 1600 px wide screen at 200 %.
        const QWidget *content = c.window->findChild<QScrollArea *>(u"contentScroll"_s)->widget();
        QVERIFY2(content->minimumSizeHint().width() <= 800, qPrintable(QString::number(content->minimumSizeHint().width())));
        const QRect available = c.window->screen()->availableGeometry();
        QTRY_VERIFY2(available.contains(c.window->frameGeometry()),
                 qPrintable(u"%1×%2 at %3,%4 on %5×%6"_s.arg(c.window->frameGeometry().width()).arg(c.window->frameGeometry().height())
                                .arg(c.window->frameGeometry().x()).arg(c.window->frameGeometry().y())
                                .arg(available.width()).arg(available.height())));
    }

    void theDefaultSizeNeitherScrollsNorHidesWhatSupportReads()
    {
        // At the size the console opens at, with a notice above the panes, nothing scrolls; the watchlist shows the
        // token, the user id, the status, the method and the failure reason side by side; long values are elided
        // in the middle and whole in the tooltip; the timeline shows its request ids.
        ConsoleFixture c(m_dir->path());
        Workspace &w = *c.workspace;
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        c.window->resize(1280, 800);
        c.window->showNotice(u"Session finished: Failed: xit_0123456789abcdef0123456789abcdef"_s);
        w.tracker()->track({u"xit_0123456789abcdef0123456789abcdef"_s}, QString::fromLatin1(Profile::SandboxId));
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        const auto *scroll = c.window->findChild<QScrollArea *>(u"contentScroll"_s);
        QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        auto *table = c.window->watchlist()->findChild<QTableView *>(u"table"_s);
        QTRY_VERIFY(table->isVisible());
        const QHeaderView *header = table->horizontalHeader();
        int right = 0;
        for (int column : {SessionModel::TokenColumn, SessionModel::UserIdColumn, SessionModel::StatusColumn,
                           SessionModel::MethodColumn, SessionModel::ReasonColumn})
            right = std::max(right, header->sectionViewportPosition(column) + header->sectionSize(column));
        QVERIFY2(right <= table->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(right).arg(table->viewport()->width())));
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        // The token does not fit its column: its tooltip has it whole.
        const QModelIndex cell = table->model()->index(0, SessionModel::TokenColumn);
        const QPoint at = table->visualRect(cell).center();
        QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(table->viewport(), &help);
        QTRY_VERIFY2(QToolTip::text().contains(u"xit_0123456789abcdef0123456789abcdef"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // Narrow, the tool bar's buttons drop their words and the profile chooser stays in view (not behind ">>").
        auto *toolBar = c.window->findChild<QToolBar *>(u"toolBar"_s);
        QComboBox *profiles = nullptr;
        for (auto *combo : toolBar->findChildren<QComboBox *>())
            profiles = combo->accessibleName() == u"Active profile"_s ? combo : profiles;
        QVERIFY(profiles && profiles->isVisible());
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        c.window->resize(640, 600);
        QTRY_COMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QTRY_VERIFY(profiles->isVisible());
        QVERIFY(toolBar->rect().contains(profiles->geometry()));
        c.window->resize(1280, 800);
        QTRY_COMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    void theValidatorJudgesWithTheSessionsProfile()
    {
        // A delivery no profile's secret verified opens in the validator with the secret of the profile of the
        // session it names (whose secret should have made it), not the profile in use.
        ConsoleFixture c(m_dir->path());
        Workspace &w = *c.workspace;
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        Profile staging;
        staging.id = Profile::newId();
        staging.name = u"Staging"_s;
        staging.baseUrl = u"http://127.0.0.1:1"_s;
        staging.apiKey = u"sk_test_staging_validator_1"_s;
        staging.webhookSecret = u"whsec_staging_for_validator"_s;
        w.profileService()->save(staging);
        w.tracker()->track({u"xtk_validatorprofile1"_s}, staging.id);
        const QByteArray body = R"({"id":"evt_v","type":"session.failed","created":1,"data":{"token":"xtk_validatorprofile1"}})";
        QNetworkAccessManager nam;
        QNetworkRequest request(w.inbox()->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Xident-Signature", WebhookVerifier::signatureHeader(body, "whsec_somebody_else", QDateTime::currentSecsSinceEpoch()));
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        delete reply;
        QTRY_COMPARE(w.inboxModel()->rowCount(), 1);
        QVERIFY(!w.inboxModel()->at(0).isValid());
        QVERIFY(w.inboxModel()->at(0).profileId != staging.id);   // shown under the profile in use
        c.window->findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(c.window->inbox());
        auto *table = c.window->inbox()->findChild<QTableView *>(u"table"_s);
        table->selectRow(0);
        auto *open = c.window->inbox()->findChild<QPushButton *>(u"openInValidator"_s);
        QTRY_VERIFY(open->isEnabled());
        open->click();
        auto *source = c.window->validator()->findChild<QComboBox *>(u"secretSource"_s);
        QVERIFY2(source->currentText().contains("Staging"_L1), qPrintable(source->currentText()));
    }

    void outsideTextIsShownAsText()
    {
        // Values from a server, a webhook or a user, shaped as markup, are drawn as the characters they are in every
        // pane: never an image (which Qt would load from a file:// address), a link or bold text.
        const QString markup = u"<img src=\"file:///etc/hostname\">in<a href=\"https://evil.example\">side</a><b>!</b>"_s;
        ConsoleFixture c(m_dir->path());
        Workspace &w = *c.workspace;
        Profile named = w.profileStore()->current();
        named.id = Profile::newId();
        named.name = markup;
        w.profileService()->save(named);
        w.profileStore()->setCurrent(named.id);
        const QString token = createThroughForm(c, markup);
        QVERIFY(!token.isEmpty());
        QVERIFY(w.sandboxHost()->server()->complete(token, u"fail"_s, u"face_mismatch"_s));
        SessionModel *model = w.sessions();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(token), 0).data(SessionModel::StatusRole).toInt(),
                                  int(WatchStatus::Failed), 8000);
        c.window->watchlist()->showSession(token);
        InspectorPane *inspector = c.window->inspector();
        setText(inspector->findChild<QLineEdit *>(u"ticket"_s), markup);
        inspector->findChild<QPlainTextEdit *>(u"note"_s)->setPlainText(markup);
        // A webhook whose event type and ids are markup, signed by nobody.
        const QByteArray body = QJsonDocument(QJsonObject{{"id"_L1, markup}, {"type"_L1, markup},
                                                          {"data"_L1, QJsonObject{{"token"_L1, token}, {"note"_L1, markup}}}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkAccessManager nam;
        QNetworkRequest request(w.inbox()->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Xident-Signature", "t=1,v1=" + QByteArray(64, 'a'));
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        delete reply;

        QStringList rendered;
        const auto markupIn = [](const QString &text) { return text.contains("<img"_L1) && Qt::mightBeRichText(text); };
        // The webhook is selected in the inbox and opened in the validator too.
        auto *tabs = c.window->findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(c.window->inbox());
        auto *inboxTable = c.window->inbox()->findChild<QTableView *>(u"table"_s);
        QTRY_VERIFY(inboxTable->model()->rowCount() > 0);
        inboxTable->selectRow(inboxTable->model()->rowCount() - 1);
        auto *openIt = c.window->inbox()->findChild<QPushButton *>(u"openInValidator"_s);
        QTRY_VERIFY(openIt->isEnabled());
        openIt->click();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(400);   // panes lay out their details a few times a second
            for (QLabel *label : c.window->findChildren<QLabel *>()) {
                if (markupIn(label->text()) && label->textFormat() != Qt::PlainText)
                    rendered.append(u"label %1 in %2"_s.arg(label->objectName(), QString::fromLatin1(label->parentWidget()->metaObject()->className())));
            }
            for (QWidget *widget : c.window->findChildren<QWidget *>()) {
                if (markupIn(widget->toolTip()))
                    rendered.append(u"tooltip of %1"_s.arg(widget->objectName()));
            }
            for (QAbstractItemView *view : c.window->findChildren<QAbstractItemView *>()) {
                QAbstractItemModel *m = view->model();
                for (int r = 0; m && r < std::min(m->rowCount(), 20); ++r) {
                    for (int col = 0; col < m->columnCount(); ++col) {
                        if (markupIn(m->index(r, col).data(Qt::ToolTipRole).toString()))
                            rendered.append(u"tooltip of %1 in %2 (%4), column %3"_s.arg(view->objectName(), QString::fromLatin1(view->parentWidget()->metaObject()->className())).arg(col).arg(QString::fromLatin1(m->metaObject()->className())));
                    }
                }
            }
        }
        rendered.removeDuplicates();
        QVERIFY2(rendered.isEmpty(), qPrintable(rendered.join(u"; "_s)));
    }

    void removingARowCountsAtOnce()
    {
        ConsoleFixture c(m_dir->path());
        const QString profile = c.workspace->profileStore()->currentId();
        c.workspace->tracker()->track({u"xit_countone0001"_s, u"xit_counttwo0002"_s, u"xit_countthree03"_s}, profile);
        auto *count = c.window->watchlist()->findChild<QLabel *>(u"countLabel"_s);
        QTRY_VERIFY2(count->text().startsWith("3 session"_L1), qPrintable(count->text()));
        c.window->watchlist()->showSession(u"xit_counttwo0002"_s);
        c.window->watchlist()->removeAction()->trigger();
        QCOMPARE(c.workspace->sessions()->rowCount(), 2);
        QVERIFY2(count->text().startsWith("2 session"_L1) && !count->text().contains("of"_L1), qPrintable(count->text()));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
