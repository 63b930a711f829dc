// The face blacklist without a window: a finished session blacklisted by its xtk_ result token, a picture added,
// each "processing" until the API lists it; removal, twice; and the API's refusals said as sentences (the sandbox's
// 409 and 422, and the 12-month retention's 422, which only a scripted server gives).
#include "faultserver.h"
#include "console/core/blacklistbook.h"
#include "console/core/clientpool.h"
#include "console/core/models/blacklistmodel.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/workspace.h"

#include <XidentQt/client.h>
#include <XidentQt/job.h>

#include <QtCore/QBuffer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

QByteArray picture(Qt::GlobalColor colour)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

class tst_BlacklistBook : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;

    BlacklistBook *book() const { return m_workspace->blacklist(); }
    BlacklistModel *model() const { return book()->model(); }

    // A session of the embedded sandbox whose user id names its ending; returns the result token once the result
    // is \a status (or is read at all when \a status is empty).
    QString sessionEnding(const QString &userId, const QString &status)
    {
        Client *client = m_workspace->clients()->currentClient();
        if (!client)
            return {};
        InitParams params;
        params.callbackUrl = u"https://shop.example/done"_s;
        params.userId = userId;
        std::unique_ptr<InitJob> init(client->init(params));
        init->setAutoDelete(false);
        QSignalSpy created(init.get(), &Job::finished);
        init->start();
        if (!created.wait(10000) || init->error())
            return {};
        QString resultToken;
        const bool settled = QTest::qWaitFor([&] {
            std::unique_ptr<ResultJob> read(client->getResult(init->result().token));
            read->setAutoDelete(false);
            QSignalSpy done(read.get(), &Job::finished);
            read->start();
            if (!done.wait(5000) || read->error())
                return false;
            resultToken = read->result().token();
            return status.isEmpty() || read->result().statusText() == status;
        }, 10000);
        return settled ? resultToken : QString();
    }

    // The bodies of the requests made to \a path since \a from (the request log's record of them).
    QList<QJsonObject> sentTo(const QString &path, QSignalSpy &exchanges) const
    {
        QList<QJsonObject> out;
        for (const QList<QVariant> &args : exchanges) {
            const Exchange x = args.at(1).value<Exchange>();
            if (x.url.path().endsWith(path))
                out.append(QJsonDocument::fromJson(x.requestBody).object());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->path() + u"/console.ini"_s, QSettings::IniFormat);
        Workspace::Options o;
        o.settings = m_settings.get();
        o.dataDir = m_dir->path() + u"/data"_s;
        o.sandboxPort = 0;
        o.sandboxMagicDelayMs = 100;
        o.webhookInbox = false;
        o.keychainTimeout = std::chrono::milliseconds(1000);
        m_workspace = std::make_unique<Workspace>(o);
        m_workspace->start();
        QVERIFY(m_workspace->sandboxHost());
        QTRY_VERIFY(m_workspace->clients()->currentClient());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void aFinishedSessionIsBlacklistedByItsResultToken()
    {
        QAbstractItemModelTester tester(model());
        const QString resultToken = sessionEnding(u"sandbox:pass"_s, u"success"_s);
        QVERIFY(resultToken.startsWith("xtk_"_L1));
        QSignalSpy exchanges(m_workspace->clients(), &ClientPool::exchangeFinished);
        QSignalSpy added(book(), &BlacklistBook::addFinished);
        book()->addSession(resultToken, u"Chargeback ring"_s);
        QVERIFY(added.wait(10000));
        QVERIFY2(added.first().at(0).toBool(), qPrintable(added.first().at(1).toString()));
        // The API takes the result token, never the init token (the sandbox would accept either).
        const QList<QJsonObject> sent = sentTo(u"/blacklist/session"_s, exchanges);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value("session_token"_L1).toString(), resultToken);
        // "processing" until listed, then the listed entry in its place.
        QCOMPARE(model()->pending().size(), 1);
        QCOMPARE(model()->index(0, BlacklistModel::IdColumn).data().toString(), u"processing"_s);
        QCOMPARE(model()->index(0, BlacklistModel::SessionColumn).data().toString(), resultToken);
        QTRY_VERIFY_WITH_TIMEOUT(model()->pending().isEmpty() && model()->entries().size() == 1, 10000);
        const BlacklistEntry entry = model()->entries().first();
        QCOMPARE(entry.source, u"session"_s);
        QCOMPARE(entry.reason, u"Chargeback ring"_s);
        QCOMPARE(model()->pagination().total, 1);

        // Removed; and removed again, which is what was asked for, not an error.
        QSignalSpy said(book(), &BlacklistBook::said);
        book()->remove(entry.id);
        QTRY_VERIFY(!said.isEmpty());
        QCOMPARE(said.first().at(0).toString(), u"Entry %1 removed."_s.arg(entry.id));
        QTRY_VERIFY(model()->entries().isEmpty());
        said.clear();
        book()->remove(entry.id);
        QTRY_VERIFY(!said.isEmpty());
        QCOMPARE(said.first().at(0).toString(), u"Entry %1 was already gone."_s.arg(entry.id));
        QCOMPARE(said.first().at(1).toBool(), false);
    }

    void aPictureIsListedOnceProcessed()
    {
        QSignalSpy added(book(), &BlacklistBook::addFinished);
        book()->addImage(picture(Qt::darkCyan), u"Known fraud"_s, u"face.png"_s);
        QVERIFY(added.wait(10000));
        QVERIFY(added.first().at(0).toBool());
        QCOMPARE(model()->index(0, BlacklistModel::SourceColumn).data().toString(), u"image (face.png)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model()->pending().isEmpty() && model()->entries().size() == 1, 10000);
        QCOMPARE(model()->entries().first().source, u"image"_s);
        QCOMPARE(model()->index(0, BlacklistModel::SourceColumn).data().toString(), u"image"_s);
        // Pages as the API pages them.
        for (int i = 0; i < 2; ++i) {
            book()->addImage(picture(i ? Qt::red : Qt::blue), u"More"_s, u"more.png"_s);
            QVERIFY(added.wait(10000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(model()->pending().isEmpty() && model()->pagination().total == 3, 10000);
        QSignalSpy loaded(book(), &BlacklistBook::loaded);
        book()->setPerPage(2);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model()->entries().size(), 2);
        QCOMPARE(model()->pagination().totalPages, 2);
        book()->setPage(2);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model()->entries().size(), 1);
        QCOMPARE(book()->page(), 2);
    }

    void theApisRefusalsAreSentences()
    {
        QSignalSpy added(book(), &BlacklistBook::addFinished);
        // Still in progress: 409.
        const QString open = sessionEnding(u"someone"_s, QString());
        QVERIFY(open.startsWith("xtk_"_L1));
        book()->addSession(open, u"Too early"_s);
        QVERIFY(added.wait(10000));
        QVERIFY(!added.last().at(0).toBool());
        QVERIFY2(added.last().at(1).toString().startsWith(u"This session has not finished yet"_s), qPrintable(added.last().at(1).toString()));
        QVERIFY(added.last().at(1).toString().contains(u"(request id req_"_s));
        // Canceled: no face was captured, 422.
        const QString canceled = sessionEnding(u"sandbox:cancel"_s, u"canceled"_s);
        QVERIFY(!canceled.isEmpty());
        book()->addSession(canceled, u"No face"_s);
        QVERIFY(added.wait(10000));
        QVERIFY2(added.last().at(1).toString().startsWith(u"This session carries no face"_s), qPrintable(added.last().at(1).toString()));
        QVERIFY(model()->pending().isEmpty());

        // Past the 12-month retention: only a scripted server says so.
        FaultServer server;
        server.setFallback({422, FaultServer::errorEnvelope("SESSION_FACE_DATA_EXPIRED", "Face data expired", "req_expired"), {}, {}});
        Profile p;
        p.id = Profile::newId();
        p.name = u"Scripted"_s;
        p.baseUrl = server.baseUrl();
        p.apiKey = u"sk_test_scripted_blacklist"_s;
        p.maxRetries = 0;
        m_workspace->profileService()->save(p);
        m_workspace->profileStore()->setCurrent(p.id);
        QTRY_VERIFY(m_workspace->clients()->currentClient());
        book()->addSession(u"xtk_oldsession0001"_s, u"Old fraud"_s);
        QVERIFY(added.wait(10000));
        QCOMPARE(added.last().at(1).toString(),
                 u"The face of this session is no longer kept: faces are kept for 12 months after a session, so an older "
                 "session cannot be blacklisted. Add a recent image of the person instead. (request id req_expired)"_s);
        // (The connection monitor asks the server too; one request was the blacklist's.)
        QList<FaultServer::Received> asked = server.received();
        asked.removeIf([](const FaultServer::Received &r) { return !r.path.endsWith("/blacklist/session"); });
        QCOMPARE(asked.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(asked.first().body).object().value("session_token"_L1).toString(), u"xtk_oldsession0001"_s);
    }

    void anEntryOnAnotherPageEndsItsProcessingRow()
    {
        // The API lists the oldest first: with a full first page, a new entry lands on the last one.
        BlacklistModel m;
        QList<BlacklistEntry> page;
        for (int i = 1; i <= 20; ++i)
            page.append(BlacklistEntry{i, u"old"_s, u"image"_s, std::nullopt, u"2026-01-01T00:00:00Z"_s, {}});
        m.setEntries(page, Pagination{1, 20, 20, 1});
        m.addPending({u"image"_s, u"new"_s, u"new.png"_s, QDateTime::currentDateTimeUtc()});
        m.addPending({u"image"_s, u"newer"_s, u"newer.png"_s, QDateTime::currentDateTimeUtc()});
        m.setEntries(page, Pagination{1, 20, 21, 2});
        QCOMPARE(m.pending().size(), 1);
        QCOMPARE(m.pending().first().reason, u"newer"_s);
        m.setEntries(page, Pagination{1, 20, 22, 2});
        QVERIFY(m.pending().isEmpty());
    }

    void nothingIsAskedUntilAsked()
    {
        // A profile switch clears the list without asking the new server: the pane asks when it is shown.
        QSignalSpy exchanges(m_workspace->clients(), &ClientPool::exchangeFinished);
        FaultServer other;
        other.setFallback({200, FaultServer::envelope("[]"), {}, {}});
        Profile p;
        p.id = Profile::newId();
        p.name = u"Other"_s;
        p.baseUrl = other.baseUrl();
        p.apiKey = u"sk_test_other_blacklist"_s;
        m_workspace->profileService()->save(p);
        const QString sandbox = m_workspace->profileStore()->currentId();
        m_workspace->profileStore()->setCurrent(p.id);
        m_workspace->profileStore()->setCurrent(sandbox);
        QTest::qWait(300);
        QVERIFY(sentTo(u"/blacklist"_s, exchanges).isEmpty());
        for (const FaultServer::Received &r : other.received())
            QVERIFY2(!r.path.contains("/blacklist"), r.path.constData());
    }

    void whatCanBeSent()
    {
        QVERIFY(BlacklistBook::reasonProblem(u"  "_s).contains(u"reason"_s));
        QVERIFY(BlacklistBook::reasonProblem(QString(501, u'x')).contains(u"501"_s));
        QVERIFY(BlacklistBook::reasonProblem(QString(500, u'x')).isEmpty());
        QVERIFY(!BlacklistBook::imageProblem({}).isEmpty());
        QVERIFY(BlacklistBook::imageProblem("just some text, not a picture").contains(u"not a picture"_s));
        QVERIFY(BlacklistBook::imageProblem(QByteArray(BlacklistBook::MaxImageBytes + 1, 'x')).contains(u"10 MB"_s));
        QVERIFY(BlacklistBook::imageProblem(picture(Qt::gray)).isEmpty());
        QVERIFY(BlacklistBook::imageProblem(picture(Qt::gray).left(60)).contains(u"could not be decoded"_s));
        QString emoji;
        for (int i = 0; i < 500; ++i)
            emoji += u"\U0001F642"_s;
        QVERIFY(BlacklistBook::reasonProblem(emoji).isEmpty());

        TrackedSession s;
        s.token = u"xit_noresultyet0001"_s;
        s.status = u"pending"_s;
        s.resultJson = R"({"token":"xtk_resulttoken01","status":"pending"})";
        QVERIFY(BlacklistBook::whyNotBlacklistable(s).startsWith(u"This session has not finished yet"_s));
        s.status = u"canceled"_s;
        QVERIFY(BlacklistBook::whyNotBlacklistable(s).startsWith(u"This session carries no face"_s));
        s.status.clear();
        s.resultJson.clear();
        QVERIFY(BlacklistBook::resultTokenOf(s).isEmpty());
        QVERIFY(BlacklistBook::whyNotBlacklistable(s).contains(u"xtk_"_s));
        s.resultJson = R"({"token":"xit_legacyshape01","status":"completed"})";
        QVERIFY(BlacklistBook::whyNotBlacklistable(s).contains(u"legacy"_s));
        s.resultJson = R"({"token":"xtk_resulttoken01","status":"success"})";
        QCOMPARE(BlacklistBook::resultTokenOf(s), u"xtk_resulttoken01"_s);
        QVERIFY(BlacklistBook::whyNotBlacklistable(s).isEmpty());
    }
};

QTEST_MAIN(tst_BlacklistBook)
#include "tst_blacklistbook.moc"
