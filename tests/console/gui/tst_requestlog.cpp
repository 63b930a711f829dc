// The request log: a retried call (503, 503, 200 from the sandbox's fault script) seen attempt by attempt,
// filters, HAR and JSON exports, the ring's bound, and no key or credential anywhere in what it shows or writes.
#include <XidentQt/redaction.h>
#include "console/application.h"
#include "console/core/models/requestlogmodel.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/workspace.h"
#include "console/create/createsessionpane.h"
#include "console/common/qrcodewidget.h"
#include "console/mainwindow.h"
#include "console/requestlog/requestlogpane.h"
#include "sandbox/sandbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

class tst_RequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        initResources();
    }

    void retriedCallAttemptByAttempt()
    {
        QTemporaryDir dir;
        QSettings settings(dir.path() + u"/c.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = dir.path();
        o.sandboxPort = 0;
        Workspace workspace(o);
        workspace.start();
        MainWindow window(&workspace);
        window.show();
        RequestLogModel *log = workspace.requestLog();
        QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray key = workspace.profileStore()->current().apiKey.toUtf8();
        QVERIFY(!key.isEmpty());

        // The sandbox answers this key's next calls 503, 503, then normally.
        QNetworkAccessManager nam;
        QNetworkRequest put(QUrl(workspace.sandboxHost()->baseUrl() + u"/_sandbox/faults"_s));
        put.setRawHeader("X-API-Key", key);
        put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.put(put, R"({"script":[503,503,200]})");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(3000));
        reply->deleteLater();

        CreateSessionPane *pane = window.createPane();
        QSignalSpy created(pane, &CreateSessionPane::sessionCreated);
        pane->create();
        QVERIFY(created.wait(15000));
        int inits = 0;
        QList<int> statuses;
        for (int r = 0; r < log->rowCount(); ++r) {
            const Exchange &x = log->entry(r).exchange;
            if (x.url.path().endsWith("/init"_L1)) {
                ++inits;
                statuses.append(x.httpStatus);
                QCOMPARE(x.attempt, inits);
            }
        }
        QCOMPARE(statuses, (QList<int>{503, 503, 200}));

        RequestLogPane *pane2 = window.requestLog();
        pane2->setStatusFilter(RequestLogFilterModel::Statuses::Failures);
        QVERIFY(pane2->shownRows() >= 2);
        pane2->setStatusFilter(RequestLogFilterModel::Statuses::ServerError);
        QCOMPARE(pane2->shownRows(), 2);
        pane2->setStatusFilter(RequestLogFilterModel::Statuses::All);
        pane2->setSearchText(u"/init"_s);
        QCOMPARE(pane2->shownRows(), 3);

        // HAR and JSON exports load, with the right entries, and carry no key.
        const QString har = dir.path() + u"/log.har"_s;
        QCOMPARE(pane2->exportTo(har, true, pane2->exportRows()), QString());
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QByteArray harBytes = harFile.readAll();
        const QJsonArray entries = QJsonDocument::fromJson(harBytes).object().value("log"_L1).toObject().value("entries"_L1).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value("response"_L1).toObject().value("status"_L1).toInt(), 503);
        QCOMPARE(entries.at(2).toObject().value("response"_L1).toObject().value("status"_L1).toInt(), 200);
        QCOMPARE(entries.at(0).toObject().value("request"_L1).toObject().value("method"_L1).toString(), u"POST"_s);
        QVERIFY(!harBytes.contains(key));
        const QString json = dir.path() + u"/log.json"_s;
        QCOMPARE(pane2->exportTo(json, false, pane2->exportRows()), QString());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = jsonFile.readAll();
        QCOMPARE(QJsonDocument::fromJson(jsonBytes).array().size(), 3);
        QVERIFY(!jsonBytes.contains(key));
        for (int r = 0; r < log->rowCount(); ++r) {
            const QString curl = RequestLogModel::curlCommand(log->entry(r).exchange);
            QVERIFY(curl.contains("$XIDENT_SECRET_KEY"_L1));
            QVERIFY(!curl.toUtf8().contains(key));
            QVERIFY(!RequestLogModel::detailText(log->entry(r)).toUtf8().contains(key));
        }

        // The webhook secret typed into a request (here the metadata) is not logged either.
        const QString secret = workspace.sandboxHost()->webhookSecret();
        QVERIFY(!secret.isEmpty());
        pane->findChild<QPlainTextEdit *>(u"metadata"_s)->setPlainText(u"{\"note\": \"%1\"}"_s.arg(secret));
        const int before = log->rowCount();
        QVERIFY(!pane->findChild<QLineEdit *>(u"token"_s)->text().isEmpty());
        pane->create();
        // While the next one is made, the last session's token and code are not on show.
        QVERIFY(pane->findChild<QLineEdit *>(u"token"_s)->text().isEmpty());
        QVERIFY(pane->findChild<QrCodeWidget *>(u"qr"_s)->text().isEmpty());
        QVERIFY(created.wait(15000));
        QVERIFY(!pane->findChild<QrCodeWidget *>(u"qr"_s)->text().isEmpty());
        QVERIFY(log->rowCount() > before);
        // The watchlist polls meanwhile: the request is the last /init.
        int lastInit = log->rowCount() - 1;
        while (lastInit >= 0 && !log->entry(lastInit).exchange.url.path().endsWith("/init"_L1))
            --lastInit;
        QVERIFY(lastInit >= before);
        const Exchange &last = log->entry(lastInit).exchange;
        QVERIFY2(last.requestBody.contains("note"), last.requestBody.constData());
        QVERIFY(!last.requestBody.contains(secret.toUtf8()));
        QVERIFY(!log->toHar({lastInit}).contains(secret.toUtf8()));
        QVERIFY(!RequestLogModel::curlCommand(last).contains(secret));

        // Under a filter the totals follow what arrives, the detail never shows a row the filter hides, and the
        // export takes every row shown unless asked for the selected ones.
        pane2->setSearchText({});
        pane2->setStatusFilter(RequestLogFilterModel::Statuses::ServerError);
        auto *table = pane2->findChild<QTableView *>(u"table"_s);
        auto *detail = pane2->findChild<QPlainTextEdit *>(u"detail"_s);
        auto *count = pane2->findChild<QLabel *>(u"countLabel"_s);
        QCOMPARE(pane2->shownRows(), 2);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY2(detail->toPlainText().contains(u"503"_s), qPrintable(detail->toPlainText()));
        QCOMPARE(pane2->exportRows().size(), 2);
        QCOMPARE(pane2->exportRows(true).size(), 1);
        pane->create();
        QVERIFY(created.wait(15000));
        QTRY_VERIFY2(count->text().startsWith(u"2 of %1 "_s.arg(log->rowCount())), qPrintable(count->text()));
        pane2->setStatusFilter(RequestLogFilterModel::Statuses::Success);
        QVERIFY2(!detail->toPlainText().contains(u"503"_s), qPrintable(detail->toPlainText()));
        pane2->setStatusFilter(RequestLogFilterModel::Statuses::All);
    }

    void credentialsAndTheRing()
    {
        RequestLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Exchange x;
        x.method = "GET";
        x.url = QUrl(u"http://127.0.0.1:1/verify/v1/result/xit_abcdefgh1234"_s);
        x.httpStatus = 200;
        x.requestHeaders = {{"Authorization", "Bearer gateway-secret-value"}, {"X-Team", "qa"}};
        x.responseHeaders = {{"Set-Cookie", "session=cookie-secret-value"}};
        // Secrets the console knows (other profiles' keys, webhook secrets) are taken out of bodies too.
        log.setSecrets({u"whsec_unit_secret_value_1234"_s, u"short"_s});
        x.requestBody = R"({"metadata":{"note":"whsec_unit_secret_value_1234"}})";
        x.responseBody = R"({"echo":"unit_secret_value_1234"})";   // a fragment of it
        x.url = QUrl(u"http://127.0.0.1:1/verify/v1/result/xit_abcdefgh1234?s=whsec_unit_secret_value_1234"_s);
        log.setCapacity(3);
        for (int i = 0; i < 5; ++i) {
            x.requestId = u"req_%1"_s.arg(i);
            log.append(u"p"_s, x);
        }
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.entry(0).exchange.requestId, u"req_2"_s);
        // Entries are named by serial while the ring moves under them (an export waits for its file dialog).
        const QList<quint64> serials{log.entry(1).serial, log.entry(2).serial};
        x.requestId = u"req_5"_s;
        log.append(u"p"_s, x);
        QCOMPARE(log.rowsOf(serials), (QList<int>{0, 1}));
        QCOMPARE(log.entry(log.rowsOf(serials).at(0)).exchange.requestId, u"req_3"_s);
        log.append(u"p"_s, x);
        QCOMPARE(log.rowsOf(serials), (QList<int>{0}));   // req_3 went with the ring
        QCOMPARE(log.entry(0).exchange.requestId, u"req_4"_s);
        const QByteArray har = log.toHar({0, 1, 2});
        QVERIFY(!har.contains("gateway-secret-value"));
        QVERIFY(!har.contains("cookie-secret-value"));
        QVERIFY(har.contains("qa"));
        QVERIFY(!har.contains("unit_secret_value"));
        QVERIFY(!RequestLogModel::detailText(log.entry(0)).contains("unit_secret_value"_L1));
        QVERIFY(!RequestLogModel::curlCommand(log.entry(0).exchange).contains("unit_secret_value"_L1));
        QVERIFY(har.contains("metadata"));
        QVERIFY(!RequestLogModel::curlCommand(log.entry(0).exchange).contains("gateway-secret-value"_L1));

        // Nor in an error's message, in a URL's percent-encoding, or at the end of a body cut mid-secret.
        RequestLogModel more;
        more.setSecrets({u"whsec_unit_secret_value_1234"_s, u"gw-Tok9/Ab+Cd7=Ef3/Gh"_s});
        Exchange y;
        y.method = "GET";
        y.url = QUrl(u"http://127.0.0.1:1/verify/v1/result/xit_abcdefgh1234?auth=gw-Tok9%2FAb%2BCd7%3DEf3%2FGh"_s);
        y.httpStatus = 401;
        y.error = Error(ErrorKind::Authentication, u"secret whsec_unit_secret_value_1234 rejected"_s);
        y.responseBody = QByteArray(Exchange::BodyLogLimit - 17, 'a') + "whsec_unit_secret";   // cut after 11 of it
        more.append(u"p"_s, y);
        const QString detail = RequestLogModel::detailText(more.entry(0));
        QVERIFY2(!detail.contains("unit_secret"_L1), qPrintable(detail.right(300)));
        QVERIFY(!detail.contains("Tok9"_L1));
        QVERIFY(!more.toJson({0}).contains("unit_secret"));
        QVERIFY(!more.index(0, RequestLogModel::ErrorColumn).data(Qt::ToolTipRole).toString().contains("unit_secret"_L1));
        QVERIFY(!RequestLogModel::curlCommand(more.entry(0).exchange).contains("Tok9"_L1));
        QVERIFY(more.entry(0).exchange.responseBody.endsWith(Xident::RedactionMarker.toUtf8()));

        log.setCapacity(1);
        QCOMPARE(log.rowCount(), 1);
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }
};

QTEST_MAIN(tst_RequestLog)
#include "tst_requestlog.moc"
