#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include "faultserver.h"
#include "headlessbrowser.h"
#include "sandbox/sandbox.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

//! The hosted-widget simulator in a real browser: open verify_url, pick an outcome, follow the redirect.
class tst_WidgetBrowser : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Sandbox::Server> m_sandbox;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<HeadlessBrowser> m_browser;
    FaultServer m_shop; // stands in for the merchant's site that the browser returns to

    template<typename J>
    std::unique_ptr<J> run(J *job)
    {
        job->setAutoDelete(false);
        QSignalSpy done(job, &Job::finished);
        job->start();
        done.wait(5000);
        return std::unique_ptr<J>(job);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (HeadlessBrowser::executable().isEmpty() && qEnvironmentVariableIsSet("XIDENT_ALLOW_NO_BROWSER"))
            QSKIP("chromium is not installed (tools/xident-dev setup installs it)");
        Sandbox::Options o;
        o.port = 0;
        o.processingDelayMs = 400; // long enough for a poll to see in_progress after the choice
        m_sandbox = std::make_unique<Sandbox::Server>(o);
        QVERIFY(m_sandbox->start());
        Config c(u"sk_test_browser_0000000000"_s);
        c.setBaseUrl(m_sandbox->baseUrl());
        m_client = std::make_unique<Client>(c);
        FaultServer::Answer page{200, "<!doctype html><title>Shop</title><p>Back at the shop</p>", {}, {}, "text/html"};
        m_shop.setFallback(page);
        m_browser = std::make_unique<HeadlessBrowser>();
        QVERIFY2(m_browser->start(), qPrintable(m_browser->errorString()));
    }

    void flow_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("choice");      // value for the select next to the button
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("returnPath");
        QTest::addColumn<QString>("title");
        QTest::newRow("de dark fail") << u"de"_s << u"dark"_s << u"fail"_s << u"face_mismatch"_s << u"failed"_s << u"/failed"_s << u"Alter bestätigen"_s;
        QTest::newRow("en light pass") << u"en"_s << u"light"_s << u"pass"_s << u"ocr"_s << u"success"_s << u"/ok"_s << u"Verify your age"_s;
        QTest::newRow("fr cancel") << u"fr"_s << u"auto"_s << u"cancel"_s << QString() << u"canceled"_s << u"/failed"_s << u"Vérifiez votre âge"_s;
    }

    void flow()
    {
        QFETCH(QString, locale);
        QFETCH(QString, theme);
        QFETCH(QString, button);
        QFETCH(QString, choice);
        QFETCH(QString, status);
        QFETCH(QString, returnPath);
        QFETCH(QString, title);

        InitParams p;
        p.callbackUrl = m_shop.baseUrl() + u"/cb"_s;
        p.successUrl = m_shop.baseUrl() + u"/ok"_s;
        p.failedUrl = m_shop.baseUrl() + u"/failed"_s;
        p.minAge = 21;
        p.locale = locale;
        p.theme = theme;
        p.userId = u"cust-77"_s;
        auto init = run(m_client->init(p));
        QVERIFY2(!init->error(), qPrintable(init->error().toString()));
        const QString token = init->result().token;
        m_shop.clear();

        QVERIFY(m_browser->navigate(init->result().verifyUrl));
        QVERIFY2(m_browser->waitFor(u"document.getElementById('%1') !== null"_s.arg(button)), qPrintable(m_browser->errorString()));
        QCOMPARE(m_sandbox->session(token)->status, u"in_progress"_s); // opening the page starts the session
        QCOMPARE(m_browser->evaluate(u"document.title"_s)->toString(), title);
        QCOMPARE(m_browser->evaluate(u"document.documentElement.lang"_s)->toString(), locale);
        QCOMPARE(m_browser->evaluate(u"document.body.dataset.theme"_s)->toString(), theme);
        QVERIFY(m_browser->evaluate(u"document.getElementById('age-gate').textContent"_s)->toString().contains("21"_L1));
        QVERIFY(m_browser->evaluate(u"document.getElementById('sandbox-banner').textContent"_s)->toString().contains("SANDBOX"_L1));

        const QString shotDir = qEnvironmentVariable("XIDENT_SCREENSHOT_DIR");
        if (!shotDir.isEmpty()) {
            QFile png(QDir(shotDir).filePath(u"widget-%1-%2.png"_s.arg(locale, theme)));
            QVERIFY(png.open(QIODevice::WriteOnly));
            png.write(m_browser->screenshot());
        }

        if (!choice.isEmpty()) {
            const QString select = button == "fail"_L1 ? u"reason"_s : u"method"_s;
            QVERIFY(m_browser->evaluate(u"document.querySelector('select[name=%1]').value = '%2'; true"_s.arg(select, choice)));
        }
        QVERIFY(m_browser->evaluate(u"document.getElementById('%1').click(); true"_s.arg(button)));

        // The browser comes back to the shop with status, result token and user id.
        // (The browser also asks the shop for /favicon.ico, sometimes late: that is not the landing.)
        const auto landing = [this]() -> QByteArray {
            const auto received = m_shop.received();
            for (const auto &r : received) {
                if (!r.path.startsWith("/favicon"))
                    return r.path;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!landing().isEmpty(), 10000);
        const QUrl back(m_shop.baseUrl() + QString::fromLatin1(landing()));
        QCOMPARE(back.path(), returnPath);
        const QUrlQuery query(back);
        QCOMPARE(query.queryItemValue(u"status"_s), status);
        QCOMPARE(query.queryItemValue(u"user_id"_s), u"cust-77"_s);
        const QString resultToken = query.queryItemValue(u"token"_s);
        QVERIFY(resultToken.startsWith("xtk_"_L1));

        // Never trust the query: read the result server-side with the token the browser brought back.
        auto result = run(m_client->getResult(resultToken));
        QVERIFY2(!result->error(), qPrintable(result->error().toString()));
        QCOMPARE(result->result().statusText(), status);
        QCOMPARE(result->result().externalUserId(), u"cust-77"_s);
        if (button == "fail"_L1)
            QCOMPARE(result->result().reason(), choice);
        if (button == "pass"_L1) {
            QCOMPARE(result->result().method(), choice);
            QCOMPARE(result->result().ageBracket(), std::optional<int>(21));
        }
    }

    void unknownLinkIsClear()
    {
        QVERIFY(m_browser->navigate(m_sandbox->baseUrl() + u"/widget/xit_unknown"_s));
        QVERIFY(m_browser->waitFor(u"document.body && document.body.textContent.includes('Unknown verification link')"_s));
    }

    void cleanupTestCase()
    {
        m_browser.reset();
    }
};

QTEST_GUILESS_MAIN(tst_WidgetBrowser)
#include "tst_widgetbrowser.moc"
