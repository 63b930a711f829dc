// The webhook inbox: deliveries from the in-process sandbox and from an external xident-sandbox arrive valid and
// are matched to their watchlist rows (icon, timeline, immediate poll); a tampered one is invalid and applied to
// nothing; replay and forward reach a receiver byte for byte; 405, 413 and garbage are refused and listed; a
// webhook that contradicts polling is flagged; the list survives a restart.
#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/webhook.h>
#include "console/application.h"
#include "console/core/clientpool.h"
#include "console/core/history/historystore.h"
#include "console/core/models/inboxfiltermodel.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/sessiontracker.h"
#include "console/core/webhookinbox.h"
#include "console/core/webhookrouter.h"
#include "console/core/workspace.h"
#include "console/mainwindow.h"
#include "console/sessions/inspectorpane.h"
#include "console/sessions/watchlistpane.h"
#include "console/webhooks/webhookinboxpane.h"
#include "http/httpserver.h"
#include "sandbox/sandbox.h"
#include "webhookflood.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTabWidget>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

struct Fixture
{
    explicit Fixture(const QString &dataDir = {}, bool sandbox = true)
    {
        path = dataDir.isEmpty() ? dir.path() : dataDir;
        settings = std::make_unique<QSettings>(path + u"/c.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = settings.get();
        o.dataDir = path;
        o.sandboxPort = 0;
        o.inboxPort = 0;
        o.embeddedSandbox = sandbox;
        o.sandboxMagicDelayMs = 200;
        workspace = std::make_unique<Workspace>(o);
        workspace->start();
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Workspace> workspace;
};

QString initSession(Client *client, const QString &userId)
{
    InitParams params;
    params.callbackUrl = u"http://127.0.0.1:1/done"_s;
    params.userId = userId;
    InitJob *job = client->init(params);
    QSignalSpy done(job, &Job::finished);
    job->start();
    if (!done.wait(10000) || job->error())
        return {};
    return job->result().token;
}

struct Answer
{
    int status = 0;
    QByteArray allow;
};

Answer post(const QUrl &url, const QByteArray &body, const QByteArray &signature, const QByteArray &method = "POST")
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!signature.isEmpty())
        request.setRawHeader("X-Xident-Signature", signature);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Allow")};
    delete reply;
    return a;
}

//! A receiver for replays and forwards: keeps what it got and answers 202 with a header and a body.
struct Receiver
{
    Receiver()
        : server([this](const Http::Request &r) {
            requests.append(r);
            Http::Response answer;
            answer.status = 202;
            answer.headers.append({QByteArray("X-Receiver"), QByteArray("test")});
            answer.body = R"({"ok":true})";
            return answer;
        })
    {
        port = server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:%1/hooks"_s.arg(port); }
    Http::Server server;
    quint16 port = 0;
    QList<Http::Request> requests;
};

} // namespace

