// A token from a ticket finds the profile that knows it: the console's embedded sandbox is the profile in use, a
// second in-process sandbox is "Staging EU", and scripted servers stand in for a LIVE profile and a busy one.
#include "faultserver.h"
#include "console/application.h"
#include "console/core/clientpool.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/sandboxhost.h"
#include "console/core/webhookinbox.h"
#include "console/core/pollscheduler.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sessiontracker.h"
#include "console/core/workspace.h"
#include "console/mainwindow.h"
#include "console/sessions/evidencedialog.h"
#include "console/sessions/evidenceviewer.h"
#include "console/sessions/inspectorpane.h"
#include "console/sessions/pastetokensdialog.h"
#include "console/sessions/watchlistpane.h"
#include "sandbox/sandbox.h"

#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include <XidentQt/webhook.h>

#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

constexpr auto StagingKey = "sk_test_staging_routing";

struct RoutingConsole
{
    explicit RoutingConsole(const QString &root, bool inbox = false)
        : settings(root + u"/config/console.ini"_s, QSettings::IniFormat)
    {
        Workspace::Options o;
        o.settings = &settings;
        o.dataDir = root + u"/data"_s;
        o.sandboxPort = 0;
        o.sandboxMagicDelayMs = 100;
        o.keychainTimeout = std::chrono::milliseconds(1500);
        o.webhookInbox = inbox;
        o.inboxPort = 0;
        workspace = std::make_unique<Workspace>(o);
        workspace->start();
        window = std::make_unique<MainWindow>(workspace.get());
        window->show();
    }
    ~RoutingConsole()
    {
        window.reset();
        workspace.reset();
    }

    // A profile for a server; returns its id.
    QString addProfile(const QString &name, const QString &baseUrl, const QString &key, int maxRetries = 2)
    {
        Profile p;
        p.id = Profile::newId();
        p.name = name;
        p.baseUrl = baseUrl;
        p.apiKey = key;
        p.maxRetries = maxRetries;
        p.pollIntervalSeconds = 1;
        workspace->profileService()->save(p);
        return p.id;
    }
    SessionModel *model() const { return workspace->sessions(); }
    std::optional<TrackedSession> session(const QString &token) const { return model()->session(token); }
    QString cell(const QString &token, int column) const
    {
        return model()->index(model()->rowOf(token), column).data().toString();
    }
    InspectorPane *inspector() const { return window->inspector(); }
    template<typename T>
    T *inInspector(const char *name) const
    {
        return inspector()->findChild<T *>(QString::fromLatin1(name));
    }

    QSettings settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

// A result envelope for \a token, as a server that knows the session answers.
QByteArray resultOf(const QString &token, const QByteArray &status)
{
    return FaultServer::envelope("{\"token\":\"" + token.toLatin1() + "\",\"status\":\"" + status + "\"}", "req_scripted");
}

} // namespace

