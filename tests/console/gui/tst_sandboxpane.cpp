// The Sandbox pane drives the sandbox behind the profile in use, the embedded one or an external xident-sandbox
// recognised by its /health answer: a script of 503, 503, 200 set from the pane is three attempts in the request
// log; the inbox answering 500 twice on purpose is three attempts in the pane's delivery list, then delivered; a
// server that is no sandbox gets neither the pane nor magic outcomes.
#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include "console/core/clientpool.h"
#include "console/core/connectionmonitor.h"
#include "console/core/models/deliverymodel.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/requestlogmodel.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/webhookinbox.h"
#include "console/core/workspace.h"
#include "console/create/createsessionpane.h"
#include "console/mainwindow.h"
#include "console/sandbox/sandboxpane.h"
#include "console/webhooks/webhookinboxpane.h"
#include "http/httpserver.h"
#include "sandbox/sandbox.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

struct TestConsole
{
    explicit TestConsole(const QString &root)
        : settings(root + u"/console.ini"_s, QSettings::IniFormat)
    {
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = root + u"/data"_s;
        o.sandboxPort = 0;
        o.inboxPort = 0;
        o.sandboxMagicDelayMs = 100;
        workspace = std::make_unique<Workspace>(o);
        workspace->start();
        window = std::make_unique<MainWindow>(workspace.get());
        window->show();
        window->findChild<QAction *>(u"sandboxTabAction"_s)->trigger();
    }
    ~TestConsole()
    {
        window.reset();
        workspace.reset();
    }
    template<typename T>
    T *inPane(QWidget *pane, const char *name) const
    {
        return pane->findChild<T *>(QString::fromLatin1(name));
    }
    SandboxPane *pane() const { return window->sandboxPane(); }
    QString addProfile(const QString &name, const QString &baseUrl, const QString &key)
    {
        Profile p;
        p.id = Profile::newId();
        p.name = name;
        p.baseUrl = baseUrl;
        p.apiKey = key;
        workspace->profileService()->save(p);
        return p.id;
    }
    QString create(const QString &userId)
    {
        if (!QTest::qWaitFor([this] { return workspace->clients()->currentClient() != nullptr; }, 5000))
            return {};
        InitParams params;
        params.callbackUrl = u"https://shop.example/done"_s;
        params.userId = userId;
        std::unique_ptr<InitJob> job(workspace->clients()->currentClient()->init(params));
        job->setAutoDelete(false);
        QSignalSpy done(job.get(), &Job::finished);
        job->start();
        return done.wait(20000) && !job->error() ? job->result().token : QString();
    }

    QSettings settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class tst_SandboxPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScriptSetFromThePaneIsThreeAttempts()
    {
        QTemporaryDir dir;
        TestConsole c(dir.path());
        SandboxPane *pane = c.pane();
        QTRY_VERIFY(c.inPane<QGroupBox>(pane, "faultsBox")->isEnabled());
        QTRY_VERIFY(c.inPane<QLabel>(pane, "activeFaults")->text().contains(u"none"_s));
        auto *script = c.inPane<QLineEdit>(pane, "script");
        script->setFocus();
        QTest::keyClicks(script, u"503 , 503, 200"_s);
        QTest::mouseClick(c.inPane<QPushButton>(pane, "applyFaults"), Qt::LeftButton);
        QTRY_VERIFY2(c.inPane<QLabel>(pane, "activeFaults")->text().contains(u"3 scripted answer"_s),
                     qPrintable(c.inPane<QLabel>(pane, "activeFaults")->text()));
        const int before = c.workspace->requestLog()->rowCount();
        QVERIFY(!c.create(u"someone"_s).isEmpty());
        // Three attempts of one call: 503, 503, then the session.
        QList<int> statuses;
        for (int row = before; row < c.workspace->requestLog()->rowCount(); ++row) {
            const Exchange &x = c.workspace->requestLog()->entry(row).exchange;
            if (x.url.path().endsWith(u"/init"_s))
                statuses.append(x.httpStatus);
        }
        QCOMPARE(statuses, (QList<int>{503, 503, 200}));
        // Clearing goes back to plain service, and a bad script is refused in words before anything is sent.
        QTest::mouseClick(c.inPane<QPushButton>(pane, "clearFaults"), Qt::LeftButton);
        QTRY_VERIFY(c.inPane<QLabel>(pane, "activeFaults")->text().contains(u"none"_s));
        QVERIFY(script->text().isEmpty());
        script->setText(u"503, teapot"_s);
        QTest::mouseClick(c.inPane<QPushButton>(pane, "applyFaults"), Qt::LeftButton);
        QVERIFY(c.inPane<QLabel>(pane, "activeFaults")->text().contains(u"\"teapot\" is not an HTTP status"_s));
    }