class tst_WebhookInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        initResources();
    }

    void englishPluralsWhereNoCatalogIs()
    {
        // Swedish: the console has no catalog for it. The English one answers instead, with its plural forms
        // ("2 requests", "2 bytes") rather than the sources' "request(s)".
        QVERIFY(installTranslations(u"sv"_s).contains(u"English is used"_s));
        {
            Fixture f;
            WebhookInboxPane pane(f.workspace->webhookRouter(), f.workspace->inbox(), f.workspace->inboxModel(), f.workspace->profileStore(), f.workspace->settings());
            QCOMPARE(post(f.workspace->inbox()->url(), "{}", {}).status, 200);
            QCOMPARE(post(f.workspace->inbox()->url(), "{}", {}).status, 200);
            auto *count = pane.findChild<QLabel *>(u"countLabel"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(count->text().startsWith(u"2 requests listed"_s), qPrintable(count->text()), 5000);
            QCOMPARE(f.workspace->inboxModel()->index(0, InboxModel::SizeColumn).data().toString(), u"2 bytes"_s);
        }
        installTranslations(u"en"_s);
        QLocale::setDefault(QLocale::system());
    }

    void sandboxDeliveriesArriveValidAndMatched()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        QVERIFY(w.inbox()->isListening());
        QVERIFY(w.inbox()->url().host() == u"127.0.0.1"_s);
        QAbstractItemModelTester inboxTester(w.inboxModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessionsTester(w.sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        auto owned = std::make_unique<MainWindow>(&w);
        MainWindow &window = *owned;
        window.show();

        Client *client = w.clients()->client(QString::fromLatin1(Profile::SandboxId));
        QVERIFY(client);
        const QString passed = initSession(client, u"sandbox:pass"_s);
        const QString failed = initSession(client, u"sandbox:fail:face_mismatch"_s);
        QVERIFY(!passed.isEmpty() && !failed.isEmpty());
        w.tracker()->track({passed, failed}, QString::fromLatin1(Profile::SandboxId));

        InboxModel *inbox = w.inboxModel();
        QVERIFY(QTest::qWaitFor([&] { return inbox->rowCount() >= 2; }, 10000));
        QHash<QString, QString> typeOf;
        for (int row = 0; row < inbox->rowCount(); ++row) {
            const ReceivedWebhook &r = inbox->at(row);
            QCOMPARE(r.verdictCode(), u"valid"_s);
            QCOMPARE(r.profileId, QString::fromLatin1(Profile::SandboxId));
            QVERIFY2(r.matchedToken == passed || r.matchedToken == failed, qPrintable(r.matchedToken));
            QVERIFY(r.sessionRef.startsWith(u"xtk_"_s));   // the body names the result token only
            typeOf.insert(r.matchedToken, r.eventType);
        }
        QCOMPARE(typeOf.value(passed), u"session.success"_s);
        QCOMPARE(typeOf.value(failed), u"session.failed"_s);

        // The rows show it, and the poll it caused confirms it.
        SessionModel *model = w.sessions();
        for (const QString &token : {passed, failed}) {
            const QModelIndex index = model->index(model->rowOf(token), SessionModel::TokenColumn);
            QVERIFY(QTest::qWaitFor([&] {
                return index.data(SessionModel::WebhookStateRole).toInt() == int(SessionModel::WebhookState::Agrees);
            }, 10000));
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"polling agrees"_s));
        }

        // The timeline records the webhook, in the history too.
        w.history()->flush();
        QSignalSpy timeline(w.history(), &HistoryStore::timelineLoaded);
        w.history()->loadTimeline(passed);
        w.history()->flush();
        QCOMPARE(timeline.size(), 1);
        bool webhookEntry = false;
        for (const StatusChange &c : timeline.at(0).at(1).value<QList<StatusChange>>())
            webhookEntry = webhookEntry || (c.event == u"session.success"_s && c.to == u"success"_s);
        QVERIFY(webhookEntry);
        window.watchlist()->showSession(passed);
        auto *note = window.inspector()->findChild<QLabel *>(u"webhookNote"_s);
        QVERIFY(QTest::qWaitFor([&] { return note->isVisible(); }, 3000));
        QVERIFY(note->text().contains(u"session.success"_s));

        // Nothing secret in what the pane shows.
        auto *pane = window.inbox();
        pane->selectRow(0);
        QVERIFY(pane->detailText().contains(u"X-Xident-Signature"_s));
        QVERIFY(!pane->detailText().contains(w.sandboxHost()->webhookSecret()));
        QVERIFY(!pane->detailText().contains(w.profileStore()->current().apiKey));

        // The list survives a restart of the console (the same data folder).
        const QString dataDir = f.path;
        const QList<qint64> ids{inbox->at(0).id, inbox->at(1).id};
        w.history()->flush();
        owned.reset();
        f.workspace.reset();
        Fixture again(dataDir);
        QVERIFY(QTest::qWaitFor([&] { return again.workspace->inboxModel()->rowCount() >= 2; }, 5000));
        QCOMPARE(again.workspace->inboxModel()->at(0).id, ids.at(0));
        QCOMPARE(again.workspace->inboxModel()->at(0).verdictCode(), u"valid"_s);
    }

    void externalSandboxDeliversToo()
    {
        Fixture f({}, false);
        Workspace &w = *f.workspace;
        QVERIFY(w.inbox()->isListening());
        QProcess sandbox;
        sandbox.start(QStringLiteral(XIDENT_SANDBOX_PATH),
                      {u"--port"_s, u"0"_s, u"--webhook-secret"_s, u"whsec_external_test_secret"_s,
                       u"--api-key"_s, u"sk_test_external_key_0001"_s, u"--webhook-url"_s, w.inbox()->url().toString()});
        QVERIFY(sandbox.waitForStarted());
        QByteArray banner;
        QVERIFY(QTest::qWaitFor([&] { banner += sandbox.readAllStandardOutput(); return banner.contains("listening on http://127.0.0.1:") && banner.count('\n') >= 2; }, 10000));
        const QByteArray port = banner.mid(banner.indexOf("127.0.0.1:") + 10).split('\n').first().trimmed();

        Profile p;
        p.id = Profile::newId();
        p.name = u"External sandbox"_s;
        p.baseUrl = u"http://127.0.0.1:"_s + QString::fromLatin1(port);
        p.apiKey = u"sk_test_external_key_0001"_s;
        p.webhookSecret = u"whsec_external_test_secret"_s;
        w.profileService()->save(p);
        Client *client = w.clients()->client(p.id);
        QVERIFY(client);
        const QString token = initSession(client, u"sandbox:pass"_s);
        QVERIFY(!token.isEmpty());
        w.tracker()->track({token}, p.id);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() >= 1; }, 15000));
        const ReceivedWebhook r = w.inboxModel()->at(0);
        QCOMPARE(r.verdictCode(), u"valid"_s);
        QCOMPARE(r.profileId, p.id);   // judged by the secret that signed it
        QCOMPARE(r.eventType, u"session.success"_s);
        QCOMPARE(r.matchedToken, token);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void tamperedIsInvalidAndAppliedToNothing()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        w.tracker()->track({u"xtk_tamperedtarget01"_s}, QString::fromLatin1(Profile::SandboxId));
        const QByteArray body = R"({"id":"evt_t","type":"session.success","created":1,"data":{"token":"xtk_tamperedtarget01","status":"success"}})";
        const QByteArray secret = w.sandboxHost()->webhookSecret().toUtf8();
        const QByteArray header = WebhookVerifier::signatureHeader(body, secret, QDateTime::currentSecsSinceEpoch());
        QByteArray tampered = body;
        tampered.replace("success\"}", "failed\"}}").chop(1);
        QCOMPARE(post(w.inbox()->url(), tampered, header).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 1; }, 5000));
        const ReceivedWebhook r = w.inboxModel()->at(0);
        QCOMPARE(r.verdictCode(), u"signature_mismatch"_s);
        QVERIFY(r.matchedToken.isEmpty());
        QCOMPARE(InboxModel::verdictLabel(r), u"signature mismatch"_s);
        const int row = w.sessions()->rowOf(u"xtk_tamperedtarget01"_s);
        QCOMPARE(w.sessions()->index(row, 0).data(SessionModel::WebhookStateRole).toInt(), int(SessionModel::WebhookState::None));

        // The same bytes as signed are valid.
        QCOMPARE(post(w.inbox()->url(), body, header).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 2; }, 5000));
        QCOMPARE(w.inboxModel()->at(1).verdictCode(), u"valid"_s);
        QCOMPARE(w.inboxModel()->at(1).matchedToken, u"xtk_tamperedtarget01"_s);
    }

    void replayAndForwardByteForByte()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        MainWindow window(&w);
        WebhookInboxPane *pane = window.inbox();
        Receiver receiver;
        QVERIFY(receiver.port);

        // Forwarding refuses what cannot work, and the inbox itself.
        QVERIFY(!pane->setForwarding(u"ftp://127.0.0.1/x"_s).isEmpty());
        QVERIFY(!pane->setForwarding(u"not a url"_s).isEmpty());
        QVERIFY(!pane->setForwarding(w.inbox()->url().toString()).isEmpty());
        QCOMPARE(pane->setForwarding(receiver.url()), QString());

        // Bytes a text round trip would change: CRLF, a BOM, a trailing space and newline, invalid UTF-8.
        const QByteArray body = "\xEF\xBB\xBF{\"id\":\"evt_r\",\r\n \"type\":\"session.success\",\"x\":\"\xff\"} \n";
        const QByteArray header = WebhookVerifier::signatureHeader(body, w.sandboxHost()->webhookSecret().toUtf8(),
                                                                   QDateTime::currentSecsSinceEpoch());
        QCOMPARE(post(w.inbox()->url(), body, header).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return receiver.requests.size() == 1; }, 10000));
        QCOMPARE(receiver.requests.at(0).body, body);
        QCOMPARE(receiver.requests.at(0).header("X-Xident-Signature"), header);
        QVERIFY(QTest::qWaitFor([&] { return pane->answersText().contains(u"HTTP 202"_s); }, 5000));
        QVERIFY(pane->answersText().contains(u"X-Receiver: test"_s));
        QVERIFY(pane->answersText().contains(uR"({"ok":true})"_s));
        QCOMPARE(w.inboxModel()->at(0).body, body);

        // A request that was already forwarded is listed but not forwarded again: no loop through receivers.
        QVERIFY(!pane->setForwarding(u"http://localhost:%1/webhooks"_s.arg(w.inbox()->port())).isEmpty());
        QVERIFY(!pane->setForwarding(u"http://[::1]:%1/x"_s.arg(w.inbox()->port())).isEmpty());
        QVERIFY(WebhookInbox::reachesThisMachine(QUrl(u"http://127.0.0.5:1/"_s)));
        QVERIFY(WebhookInbox::reachesThisMachine(QUrl(u"http://0.0.0.0:1/"_s)));
        QVERIFY(!WebhookInbox::reachesThisMachine(QUrl(u"http://192.0.2.1:1/"_s)));   // never contacted
        QCOMPARE(receiver.requests.at(0).header(WebhookInbox::ForwardMarker), QByteArray("1"));
        {
            QNetworkAccessManager nam;
            QNetworkRequest again(w.inbox()->url());
            again.setRawHeader(WebhookInbox::ForwardMarker, "1");
            again.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = nam.post(again, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(5000));
            delete reply;
        }
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 2; }, 5000));
        QTest::qWait(300);
        QCOMPARE(receiver.requests.size(), 1);
        w.webhookRouter()->clear();
        QCOMPARE(w.inboxModel()->rowCount(), 0);
        QCOMPARE(post(w.inbox()->url(), body, header).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return receiver.requests.size() == 2; }, 10000));
        receiver.requests.removeLast();
        // The forward leaves as the request comes; the verdict (judged on a worker thread) may follow it.
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 1; }, 5000));

        // Replay: again, to a URL of the user's choice.
        QCOMPARE(pane->setForwarding({}), QString());
        pane->selectRow(0);
        QVERIFY(!pane->replaySelected(u"ftp://x"_s));
        QVERIFY(pane->answersText().contains(u"Replay not sent"_s));
        QVERIFY(!pane->replaySelected(u"not a url"_s));
        QVERIFY(pane->answersText().contains(u"\"not a url\""_s));   // what was typed, not an empty string
        QVERIFY(pane->replaySelected(receiver.url()));
        QVERIFY(QTest::qWaitFor([&] { return receiver.requests.size() == 2; }, 10000));
        QCOMPARE(receiver.requests.at(1).body, body);
        QCOMPARE(receiver.requests.at(1).header("X-Xident-Signature"), header);
        QVERIFY(QTest::qWaitFor([&] { return pane->answersText().count(u"HTTP 202"_s) == 2; }, 5000));
        QCOMPARE(w.inboxModel()->rowCount(), 1);   // forwards and replays are not received again

        // A receiver that is not there: said, not hung.
        Receiver gone;
        const QString goneUrl = gone.url();
        gone.server.close();
        QVERIFY(pane->replaySelected(goneUrl));
        QVERIFY(QTest::qWaitFor([&] { return pane->answersText().contains(u"No answer from"_s); }, 10000));
    }

    void refusedRequestsAreListed()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        const QUrl url = w.inbox()->url();
        const Answer get = post(url, {}, {}, "GET");
        QCOMPARE(get.status, 405);
        QCOMPARE(get.allow, QByteArray("POST"));
        const Answer put = post(url, "{}", {}, "PUT");
        QCOMPARE(put.status, 405);
        {
            // Refused from the declared length, before the body is read (a client gets 413 at once).
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, w.inbox()->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(WebhookInbox::MaxBodyBytes + 1) + "\r\n\r\n{\"a\":");
            QByteArray answer;
            QVERIFY(QTest::qWaitFor([&] { answer += socket.readAll(); return answer.contains("\r\n\r\n"); }, 5000));
            QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        }
        // Garbage on the socket: a 400 from the guard, listed, and the inbox goes on.
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, w.inbox()->port());
        QVERIFY(garbage.waitForConnected(5000));
        garbage.write("\x16\x03\x01\x02\x00 not http at all\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return garbage.state() != QAbstractSocket::ConnectedState || garbage.bytesAvailable(); }, 5000));

        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() >= 4; }, 5000));
        QList<int> statuses;
        for (int row = 0; row < w.inboxModel()->rowCount(); ++row) {
            const ReceivedWebhook &r = w.inboxModel()->at(row);
            QVERIFY(!r.refused.isEmpty());
            QCOMPARE(r.verdictCode(), u"refused"_s);
            QVERIFY(InboxModel::verdictLabel(r).startsWith(u"refused"_s));
            statuses.append(r.answeredStatus);
        }
        QVERIFY(statuses.contains(405));
        QVERIFY(statuses.contains(413));
        QVERIFY(statuses.contains(400));
        QVERIFY(w.inboxModel()->at(0).body.isEmpty() || w.inboxModel()->at(0).body.size() < 1024);

        // Still receiving.
        QCOMPARE(post(url, "{}", {}).status, 200);
    }

    void aFloodOfRefusalsIsOneRow()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        QAbstractItemModelTester tester(w.inboxModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl url = w.inbox()->url();
        QCOMPARE(post(url, "{}", {}).status, 200);   // a delivery the flood must not push out
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, w.inbox()->port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray flood;
        for (int i = 0; i < 300; ++i)
            flood += "GET /webhooks HTTP/1.1\r\nHost: x\r\n\r\n";
        socket.write(flood);
        QByteArray answers;
        QVERIFY(QTest::qWaitFor([&] { answers += socket.readAll(); return answers.count("HTTP/1.1 405") == 300; }, 15000));
        InboxModel *model = w.inboxModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount() == 2 ? model->at(1).repeats : 0, 300, 5000);
        QCOMPARE(model->at(0).answeredStatus, 200);
        const ReceivedWebhook flooded = model->at(1);   // a copy: the workspace goes below
        QCOMPARE(flooded.answeredStatus, 405);
        QVERIFY(flooded.lastAt >= flooded.receivedAt);
        const QString label = model->index(1, InboxModel::VerdictColumn).data().toString();
        QVERIFY2(label.contains(u"405"_s) && label.contains(u"300"_s), qPrintable(label));
        QVERIFY(model->index(1, InboxModel::VerdictColumn).data(Qt::ToolTipRole).toString().contains(u"300"_s));
        // Another kind of refusal is a row of its own.
        QCOMPARE(post(url, "{}", {}, "PUT").status, 405);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);
        QCOMPARE(model->at(2).repeats, 1);

        // The count is kept in the history.
        const QString dataDir = f.path;
        w.history()->flush();
        f.workspace.reset();
        Fixture again(dataDir);
        InboxModel *reloaded = again.workspace->inboxModel();
        QVERIFY(QTest::qWaitFor([&] { return reloaded->rowCount() == 3; }, 5000));
        QCOMPARE(reloaded->at(1).repeats, 300);
        QCOMPARE(reloaded->at(1).lastAt, flooded.lastAt);
    }

    void filterByVerdictAndText()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        WebhookInboxPane pane(w.webhookRouter(), w.inbox(), w.inboxModel(), w.profileStore(), w.settings());
        InboxFilterModel *filter = pane.filterModel();
        QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl url = w.inbox()->url();
        const QByteArray body = R"({"id":"evt_filter1","type":"session.success","created":1,"data":{"token":"xtk_filtertest01"}})";
        const QByteArray secret = w.sandboxHost()->webhookSecret().toUtf8();
        QCOMPARE(post(url, body, WebhookVerifier::signatureHeader(body, secret, QDateTime::currentSecsSinceEpoch())).status, 200);
        QCOMPARE(post(url, R"({"id":"evt_unsigned","type":"session.expired","created":1,"data":{}})", {}).status, 200);
        QCOMPARE(post(url, {}, {}, "GET").status, 405);
        QTRY_COMPARE_WITH_TIMEOUT(filter->rowCount(), 3, 5000);
        auto *show = pane.findChild<QComboBox *>(u"show"_s);
        auto *search = pane.findChild<QLineEdit *>(u"search"_s);
        auto *count = pane.findChild<QLabel *>(u"countLabel"_s);
        const auto shownIds = [&] {
            QStringList ids;
            for (int row = 0; row < filter->rowCount(); ++row)
                ids.append(filter->index(row, InboxModel::EventColumn).data().toString());
            return ids;
        };
        show->setCurrentIndex(show->findData(QVariant::fromValue(InboxFilterModel::Show::Valid)));
        QCOMPARE(shownIds(), QStringList{u"session.success"_s});
        QVERIFY2(count->text().startsWith(u"1 of 3"_s), qPrintable(count->text()));
        show->setCurrentIndex(show->findData(QVariant::fromValue(InboxFilterModel::Show::NotValid)));
        QCOMPARE(shownIds(), QStringList{u"session.expired"_s});
        show->setCurrentIndex(show->findData(QVariant::fromValue(InboxFilterModel::Show::Refused)));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, InboxModel::MethodColumn).data().toString(), u"GET"_s);
        // Selecting a shown row shows that request, whatever rows the filter hides before it.
        pane.selectRow(2);
        QVERIFY2(pane.detailText().startsWith(u"GET "_s), qPrintable(pane.detailText()));
        // A delivery the filter does not take arrives in the model, not in the view.
        QCOMPARE(post(url, "{}", {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(w.inboxModel()->rowCount(), 4, 5000);
        QCOMPARE(filter->rowCount(), 1);

        show->setCurrentIndex(show->findData(QVariant::fromValue(InboxFilterModel::Show::All)));
        QCOMPARE(filter->rowCount(), 4);
        search->setText(u"  XTK_FILTERTEST01 "_s);   // the session, any case, spaces around
        QCOMPARE(shownIds(), QStringList{u"session.success"_s});
        search->setText(u"no x-xident-signature"_s);   // the verdict's words
        QCOMPARE(filter->rowCount(), 2);
        search->setText(u"nothing like this"_s);
        QCOMPARE(filter->rowCount(), 0);
        QVERIFY2(count->text().startsWith(u"0 of 4"_s), qPrintable(count->text()));
        search->clear();
        QCOMPARE(filter->rowCount(), 4);
    }

    void manyConnectionsFromThisMachine()
    {
        // Senders, tunnels and proxies all connect from this machine: one address may hold many connections.
        WebhookInbox inbox;
        QVERIFY(inbox.start(0));
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < WebhookInbox::MaxConnections - 8; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, inbox.port());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                             [](const auto &socket) { return socket->state() == QAbstractSocket::ConnectedState; }),
                                 5000);
        QTest::qWait(200);   // the server takes them in, and would refuse some now if it capped this address
        for (const auto &socket : idle)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(post(inbox.url(), "{}", {}).status, 200);
    }

    void aFloodOfLargeBodiesIsFollowedAFewTimesASecond()
    {
        // 50 KB deliveries streaming in while the inbox is on screen: the detail view follows the newest row at a
        // few frames a second and lays out a bounded part of its body, instead of 64 KiB per delivery.
        Fixture f({}, false);
        MainWindow window(f.workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(f.workspace->tracker()->isReady());
        WebhookInboxPane *pane = window.inbox();
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(pane);
        const int rendersBefore = pane->detailRenders();
        Testing::WebhookFlood::Options o;
        o.port = f.workspace->inbox()->port();
        o.perSecond = 400;
        o.seconds = 2;
        o.bodyBytes = 50 * 1024;
        o.connections = 8;
        Testing::WebhookFlood flood(o);
        QElapsedTimer clock;
        clock.start();
        flood.start();
        QSignalSpy finished(&flood, &Testing::WebhookFlood::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(flood.waitForAnswers(10000));
        // Every delivery answered 200 is listed (refusals, if the machine fell behind, are listed as such).
        const auto accepted = [&] {
            int rows = 0;
            for (int r = 0; r < f.workspace->inboxModel()->rowCount(); ++r)
                rows += f.workspace->inboxModel()->at(r).refused.isEmpty() ? 1 : 0;
            return rows;
        };
        QTRY_COMPARE_WITH_TIMEOUT(accepted(), flood.count(200), 10000);
        const qint64 ms = clock.elapsed();
        const int renders = pane->detailRenders() - rendersBefore;
        qInfo("%d deliveries of 50 KB in %lld ms; the detail was laid out %d times", flood.count(200), ms, renders);
        // Far more deliveries than the detail may be laid out in that time (however fast this machine took them),
        // so laying it out once per delivery would fail.
        const qint64 allowed = ms / WebhookInboxPane::DetailIntervalMs + 3;
        QVERIFY2(flood.count(200) > 2 * allowed, qPrintable(u"only %1 deliveries"_s.arg(flood.count(200))));
        QVERIFY2(renders <= allowed, qPrintable(QString::number(renders)));
        // It shows the newest delivery, and a bounded part of its body.
        const QString shown = pane->detailText();
        QVERIFY(shown.contains(u"session.success"_s));
        QVERIFY2(shown.size() < WebhookInboxPane::DetailBodyBytes + 4096, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.contains(u"open it in the validator"_s));

        // Off screen, the detail is not laid out at all until it is shown again.
        tabs->setCurrentIndex(0);
        const int hiddenBefore = pane->detailRenders();
        o.seconds = 1;
        Testing::WebhookFlood more(o);
        more.start();
        QSignalSpy moreFinished(&more, &Testing::WebhookFlood::finished);
        QVERIFY(moreFinished.wait(10000));
        QVERIFY(more.waitForAnswers(10000));
        QTest::qWait(300);
        QCOMPARE(pane->detailRenders(), hiddenBefore);
    }

    void aDeliveryThatCannotBeKeptIsNotAcknowledged()
    {
        // Another process holds the history's file: the delivery is listed, but its sender hears 503 (so it sends
        // it again), and the row says so, instead of 200 for something that was not kept.
        Fixture f({}, false);
        QTRY_VERIFY(f.workspace->tracker()->isReady());
        f.workspace->history()->setBusyTimeout(200);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(f.workspace->historyPath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s));
        const Answer a = post(f.workspace->inbox()->url(), R"({"id":"evt_1","type":"session.success","data":{}})", {});
        QCOMPARE(a.status, 503);
        QTRY_COMPARE(f.workspace->inboxModel()->rowCount(), 1);
        QCOMPARE(f.workspace->inboxModel()->at(0).answeredStatus, 503);
        QVERIFY(!f.workspace->inboxModel()->at(0).refused.isEmpty());
        QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);
        // Once the file is free, deliveries are kept and acknowledged again.
        QCOMPARE(post(f.workspace->inbox()->url(), R"({"id":"evt_2","type":"session.success","data":{}})", {}).status, 200);
    }

    void judgedAsOfArrival()
    {
        // However long a request waited for the worker, its timestamp is judged against when it came.
        ReceivedWebhook w;
        w.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-1000);
        w.body = R"({"id":"evt_late","type":"session.success","created":1,"data":{}})";
        const QByteArray secret = "whsec_arrival_test_secret";
        w.headers = {{"X-Xident-Signature", WebhookVerifier::signatureHeader(w.body, secret, w.receivedAt.toSecsSinceEpoch() - 5)}};
        WebhookInbox::judge(w, {{u"p"_s, secret}}, 300);
        QCOMPARE(w.verdictCode(), u"valid"_s);
        QVERIFY2(InboxModel::verdictDetail(w).contains(u"5 s"_s), qPrintable(InboxModel::verdictDetail(w)));
    }

    void replayLeavesOutWithheldValuesOnly()
    {
        // A row from the history names the headers whose values were not kept: those stay out of a replay.
        // A value that merely reads like a marker is a value like any other.
        Receiver receiver;
        WebhookInbox inbox;
        ReceivedWebhook w;
        w.id = 42;
        w.body = R"({"id":"evt_replay"})";
        w.headers = {{"Authorization", RedactionMarker.toUtf8()},
                     {"X-Note", "[redacted]"},
                     {"X-Other", "<redacted>"},
                     {"X-Xident-Signature", "t=1,v1=ab"}};
        w.withheld = {"authorization"};
        QSignalSpy finished(&inbox, &WebhookInbox::replayFinished);
        inbox.replay(w, QUrl(receiver.url()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<DeliveryAnswer>().status, 202);
        QCOMPARE(receiver.requests.size(), 1);
        const Http::Request &got = receiver.requests.at(0);
        QCOMPARE(got.body, w.body);
        QVERIFY(got.header("Authorization").isEmpty());
        QCOMPARE(got.header("X-Note"), QByteArray("[redacted]"));
        QCOMPARE(got.header("X-Other"), QByteArray("<redacted>"));
        QCOMPARE(got.header("X-Xident-Signature"), QByteArray("t=1,v1=ab"));
    }

    void judgedInOrderAndBusyAsksToComeBack()
    {
        // Verdicts are reached on a worker thread, yet reported in the order the requests came: a large body
        // followed by small ones on the same connection must not be overtaken by them.
        WebhookInbox inbox;
        const QByteArray secret = "whsec_order_test_secret";
        inbox.setSecretLookup([secret] { return QList<WebhookInbox::Secret>{{u"p1"_s, secret}}; });
        QVERIFY(inbox.start(0));
        QList<ReceivedWebhook> got;
        connect(&inbox, &WebhookInbox::received, this, [&](const ReceivedWebhook &w) { got.append(w); });
        const auto request = [&](int n, qsizetype padding, bool sign) -> QByteArray {
            const QByteArray body = "{\"id\":\"evt_" + QByteArray::number(n) + "\",\"type\":\"session.success\",\"created\":1,"
                                    + "\"data\":{\"pad\":\"" + QByteArray(padding, 'x') + "\"}}";
            QByteArray head = "POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n";
            if (sign)
                head += "X-Xident-Signature: " + WebhookVerifier::signatureHeader(body, secret, QDateTime::currentSecsSinceEpoch()) + "\r\n";
            return head + "\r\n" + body;
        };
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, inbox.port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray pipeline = request(0, 3 * 1024 * 1024, true);
        for (int n = 1; n < 12; ++n)
            pipeline += request(n, 16, n % 2 == 0);
        socket.write(pipeline);
        QVERIFY(QTest::qWaitFor([&] { return got.size() == 12; }, 15000));
        for (int n = 0; n < 12; ++n) {
            QCOMPARE(got.at(n).eventId, u"evt_%1"_s.arg(n));
            QCOMPARE(got.at(n).verdictCode(), n % 2 == 0 ? u"valid"_s : u"missing_signature"_s);
            if (n > 0)
                QVERIFY(got.at(n).id > got.at(n - 1).id);
        }
        QCOMPARE(inbox.pendingBytes(), 0);

        // With little room for bodies waiting to be judged, a request arriving behind one that waits is asked
        // to come back (503 with Retry-After) and listed as refused, without its body; the first is judged.
        got.clear();
        inbox.setMaxPendingBytes(1024);
        socket.readAll();
        socket.write(request(20, 4096, true) + request(21, 16, true));
        QByteArray answers;
        QVERIFY(QTest::qWaitFor([&] { answers += socket.readAll(); return answers.count("HTTP/1.1 ") == 2; }, 15000));
        QVERIFY2(answers.startsWith("HTTP/1.1 200"), answers.constData());
        QVERIFY2(answers.contains("HTTP/1.1 503"), answers.constData());
        QVERIFY(answers.contains("Retry-After: 1"));
        QVERIFY(QTest::qWaitFor([&] { return got.size() == 2; }, 15000));
        QCOMPARE(got.at(0).verdictCode(), u"valid"_s);
        QCOMPARE(got.at(1).answeredStatus, 503);
        QCOMPARE(got.at(1).verdictCode(), u"refused"_s);
        QVERIFY(got.at(1).body.isEmpty());
        QCOMPARE(inbox.pendingBytes(), 0);
        // Once the worker caught up, the same request is taken.
        socket.write(request(22, 16, true));
        QVERIFY(QTest::qWaitFor([&] { return got.size() == 3; }, 15000));
        QCOMPARE(got.at(2).verdictCode(), u"valid"_s);
    }

    void webhookContradictingPollingIsFlagged()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        MainWindow window(&w);
        window.show();
        Client *client = w.clients()->client(QString::fromLatin1(Profile::SandboxId));
        const QString token = initSession(client, u"sandbox:pass"_s);
        w.tracker()->track({token}, QString::fromLatin1(Profile::SandboxId));
        SessionModel *model = w.sessions();
        // Polled to success (and the sandbox's own webhook agrees).
        QVERIFY(QTest::qWaitFor([&] { return model->session(token)->status == u"success"_s; }, 10000));
        const QString resultToken = QJsonDocument::fromJson(model->session(token)->resultJson).object().value("token"_L1).toString();
        QVERIFY(resultToken.startsWith(u"xtk_"_s));

        // A validly signed webhook that says the session failed.
        const QByteArray body = QJsonDocument(QJsonObject{
            {"id"_L1, u"evt_contra"_s}, {"type"_L1, u"session.failed"_s}, {"created"_L1, QDateTime::currentSecsSinceEpoch()},
            {"data"_L1, QJsonObject{{"token"_L1, resultToken}, {"status"_L1, u"failed"_s}}}}).toJson(QJsonDocument::Compact);
        const QByteArray header = WebhookVerifier::signatureHeader(body, w.sandboxHost()->webhookSecret().toUtf8(),
                                                                   QDateTime::currentSecsSinceEpoch());
        const int before = w.inboxModel()->rowCount();
        QCOMPARE(post(w.inbox()->url(), body, header).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() > before; }, 5000));
        const QModelIndex index = model->index(model->rowOf(token), SessionModel::TokenColumn);
        QCOMPARE(index.data(SessionModel::WebhookStateRole).toInt(), int(SessionModel::WebhookState::Mismatch));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u">Mismatch:"_s));   // escaped text in a paragraph
        window.watchlist()->showSession(token);
        auto *note = window.inspector()->findChild<QLabel *>(u"webhookNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"failed"_s));
        QVERIFY(note->text().contains(u"success"_s));
        // The poll the webhook caused still says success: the flag stays.
        QTest::qWait(500);
        QCOMPARE(index.data(SessionModel::WebhookStateRole).toInt(), int(SessionModel::WebhookState::Mismatch));
    }

    void onlyItsOwnProfileAndOnce()
    {
        Fixture f;
        Workspace &w = *f.workspace;
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        w.tracker()->track({u"xtk_ownprofile000001"_s}, QString::fromLatin1(Profile::SandboxId));
        // Another profile whose secret a sender knows: valid under it, but not for the sandbox's session.
        Profile other;
        other.id = Profile::newId();
        other.name = u"Other"_s;
        other.baseUrl = u"http://127.0.0.1:1"_s;
        other.apiKey = u"sk_test_other_profile_0001"_s;
        other.webhookSecret = u"whsec_other_profile_secret"_s;
        w.profileService()->save(other);
        const QByteArray body = R"({"id":"evt_own","type":"session.success","created":1,"data":{"token":"xtk_ownprofile000001"}})";
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(post(w.inbox()->url(), body, WebhookVerifier::signatureHeader(body, "whsec_other_profile_secret", now)).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 1; }, 5000));
        QCOMPARE(w.inboxModel()->at(0).verdictCode(), u"valid"_s);
        QCOMPARE(w.inboxModel()->at(0).profileId, other.id);
        QVERIFY(w.inboxModel()->at(0).matchedToken.isEmpty());
        QCOMPARE(w.sessions()->session(u"xtk_ownprofile000001"_s)->webhookEvent, QString());

        // Signed by its own profile: applied, and a retry of the same event is listed but applied once.
        const QByteArray header = WebhookVerifier::signatureHeader(body, w.sandboxHost()->webhookSecret().toUtf8(), now);
        QSignalSpy timeline(w.webhookRouter(), &WebhookRouter::timelineChanged);
        QCOMPARE(post(w.inbox()->url(), body, header).status, 200);
        QCOMPARE(post(w.inbox()->url(), body, header).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 3; }, 5000));
        QCOMPARE(w.inboxModel()->at(1).matchedToken, u"xtk_ownprofile000001"_s);
        QVERIFY(w.inboxModel()->at(2).matchedToken.isEmpty());
        QCOMPARE(timeline.size(), 1);

        // A web page's request (a browser adds Origin or Sec-Fetch-*) is refused.
        QNetworkAccessManager nam;
        QNetworkRequest fromPage(w.inbox()->url());
        fromPage.setRawHeader("Origin", "https://example.invalid");
        fromPage.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QNetworkReply *reply = nam.post(fromPage, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        delete reply;
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 4; }, 5000));
        QCOMPARE(w.inboxModel()->at(3).answeredStatus, 403);
        QCOMPARE(w.inboxModel()->at(3).verdictCode(), u"refused"_s);
    }

    void aNewSecretJudgesTheListAgain()
    {
        // Deliveries that came before their profile had the secret (or had another) are judged again when it is
        // set: valid now, matched to the session and applied to its timeline, in the list and in the history.
        Fixture f;
        Workspace &w = *f.workspace;
        QVERIFY(QTest::qWaitFor([&] { return w.tracker()->isReady(); }, 5000));
        Profile staging;
        staging.id = Profile::newId();
        staging.name = u"Staging"_s;
        staging.baseUrl = u"http://127.0.0.1:1"_s;
        staging.apiKey = u"sk_test_staging_profile_01"_s;
        w.profileService()->save(staging);
        w.tracker()->track({u"xtk_judgedagain00001"_s}, staging.id);
        const QByteArray secret = "whsec_staging_secret_set_later";
        const QByteArray body = R"({"id":"evt_again","type":"session.success","created":1,"data":{"token":"xtk_judgedagain00001"}})";
        QCOMPARE(post(w.inbox()->url(), body, WebhookVerifier::signatureHeader(body, secret, QDateTime::currentSecsSinceEpoch())).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->rowCount() == 1; }, 5000));
        QVERIFY(!w.inboxModel()->at(0).isValid());
        QVERIFY(w.inboxModel()->at(0).matchedToken.isEmpty());
        QSignalSpy timeline(w.webhookRouter(), &WebhookRouter::timelineChanged);

        staging.webhookSecret = QString::fromLatin1(secret);
        w.profileService()->save(staging);
        QVERIFY(QTest::qWaitFor([&] { return w.inboxModel()->at(0).isValid(); }, 5000));
        QCOMPARE(w.inboxModel()->at(0).profileId, staging.id);
        QCOMPARE(w.inboxModel()->at(0).matchedToken, u"xtk_judgedagain00001"_s);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(w.sessions()->session(u"xtk_judgedagain00001"_s)->webhookEvent, u"session.success"_s);

        // The history keeps the new verdict: a restart lists it valid.
        const QString dataDir = f.path;
        f.workspace.reset();
        Fixture again(dataDir);
        QVERIFY(QTest::qWaitFor([&] { return again.workspace->inboxModel()->rowCount() == 1; }, 5000));
        QCOMPARE(again.workspace->inboxModel()->at(0).verdictCode(), u"valid"_s);

        // A secret changed to another one: no longer valid, and it speaks for no session any more.
        staging.webhookSecret = u"whsec_another_one_entirely"_s;
        again.workspace->profileService()->save(staging);
        QVERIFY(QTest::qWaitFor([&] { return !again.workspace->inboxModel()->at(0).isValid(); }, 5000));
        QVERIFY(again.workspace->inboxModel()->at(0).matchedToken.isEmpty());
    }

    void modelKeepsToItsByteBudget()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i) {
            ReceivedWebhook w;
            w.id = i + 1;
            w.body = QByteArray(InboxModel::MaxBodyBytes / 3, 'x');
            model.append(w);
        }
        QCOMPARE(model.rowCount(), 3);   // three thirds fit; the oldest two went
        QCOMPARE(model.at(0).id, 3);
        ReceivedWebhook older;
        older.id = 1;
        // Three thirds leave 2 bytes of the budget: an older row of 3 bytes loaded from the history does not fit.
        older.body = "{} ";
        model.prepend({older});
        QCOMPARE(model.rowCount(), 3);
        older.body = "{}";
        model.prepend({older});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.at(0).id, 1);
    }

    void takenPortFallsBack()
    {
        Http::Server squatter([](const Http::Request &) { return Http::Response{}; });
        const quint16 taken = squatter.listen(QHostAddress::LocalHost, 0);
        QVERIFY(taken);
        Fixture f;
        QString problem = f.workspace->webhookRouter()->restart(taken);
        QCOMPARE(problem, QString());
        QVERIFY(f.workspace->inbox()->onFallbackPort());
        QVERIFY(f.workspace->inbox()->port() != taken);
        QVERIFY(!f.settings->contains(u"inbox/port"_s));   // a taken port is not remembered
        // The sandbox follows the inbox to its new port.
        QCOMPARE(f.workspace->sandboxHost()->server()->options().webhookUrls, QList<QUrl>{f.workspace->inbox()->url()});

        // The window keeps saying so, in the pane and in the status bar, with a retry.
        MainWindow window(f.workspace.get());
        WebhookInboxPane *pane = window.inbox();
        QVERIFY(pane->findChild<QWidget *>(u"fallbackBar"_s)->isVisibleTo(pane));
        auto *note = pane->findChild<QLabel *>(u"fallbackNote"_s);
        QVERIFY2(note->text().contains(QString::number(taken)), qPrintable(note->text()));
        QVERIFY(window.findChild<QLabel *>(u"inboxFallback"_s)->isVisibleTo(&window));
        const quint16 fallback = f.workspace->inbox()->port();
        // Still taken: the inbox stays where senders may now be pointed.
        pane->findChild<QPushButton *>(u"retryPort"_s)->click();
        QCOMPARE(f.workspace->inbox()->port(), fallback);
        QVERIFY2(note->text().contains("still taken"_L1), qPrintable(note->text()));
        // Free again: the inbox moves back, the sandbox with it, and the notes go.
        squatter.close();
        QSignalSpy moved(f.workspace->inbox(), &WebhookInbox::listeningChanged);
        pane->findChild<QPushButton *>(u"retryPort"_s)->click();
        QCOMPARE(moved.size(), 1);   // from one port to the other, never "not listening" in between
        QCOMPARE(f.workspace->inbox()->port(), taken);
        QVERIFY(!f.workspace->inbox()->onFallbackPort());
        QVERIFY(!pane->findChild<QWidget *>(u"fallbackBar"_s)->isVisibleTo(pane));
        QVERIFY(!window.findChild<QLabel *>(u"inboxFallback"_s)->isVisibleTo(&window));
        QCOMPARE(f.workspace->sandboxHost()->server()->options().webhookUrls, QList<QUrl>{f.workspace->inbox()->url()});
    }
};

QTEST_MAIN(tst_WebhookInbox)
#include "tst_webhookinbox.moc"