class tst_SessionRouting : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox::Server> m_staging;

    // A session created on the staging sandbox, ending as \a userId's magic says.
    QString createOnStaging(const QString &userId)
    {
        Config config(QString::fromLatin1(StagingKey));
        config.setBaseUrl(m_staging->baseUrl());
        Client client(config);
        InitParams params;
        params.callbackUrl = u"https://shop.example/done"_s;
        params.userId = userId;
        std::unique_ptr<InitJob> job(client.init(params));
        job->setAutoDelete(false);
        bool done = false;
        connect(job.get(), &Job::finished, this, [&done] { done = true; });
        job->start();
        if (!QTest::qWaitFor([&done] { return done; }, 10000) || job->error())
            return {};
        return job->result().token;
    }

    // A session created on the console's own sandbox, ending as \a userId's magic says.
    static QString createOnLocal(RoutingConsole &c, const QString &userId)
    {
        if (!QTest::qWaitFor([&c] { return c.workspace->clients()->currentClient() != nullptr; }, 5000))
            return {};
        InitParams params;
        params.callbackUrl = u"https://shop.example/done"_s;
        params.userId = userId;
        std::unique_ptr<InitJob> created(c.workspace->clients()->currentClient()->init(params));
        created->setAutoDelete(false);   // read after it finished
        QSignalSpy done(created.get(), &Job::finished);
        created->start();
        return done.wait(10000) && !created->error() ? created->result().token : QString();
    }

    // The result token a session's result names, once it has one.
    static QString resultTokenOf(Client *client, const QString &token)
    {
        std::unique_ptr<ResultJob> job(client->getResult(token));
        job->setAutoDelete(false);   // read after it finished
        QSignalSpy done(job.get(), &Job::finished);
        job->start();
        if (!done.wait(10000) || job->error() || job->result().statusText() != "success"_L1)
            return {};
        return job->result().token();
    }

    static int postWebhook(const QUrl &url, const QByteArray &body, const QByteArray &signature)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Xident-Signature", signature);
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // Answers the next "Change profile" question with the profile called \a name.
    static void answerProfileQuestion(const QString &name)
    {
        QTimer::singleShot(0, qApp, [name] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(name);
            dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.sandbox.info=false"_s);
        initResources();
        installTranslations(u"en"_s);   // the plural forms
        Sandbox::Options o;
        o.port = 0;
        o.magicDelayMs = 100;
        m_staging = std::make_unique<Sandbox::Server>(o);
        QVERIFY(m_staging->start());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aTokenFromAnotherServerFindsItsProfile()
    {
        RoutingConsole c(m_dir->path());
        const QString staging = c.addProfile(u"Staging EU"_s, m_staging->baseUrl(), QString::fromLatin1(StagingKey));
        const QString token = createOnStaging(u"sandbox:fail:age_below_threshold"_s);
        QVERIFY(!token.isEmpty());
        const QString local = c.workspace->profileStore()->currentId();
        QVERIFY(local != staging);

        c.window->openReferences({u"https://shop.example/done?token="_s + token});
        QCOMPARE(c.window->watchlist()->currentToken(), token);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->profileId, staging, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->status, u"failed"_s, 10000);
        QCOMPARE(c.cell(token, SessionModel::ProfileColumn), u"Staging EU (found there)"_s);
        const QString said = c.model()->lookupText(token);
        QVERIFY2(said.contains(u"Found on Staging EU."_s), qPrintable(said));
        QVERIFY2(said.contains(u"Not found on Local sandbox (request id req_"_s), qPrintable(said));
        // The inspector says where it was found, and shows the checks of the result.
        QTRY_VERIFY(c.inInspector<QLabel>("lookupNote")->text().contains(u"Found on Staging EU."_s));
        QVERIFY(c.inInspector<QTableView>("checks")->isVisibleTo(c.inspector()));
        QVERIFY(!c.inInspector<QPushButton>("askLive")->isVisibleTo(c.inspector()));
    }

    void aLiveProfileIsAskedOnlyAfterAClick()
    {
        FaultServer production;
        const QString token = u"xit_livesession0001"_s;
        production.setFallback({200, resultOf(token, "success"), {}, {}});
        RoutingConsole c(m_dir->path());
        const QString live = c.addProfile(u"Production"_s, production.baseUrl(), u"sk_live_routing_key"_s);
        c.window->openReferences({token});
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->lookup(token), SessionModel::Lookup::NotFound, 10000);
        QCOMPARE(c.cell(token, SessionModel::StatusColumn), u"Not found"_s);
        QVERIFY2(c.model()->lookupText(token).contains(u"Not asked, being LIVE: Production."_s), qPrintable(c.model()->lookupText(token)));
        QVERIFY(production.received().isEmpty());
        auto *ask = c.inInspector<QPushButton>("askLive");
        QTRY_VERIFY(ask->isVisibleTo(c.inspector()));
        QCOMPARE(ask->text(), u"Look it up on Production too"_s);
        QTest::mouseClick(ask, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->profileId, live, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->status, u"success"_s, 10000);
        QVERIFY(!production.received().isEmpty());
        QVERIFY(production.received().first().path.endsWith(QByteArray("/result/" + token.toLatin1())));
    }

    void aBusyProfileCouldNotBeAsked()
    {
        FaultServer busy;
        FaultServer::Answer slowDown{429, FaultServer::errorEnvelope("RATE_LIMITED", "Slow down", "req_busy"),
                                     {{"Retry-After", "0"}}, {}};
        busy.setFallback(slowDown);
        RoutingConsole c(m_dir->path());
        c.addProfile(u"Busy"_s, busy.baseUrl(), u"sk_test_busy_profile"_s, 0);
        const QString token = u"xit_nobodyknowsme01"_s;
        c.window->openReferences({token});
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->lookup(token), SessionModel::Lookup::NotFound, 10000);
        const QString said = c.model()->lookupText(token);
        QVERIFY2(said.startsWith(u"Not found on Local sandbox (request id "_s), qPrintable(said));
        QVERIFY2(said.contains(u"Could not ask Busy ("_s), qPrintable(said));
        QVERIFY2(!said.contains(u"Not found on Busy"_s) && !said.contains(u", Busy"_s), qPrintable(said));
    }

    void aSessionNoProfileKnowsSaysWhereItWasLookedFor()
    {
        RoutingConsole c(m_dir->path());
        c.addProfile(u"Staging EU"_s, m_staging->baseUrl(), QString::fromLatin1(StagingKey));
        const QString token = u"xit_nobodyknowsme02"_s;
        c.window->openReferences({token});
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->lookup(token), SessionModel::Lookup::NotFound, 10000);
        const QString said = c.model()->lookupText(token);
        QVERIFY2(said.startsWith(u"Not found on Local sandbox (request id req_"_s), qPrintable(said));
        QVERIFY2(said.contains(u"), Staging EU (request id req_"_s), qPrintable(said));
        QTRY_COMPARE(c.inInspector<QLabel>("status")->text(), u"Not found"_s);
        QVERIFY(c.inInspector<QLabel>("lookupNote")->isVisibleTo(c.inspector()));
        QCOMPARE(c.inInspector<QLabel>("lookupNote")->text(), said);
        QVERIFY(!c.inInspector<QTableView>("checks")->isVisibleTo(c.inspector()));
        // The 404 had a request id: it is shown, and the session was polled.
        QVERIFY(c.inInspector<QLabel>("requestIds")->text().startsWith(u"req_"_s));
        QVERIFY(c.session(token)->lastPolledAt.isValid());
        QCOMPARE(c.inInspector<QLabel>("verdictHeadline")->text(), u"Not found"_s);
    }

    void aNamedProfileIsUsedDirectly()
    {
        RoutingConsole c(m_dir->path());
        const QString staging = c.addProfile(u"Staging EU"_s, m_staging->baseUrl(), QString::fromLatin1(StagingKey));
        const QString local = c.workspace->profileStore()->currentId();
        const QString token = createOnStaging(u"sandbox:pass"_s);
        c.window->openReferences({u"xident://session/"_s + token + u"?profile=staging%20eu"_s});
        QCOMPARE(c.session(token)->profileId, staging);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->status, u"success"_s, 10000);
        QCOMPARE(c.model()->lookup(token), SessionModel::Lookup::None);
        QCOMPARE(c.workspace->profileStore()->currentId(), local);
        // The link the inspector copies for a colleague names the same profile, and opens the same way.
        c.window->watchlist()->showSession(token);
        QTest::mouseClick(c.inInspector<QPushButton>("copyLink"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"xident://session/"_s + token + u"?profile=Staging%20EU"_s);

        // A profile no one has is said, and the session is not opened under another.
        const QString other = createOnStaging(u"sandbox:pass"_s);
        c.window->openReferences({u"xident://session/"_s + other + u"?profile=Nowhere"_s});
        QVERIFY(!c.model()->contains(other));
        QVERIFY2(c.window->noticeText().contains(u"Nowhere"_s), qPrintable(c.window->noticeText()));

        // --profile names it too, also when a later launch hands it over.
        openHandedOver(c.window.get(), c.workspace.get(), {u"--profile"_s, u"Staging EU"_s, other});
        QCOMPARE(c.session(other)->profileId, staging);
        QCOMPARE(c.window->watchlist()->currentToken(), other);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(other)->status, u"success"_s, 10000);
        QCOMPARE(c.model()->lookup(other), SessionModel::Lookup::None);
    }

    void changeProfileMovesARowAndPollsItAtOnce()
    {
        RoutingConsole c(m_dir->path());
        const QString token = createOnStaging(u"sandbox:pass"_s);
        const QString local = c.workspace->profileStore()->currentId();
        // Opened under the local sandbox by name: it stays there, not found.
        c.window->openReferences({token}, local);
        QTRY_VERIFY_WITH_TIMEOUT(c.session(token)->lastPolledAt.isValid(), 10000);
        QTRY_COMPARE(c.model()->lookup(token), SessionModel::Lookup::NotFound);
        QVERIFY(!c.model()->lookupText(token).contains(u"Staging"_s));
        // The profile is added, and the row is moved by hand.
        const QString staging = c.addProfile(u"Staging EU"_s, m_staging->baseUrl(), QString::fromLatin1(StagingKey));
        c.window->watchlist()->showSession(token);
        answerProfileQuestion(u"Staging EU"_s);
        QTest::mouseClick(c.inInspector<QPushButton>("changeProfile"), Qt::LeftButton);
        QCOMPARE(c.session(token)->profileId, staging);
        QCOMPARE(c.model()->lookup(token), SessionModel::Lookup::None);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->status, u"success"_s, 10000);
        QCOMPARE(c.inInspector<QLabel>("lookupNote")->isVisibleTo(c.inspector()), false);
    }

    void aTicketEmailFindsItsTokensAndSelectsThem()
    {
        RoutingConsole c(m_dir->path());
        const QString listed = u"xit_ticketmail0003"_s;
        c.window->openReferences({listed});
        // Until the history is read, opened tokens wait for it: the row is there once it is.
        QTRY_VERIFY_WITH_TIMEOUT(c.model()->contains(listed), 10000);
        const QString email = u"From: Jana M\u00fcller <jana@example.com>\n"
                              "Subject: Re: [ZD-48213] Verification failed again\n\n"
                              "Hi support,\n\nmy verification failed twice. The link was\n"
                              "https://shop.example/verified?status=failed&token=xtk_ticketmail0001&user_id=u-7781 and the\n"
                              "first one (token:xit_ticketmail0002) never finished; yours was \"xit_ticketmail0003\".\n\n"
                              "> On 3 Dec 2026, Support wrote:\n"
                              "> Please send us the link from your e-mail (\"xit_ticketmail0002\").\n"
                              "> Our reference: ZD-48213.\n\nThanks,\nJana\n"_s;
        QString said;
        QTimer::singleShot(0, qApp, [&said, email] {
            auto *dialog = qobject_cast<PasteTokensDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setText(email);
            QSignalSpy submitted(dialog, &PasteTokensDialog::submitted);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(submitted.wait(10000));
            said = dialog->shownText();
            dialog->reject();
        });
        c.window->findChild<QAction *>(u"pasteTokensAction"_s)->trigger();
        QCOMPARE(said, u"3 tokens found: 2 new, 1 already in the watchlist; the rest ignored."_s);
        QCOMPARE(c.model()->rowCount(), 3);
        QStringList selected;
        for (const QModelIndex &i : c.window->watchlist()->findChild<QTableView *>()->selectionModel()->selectedRows())
            selected.append(i.data(SessionModel::TokenRole).toString());
        selected.sort();
        QCOMPARE(selected, (QStringList{u"xit_ticketmail0002"_s, listed, u"xtk_ticketmail0001"_s}));
        QCOMPARE(c.window->watchlist()->currentToken(), u"xtk_ticketmail0001"_s);
    }

    void aResultTokenAndItsInitTokenAreOneRow()
    {
        QString init, result;
        {
            RoutingConsole c(m_dir->path(), true);
            // A session of the local sandbox that passes; its result names its result token.
            init = createOnLocal(c, u"sandbox:pass"_s);
            QVERIFY(!init.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!(result = resultTokenOf(c.workspace->clients()->currentClient(), init)).isEmpty(), 10000);
            QVERIFY(result.startsWith("xtk_"_L1));

            // The ticket brought the result token first: a row of its own, until the init token's row shows
            // they are one session.
            c.window->openReferences({result});
            QTRY_COMPARE_WITH_TIMEOUT(c.session(result)->status, u"success"_s, 10000);
            c.workspace->tracker()->annotate(result, u"ZD-48213"_s, u"Customer wrote on Monday."_s);
            c.window->openReferences({init});
            QTRY_COMPARE_WITH_TIMEOUT(c.model()->rowCount(), 1, 10000);
            QVERIFY(c.model()->contains(init));
            QCOMPARE(c.session(init)->aliases, QStringList{result});
            QCOMPARE(c.session(init)->ticket, u"ZD-48213"_s);
            QCOMPARE(c.window->watchlist()->currentToken(), init);
            QVERIFY(c.inInspector<QLabel>("token")->text().contains(result));
            QCOMPARE(c.inInspector<QLineEdit>("ticket")->text(), u"ZD-48213"_s);
            QVERIFY(c.model()->rowMatches(0, result.right(8)));
            QCOMPARE(c.workspace->tracker()->sessionFor({result}), init);
            // Opening either token again selects the one row.
            c.window->openReferences({result});
            QCOMPARE(c.model()->rowCount(), 1);
            QCOMPARE(c.window->watchlist()->currentToken(), init);

            // A webhook naming the result token is matched to the row.
            const QByteArray body = "{\"id\":\"evt_merged\",\"type\":\"session.success\",\"created\":1,\"data\":{\"token\":\""
                                    + result.toLatin1() + "\",\"status\":\"success\"}}";
            const QByteArray signature = WebhookVerifier::signatureHeader(
                body, c.workspace->sandboxHost()->webhookSecret().toUtf8(), QDateTime::currentSecsSinceEpoch());
            QCOMPARE(postWebhook(c.workspace->inbox()->url(), body, signature), 200);
            InboxModel *inbox = c.workspace->inboxModel();
            const auto matchOf = [inbox] {
                for (int row = 0; row < inbox->rowCount(); ++row) {
                    if (inbox->at(row).eventId == "evt_merged"_L1)
                        return inbox->at(row).matchedToken;
                }
                return u"(not received)"_s;
            };
            QTRY_COMPARE(matchOf(), init);
        }
        // The merge survives a restart: one row, both tokens, both timelines.
        RoutingConsole again(m_dir->path());
        QTRY_VERIFY(again.workspace->tracker()->isReady());
        QCOMPARE(again.model()->rowCount(), 1);
        QCOMPARE(again.session(init)->aliases, QStringList{result});
        QCOMPARE(again.workspace->tracker()->sessionFor({result}), init);
        again.window->watchlist()->showSession(init);
        QTRY_VERIFY(again.inInspector<QTableView>("timeline")->model()->rowCount() >= 2);
    }

    void evidenceOfAFailedSessionForATicket()
    {
        RoutingConsole c(m_dir->path());
        const QString token = createOnLocal(c, u"sandbox:fail:face_mismatch"_s);
        QVERIFY(!token.isEmpty());
        c.window->openReferences({token});
        QTRY_COMPARE_WITH_TIMEOUT(c.session(token)->status, u"failed"_s, 10000);
        const QString ticket = u"ZD-48213 </script><img src=x onerror=alert(1)>"_s;
        c.workspace->tracker()->annotate(token, ticket, u"Customer says the photo is theirs."_s);

        QTemporaryDir out;
        const QString path = out.filePath(u"evidence.html"_s);
        QString preview, previewDe;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<EvidenceDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QSignalSpy previewed(dialog, &EvidenceDialog::previewed);
            QVERIFY(!dialog->fileBytes().isEmpty() || previewed.wait(5000));
            preview = dialog->findChild<QTextBrowser *>()->toPlainText();
            QVERIFY(!dialog->fileBytes().contains("sandbox:fail:face_mismatch"));   // no user id unless ticked
            auto *language = dialog->findChild<QComboBox *>();
            language->setCurrentIndex(language->findData(u"de"_s));
            QVERIFY(previewed.wait(5000));
            previewDe = dialog->findChild<QTextBrowser *>()->toPlainText();
            QCOMPARE(dialog->saveTo(path), QString());
            dialog->accept();
        });
        c.window->inspector()->showSession(token);
        QTest::mouseClick(c.inInspector<QPushButton>("evidence"), Qt::LeftButton);
        QVERIFY2(preview.contains(u"Not verified"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"The face in the selfie did not match the photo on the document."_s));
        QVERIFY(preview.contains(ticket));
        QVERIFY2(previewDe.contains(u"Nicht verifiziert"_s), qPrintable(previewDe));
        QVERIFY(c.window->noticeText().contains(u"evidence.html"_s));
        // The file carries no key or secret of any profile, nor a piece of one.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const Profile &p : c.workspace->profileStore()->profiles()) {
            for (const QString &secret : {p.apiKey, p.webhookSecret}) {
                for (qsizetype at = 0; at + 12 <= secret.size(); ++at)
                    QVERIFY(!bytes.contains(secret.mid(at, 12).toUtf8()));
            }
        }
        QVERIFY(bytes.contains("Nicht verifiziert"));

        // Opened in the console, it is shown read-only and never joins the watchlist.
        const int rows = c.model()->rowCount();
        c.window->openReferences({path});
        auto *viewer = c.window->findChild<EvidenceViewer *>();
        QVERIFY(viewer);
        auto *table = viewer->findChild<QTableWidget *>(u"evidenceSessions"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), token);
        QCOMPARE(table->item(0, 2)->text(), ticket);
        QVERIFY(viewer->findChild<QLabel *>(u"evidenceSource"_s)->text().contains(path));
        QVERIFY(viewer->findChild<QTextBrowser *>(u"evidencePage"_s)->toPlainText().contains(u"Nicht verifiziert"_s));
        QCOMPARE(c.model()->rowCount(), rows);
        // A file that is not evidence is said, not opened.
        const QString other = out.filePath(u"other.html"_s);
        QFile junk(other);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("<html>not evidence</html>");
        junk.close();
        c.window->openReferences({other});
        QVERIFY2(c.window->noticeText().contains(u"holds no evidence data"_s), qPrintable(c.window->noticeText()));
    }

    void openingAListedTokenSelectsAndPollsItAgain()
    {
        RoutingConsole c(m_dir->path());
        const QString first = createOnStaging(u"sandbox:pass"_s);
        const QString second = createOnStaging(u"sandbox:pass"_s);
        const QString staging = c.addProfile(u"Staging EU"_s, m_staging->baseUrl(), QString::fromLatin1(StagingKey));
        c.window->openReferences({first, second}, staging);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(first)->status, u"success"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.session(second)->status, u"success"_s, 10000);
        QCOMPARE(c.window->watchlist()->currentToken(), first);
        c.window->watchlist()->showSession(second);
        const QDateTime polled = c.session(first)->lastPolledAt;
        const quint64 started = c.workspace->scheduler()->requestsStarted();
        QTest::qWait(20);
        c.window->openReferences({first});
        QCOMPARE(c.window->watchlist()->currentToken(), first);
        QCOMPARE(c.model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(c.session(first)->lastPolledAt > polled, 10000);
        QCOMPARE(c.workspace->scheduler()->requestsStarted(), started + 1);
    }
};

QTEST_MAIN(tst_SessionRouting)
#include "tst_sessionrouting.moc"
