// The Scenarios pane: a file opened, run as a grid whose states change as they go, the failed one run again alone,
// and the results exported as JUnit (validated against tests/data/junit.xsd) and HTML.
#include "console/core/models/scenariomodel.h"
#include "console/core/models/sessionmodel.h"
#include "text/evidence.h"
#include "console/core/workspace.h"
#include "console/mainwindow.h"
#include "console/scenarios/scenariospane.h"
#include "scenarios/scenariorunner.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;
using Xident::Scenarios::RunState;
using Xident::Scenarios::ScenarioRunner;

class tst_ScenariosPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runRerunAndExport()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = dir.filePath(u"data"_s);
        o.sandboxPort = 0;
        o.inboxPort = 0;
        Workspace workspace(o);
        workspace.start();
        MainWindow window(&workspace);
        window.show();
        window.findChild<QAction *>(u"scenariosTabAction"_s)->trigger();
        ScenariosPane *pane = window.scenariosPane();
        QVERIFY(pane->isVisible());
        QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QString file = dir.filePath(u"bench.yaml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("suite: bench\nscenarios:\n  - {name: passes, end: pass}\n  - {name: hoped for a pass, end: \"fail:face_mismatch\", "
                "expect: {status: success}}\n  - {name: cancels, end: {widget: cancel}}\n");
        f.close();
        QVERIFY(pane->openFiles({file}));
        QCOMPARE(pane->model()->rowCount(), 3);
        QCOMPARE(pane->model()->index(0, ScenarioModel::StateColumn).data(ScenarioModel::StateRole).toInt(), int(RunState::Waiting));
        auto *runAll = pane->findChild<QPushButton *>(u"runAll"_s);
        QVERIFY(runAll->isEnabled());

        QSignalSpy finished(pane->runner(), &ScenarioRunner::finished);
        QTest::mouseClick(runAll, Qt::LeftButton);
        QVERIFY(pane->findChild<QPushButton *>(u"stop"_s)->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(pane->model()->counts().value(int(RunState::Passed)), 2);
        QCOMPARE(pane->model()->counts().value(int(RunState::Failed)), 1);
        QCOMPARE(pane->model()->index(1, ScenarioModel::WhyColumn).data().toString(),
                 u"status: expected success, observed failed"_s);
        QCOMPARE(pane->findChild<QProgressBar *>(u"progress"_s)->value(), 3);
        QVERIFY(pane->findChild<QLabel *>(u"summary"_s)->text().contains(u"3 of 3 done: 2 passed, 1 failed"_s));

        // The detail of the failed one: what was expected and seen, and how to run it again from a shell.
        auto *table = pane->findChild<QTableView *>(u"table"_s);
        table->selectRow(1);
        const QString detail = pane->findChild<QPlainTextEdit *>(u"detail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"status: success / failed"_s), qPrintable(detail));
        QVERIFY(detail.contains(u"--scenario 'hoped for a pass'"_s));

        // A scenario's session, read-only: its result and checks, never added to the watchlist.
        table->selectRow(0);
        auto *inspect = pane->findChild<QPushButton *>(u"inspect"_s);
        QVERIFY(inspect->isEnabled());
        const std::optional<Text::Evidence> session = pane->selectedSession();
        QVERIFY(session);
        QCOMPARE(session->sessions.size(), 1);
        QCOMPARE(session->sessions.first().status, u"success"_s);
        QVERIFY(session->sessions.first().token.startsWith(u"xit_"_s));
        QVERIFY(!session->sessions.first().checks.isEmpty());
        const int watched = workspace.sessions()->rowCount();
        QTest::mouseClick(inspect, Qt::LeftButton);
        QDialog *viewer = nullptr;
        QTRY_VERIFY((viewer = window.findChild<QDialog *>()) != nullptr && viewer->isVisible());
        QVERIFY(viewer->windowTitle().contains(u"passes"_s));
        QVERIFY(viewer->findChild<QLabel *>(u"evidenceSource"_s)->text().contains(u"not polled"_s));
        viewer->close();
        QCOMPARE(workspace.sessions()->rowCount(), watched);

        // Running the failed again runs that one alone.
        QSignalSpy started(pane->runner(), &ScenarioRunner::scenarioStarted);
        auto *runFailed = pane->findChild<QPushButton *>(u"runFailed"_s);
        QVERIFY(runFailed->isEnabled());
        finished.clear();
        QTest::mouseClick(runFailed, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), 1);

        // Export: JUnit as CI reads it, and the HTML page.
        const QString junit = dir.filePath(u"report.xml"_s), html = dir.filePath(u"report.html"_s);
        QVERIFY(pane->findChild<QPushButton *>(u"exportJunit"_s)->isEnabled());
        QVERIFY(pane->exportReport(junit, false));
        QVERIFY(pane->exportReport(html, true));
        QProcess lint;
        lint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, QStringLiteral(XIDENT_TEST_DATA_DIR "/junit.xsd"), junit});
        QVERIFY(lint.waitForFinished(30000));
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("hoped for a pass"));
        // A file that does not read replaces nothing.
        QFile bad(dir.filePath(u"bad.yaml"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("scenarios:\n  - {name: a, end: pass, expect: {statu: success}}\n");
        bad.close();
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!pane->openFiles({bad.fileName()}));
        QCOMPARE(pane->model()->rowCount(), 3);
    }
};

QTEST_MAIN(tst_ScenariosPane)
#include "tst_scenariospane.moc"