    void anInboxAnsweringBadlyIsRetriedUntilDelivered()
    {
        QTemporaryDir dir;
        TestConsole c(dir.path());
        QAbstractItemModelTester tester(c.pane()->deliveryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The inbox answers 500 to the next two deliveries, set from its pane.
        WebhookInboxPane *inbox = c.window->inbox();
        auto *status = c.inPane<QComboBox>(inbox, "badStatus");
        status->setCurrentIndex(status->findData(500));
        c.inPane<QSpinBox>(inbox, "badCount")->setValue(2);
        c.inPane<QCheckBox>(inbox, "badAnswers")->setChecked(true);
        QVERIFY(c.workspace->inbox()->badAnswers().on);
        QVERIFY(c.inPane<QLabel>(inbox, "badState")->text().contains(u"for the next 2 deliver"_s));
        const QString token = c.create(u"sandbox:pass"_s);
        QVERIFY(!token.isEmpty());
        // The pane lists the delivery with each attempt: two refused, the third delivered.
        DeliveryModel *deliveries = c.pane()->deliveryModel();
        QTRY_VERIFY_WITH_TIMEOUT(deliveries->deliveryCount() == 1
                                     && deliveries->index(0, 0).data(DeliveryModel::DeliveredRole).toBool(),
                                 20000);
        const QModelIndex delivery = deliveries->index(0, 0);
        QCOMPARE(deliveries->rowCount(delivery), 3);
        QCOMPARE(deliveries->index(0, DeliveryModel::AnswerColumn, delivery).data().toString(), u"HTTP 500"_s);
        QCOMPARE(deliveries->index(2, DeliveryModel::AnswerColumn, delivery).data().toString(), u"answered 200"_s);
        QCOMPARE(deliveries->index(0, DeliveryModel::SessionColumn).data().toString(), token);
        QVERIFY(deliveries->index(0, DeliveryModel::AnswerColumn).data().toString().contains(u"after 3 attempt"_s));
        // The inbox lists all three, the first two as answered badly on purpose; then it answers well again.
        InboxModel *list = c.workspace->inboxModel();
        QTRY_COMPARE(list->rowCount(), 3);
        int onPurpose = 0;
        for (int row = 0; row < list->rowCount(); ++row)
            onPurpose += list->index(row, InboxModel::VerdictColumn).data().toString().contains(u"answered 500 on purpose"_s);
        QCOMPARE(onPurpose, 2);
        QVERIFY(!c.workspace->inbox()->badAnswers().on);
        QVERIFY(!c.inPane<QCheckBox>(inbox, "badAnswers")->isChecked());
        // Sent again from the pane: one more attempt, delivered at once.
        c.window->findChild<QAction *>(u"sandboxTabAction"_s)->trigger();
        auto *tree = c.pane()->findChild<QAbstractItemView *>(u"deliveries"_s);
        tree->setCurrentIndex(deliveries->index(0, 0));
        QTest::mouseClick(c.inPane<QPushButton>(c.pane(), "resend"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deliveries->rowCount(deliveries->index(0, 0)), 4, 10000);
        QTRY_COMPARE(list->rowCount(), 4);
    }

    void anExternalSandboxIsRecognisedByWhatItAnswers()
    {
        QTemporaryDir dir;
        TestConsole c(dir.path());
        Sandbox::Options o;
        o.port = 0;
        Sandbox::Server external(o);
        QVERIFY(external.start());
        // A server that answers /health like any web server, without the sandbox's marker.
        Http::Server plain([](const Http::Request &) { return Http::Response{}; });
        const quint16 plainPort = plain.listen(QHostAddress::LocalHost, 0);
        QVERIFY(plainPort);
        auto *magic = c.window->createPane()->findChild<QToolButton *>(u"magicButton"_s);
        QVERIFY(magic->isEnabled());   // the embedded sandbox's profile

        const QString staging = c.addProfile(u"Staging"_s, u"http://127.0.0.1:%1"_s.arg(plainPort), u"sk_test_plain_server"_s);
        QVERIFY(c.workspace->profileStore()->setCurrent(staging));
        QTRY_COMPARE(c.workspace->monitor()->state(), ConnectionMonitor::State::Online);
        QVERIFY(!c.workspace->monitor()->isSandbox());
        QTRY_VERIFY(!magic->isEnabled());
        QVERIFY(!c.inPane<QGroupBox>(c.pane(), "faultsBox")->isEnabled());
        QVERIFY(c.inPane<QLabel>(c.pane(), "state")->text().contains(u"does not name itself a sandbox"_s));

        const QString shared = c.addProfile(u"Team sandbox"_s, external.baseUrl(), u"sk_test_team_sandbox"_s);
        QVERIFY(c.workspace->profileStore()->setCurrent(shared));
        QTRY_VERIFY(c.workspace->monitor()->isSandbox());
        QTRY_VERIFY(magic->isEnabled());
        QTRY_VERIFY(c.inPane<QGroupBox>(c.pane(), "faultsBox")->isEnabled());
        QVERIFY(c.inPane<QLabel>(c.pane(), "state")->text().contains(u"is the xident-sandbox at"_s));
        QVERIFY(!c.inPane<QLabel>(c.pane(), "state")->text().contains(u"sk_test_team_sandbox"_s));   // the key, redacted
        // Faults set from the pane reach that sandbox, for this key only.
        c.inPane<QSpinBox>(c.pane(), "latency")->setValue(250);
        QTest::mouseClick(c.inPane<QPushButton>(c.pane(), "applyFaults"), Qt::LeftButton);
        QTRY_VERIFY(c.inPane<QLabel>(c.pane(), "activeFaults")->text().contains(u"latency 250 ms"_s));
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(external.baseUrl() + u"/_sandbox/faults"_s));
        request.setRawHeader("X-API-Key", "sk_test_team_sandbox");
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy answered(reply.get(), &QNetworkReply::finished);
        QVERIFY(answered.wait(5000));
        QVERIFY(reply->readAll().contains("\"latency_ms\":250"));
        // A magic value from the form completes there.
        const QString token = c.create(u"sandbox:fail:face_mismatch"_s);
        QVERIFY(!token.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(external.session(token)->status, u"failed"_s, 10000);
    }
};

QTEST_MAIN(tst_SandboxPane)
#include "tst_sandboxpane.moc"
