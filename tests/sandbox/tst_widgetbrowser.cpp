#include <XidentQt/client.h>
#include <XidentQt/job.h>
#include "faultserver.h"
#include "headlessbrowser.h"
#include "sandbox/sandbox.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;

//! The hosted-widget simulator in a real browser: open verify_url, pick an outcome, follow the redirect; and the
//! phone flow (verify_url?flow=phone) walked on phone-sized screens.
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

    // The landing at the shop: the browser also asks it for /favicon.ico, sometimes late, and that is not it.
    QByteArray landing() const
    {
        const auto received = m_shop.received();
        for (const auto &r : received) {
            if (!r.path.startsWith("/favicon"))
                return r.path;
        }
        return {};
    }

    std::unique_ptr<InitJob> phoneSession(const QString &locale, const QString &theme)
    {
        InitParams p;
        p.callbackUrl = m_shop.baseUrl() + u"/cb"_s;
        p.successUrl = m_shop.baseUrl() + u"/ok"_s;
        p.failedUrl = m_shop.baseUrl() + u"/failed"_s;
        p.minAge = 21;
        p.locale = locale;
        p.theme = theme;
        p.userId = u"cust-88"_s;
        auto init = run(m_client->init(p));
        m_shop.clear();
        return init;
    }

    static QString phoneUrl(const QString &verifyUrl)
    {
        QUrl url(verifyUrl);
        QUrlQuery query(url);
        query.addQueryItem(u"flow"_s, u"phone"_s);
        url.setQuery(query);
        return url.toString();
    }

    // What a phone's screen asks of the step on it: nothing wider than the screen, every visible control at least
    // 44 px tall, and every control named (by its text, its label or aria-label). One line per problem.
    QStringList layoutProblems(int screenWidth)
    {
        // A phone widens the layout to fit what is too wide (and shrinks the text): innerWidth says so too.
        const auto problems = m_browser->evaluate(uR"js(((width) => {
            const problems = [];
            const root = document.documentElement;
            if (root.scrollWidth > window.innerWidth || window.innerWidth !== width)
                problems.push(`the page is ${root.scrollWidth} px wide, ${window.innerWidth} px laid out, on a ${width} px screen`);
            for (const el of document.querySelectorAll('button, input:not([type=hidden]), select, a, summary')) {
                const what = el.id || el.outerHTML.slice(0, 80);
                const labels = el.labels ? Array.from(el.labels, l => l.textContent).join(' ') : '';
                if (!(el.getAttribute('aria-label') || labels || el.textContent).trim())
                    problems.push(`${what} has no accessible name`);
                const box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0)
                    continue;   // in a step that is not on screen
                if (box.height < 44)
                    problems.push(`${what} is ${box.height} px tall`);
                if (box.left < -0.5 || box.right > window.innerWidth + 0.5)
                    problems.push(`${what} runs off the screen (${box.left}..${box.right})`);
            }
            return problems;
        })(%1))js"_s.arg(screenWidth));
        if (!problems)
            return {m_browser->errorString()};
        QStringList list;
        for (const QJsonValue &p : problems->toArray())
            list << p.toString();
        return list;
    }

    // The resources the page loaded that did not come from the sandbox itself (blob: URLs made on the page are
    // its own). \a expected must be among those that did.
    QStringList foreignRequests(const QString &expected = {})
    {
        const auto names = m_browser->evaluate(u"performance.getEntriesByType('resource').map(e => e.name)"_s);
        const auto origin = m_browser->evaluate(u"location.origin"_s);
        if (!names || !origin)
            return {m_browser->errorString()};
        QStringList foreign;
        bool seen = expected.isEmpty();
        for (const QJsonValue &name : names->toArray()) {
            const QString url = name.toString();
            seen = seen || url == origin->toString() + expected;
            if (!url.startsWith(origin->toString() + u'/') && !url.startsWith(u"blob:"_s + origin->toString() + u'/'))
                foreign << url;
        }
        if (!seen)
            foreign << expected + u" was not loaded"_s;
        return foreign;
    }

    // Screenshots for the documentation, only where XIDENT_SCREENSHOT_DIR asks for them.
    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("XIDENT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QFile png(QDir(dir).filePath(name + u".png"_s));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(m_browser->screenshot());
    }

    bool click(const QString &id)
    {
        return m_browser->evaluate(u"document.getElementById('%1').click(); true"_s.arg(id)).has_value();
    }

    // A step is on screen when its section is the current one and the script has started.
    bool waitForStep(const QString &step)
    {
        return m_browser->waitFor(
            u"document.documentElement.classList.contains('js') && document.body.dataset.step === '%1'"
            " && document.querySelector('[data-step=\"%1\"].current') !== null"_s.arg(step));
    }

    // "Simulate" on a photo step: the stand-in picture shows from a blob: URL made on the phone.
    bool simulatePhoto(const QString &kind)
    {
        return click(kind + u"-simulate"_s)
            && m_browser->waitFor(u"(t => t.src.startsWith('blob:') && t.complete && t.naturalWidth > 0 && !t.hidden)"
                                  "(document.getElementById('%1-thumb'))"_s.arg(kind));
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

    void phoneFlow_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("demo");       // the demo outcome picked: pass or a failure reason
        QTest::addColumn<QString>("preset");     // a failure reason the presenter set beforehand, or empty
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("sentence");
        struct Row
        {
            const char *locale, *demo, *status, *headline, *sentence;
        };
        const Row rows[] = {
            {"en", "pass", "success", "You are verified", "Thank you. Your age has been confirmed."},
            {"en", "face_not_detected", "failed", "Verification failed", "No face could be found in your selfie."},
            {"de", "pass", "success", "Sie sind verifiziert", "Vielen Dank. Ihr Alter wurde bestätigt."},
            {"de", "age_below_threshold", "failed", "Prüfung fehlgeschlagen",
             "Sie erreichen das Mindestalter für dieses Angebot nicht."},
            {"fr", "pass", "success", "Vérification réussie", "Merci. Votre âge a été confirmé."},
            {"fr", "docverify_reject", "failed", "Échec de la vérification",
             "Votre pièce d’identité n’a pas pu être acceptée comme document valide."},
        };
        // The small screen in the dark and automatic themes (its result left by the link), the larger one in the
        // light theme (its result left by the automatic forward).
        for (const QSize screen : {QSize(360, 640), QSize(390, 844)}) {
            for (const Row &r : rows) {
                const QString locale = QString::fromLatin1(r.locale);
                const QString theme = screen.width() == 390 ? u"light"_s : locale == "de"_L1 ? u"auto"_s : u"dark"_s;
                QTest::addRow("%dx%d %s %s", screen.width(), screen.height(), r.locale, r.demo)
                    << screen << locale << theme << QString::fromLatin1(r.demo) << QString() << QString::fromLatin1(r.status)
                    << QString::fromUtf8(r.headline) << QString::fromUtf8(r.sentence);
            }
        }
        QTest::newRow("390x844 en preset face_mismatch")
            << QSize(390, 844) << u"en"_s << u"dark"_s << u"pass"_s << u"face_mismatch"_s << u"failed"_s
            << u"Verification failed"_s << u"Your selfie does not match the photo on your ID."_s;
    }

    void phoneFlow()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, locale);
        QFETCH(QString, theme);
        QFETCH(QString, demo);
        QFETCH(QString, preset);
        QFETCH(QString, status);
        QFETCH(QString, headline);
        QFETCH(QString, sentence);
        // The documentation's pictures: the English steps on the larger screen in the light theme, each result,
        // and the welcome in the dark theme.
        const bool pictures = locale == "en"_L1 && screen.width() == 390;
        const bool steps = pictures && preset.isEmpty() && demo == "pass"_L1;

        auto init = phoneSession(locale, theme);
        QVERIFY2(!init->error(), qPrintable(init->error().toString()));
        const QString token = init->result().token;
        if (!preset.isEmpty()) {
            // The presenter decides on the stage before the phone opens the link.
            QNetworkAccessManager nam;
            QNetworkRequest req(QUrl(m_sandbox->baseUrl() + u"/_sandbox/sessions/%1/preset"_s.arg(token)));
            req.setRawHeader("X-API-Key", "sk_test_browser_0000000000");
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            std::unique_ptr<QNetworkReply> reply(
                nam.post(req, QByteArray(R"({"outcome":"fail","reason":")") + preset.toLatin1() + QByteArray(R"("})")));
            QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }

        QVERIFY2(m_browser->emulatePhone(screen.width(), screen.height()), qPrintable(m_browser->errorString()));
        QVERIFY(m_browser->navigate(phoneUrl(init->result().verifyUrl)));
        QVERIFY2(waitForStep(u"welcome"_s), qPrintable(m_browser->errorString()));
        QCOMPARE(m_sandbox->session(token)->status, u"in_progress"_s); // opening the page starts the session
        QCOMPARE(m_browser->evaluate(u"document.documentElement.lang"_s)->toString(), locale);
        QCOMPARE(m_browser->evaluate(u"document.body.dataset.theme"_s)->toString(), theme);
        // Native controls follow the theme: no white drop-down on a dark page.
        QCOMPARE(m_browser->evaluate(u"getComputedStyle(document.documentElement).colorScheme"_s)->toString(),
                 theme == "auto"_L1 ? u"light dark"_s : theme);
        QVERIFY(m_browser->evaluate(u"document.getElementById('age-gate').textContent"_s)->toString().contains("21"_L1));
        QVERIFY(m_browser->evaluate(u"document.getElementById('sandbox-banner').textContent"_s)->toString().contains("SANDBOX"_L1));
        const QString privacy = m_browser->evaluate(u"document.getElementById('privacy').textContent"_s)->toString();
        QVERIFY2(locale != "en"_L1 || privacy.contains("Nothing is uploaded"_L1), qPrintable(privacy));
        QCOMPARE(layoutProblems(screen.width()).join(u'\n'), QString());
        if (steps || (pictures && theme == "dark"_L1))
            shoot(steps ? u"phone-welcome"_s : u"phone-welcome-dark"_s);

        QVERIFY(click(u"start"_s));
        QVERIFY2(waitForStep(u"selfie"_s), qPrintable(m_browser->errorString()));
        QCOMPARE(m_browser->evaluate(u"document.getElementById('selfie-input').getAttribute('capture')"_s)->toString(), u"user"_s);
        QCOMPARE(layoutProblems(screen.width()).join(u'\n'), QString());
        if (steps)
            shoot(u"phone-selfie"_s);
        QVERIFY2(simulatePhoto(u"selfie"_s), qPrintable(m_browser->errorString()));
        QCOMPARE(layoutProblems(screen.width()).join(u'\n'), QString());

        QVERIFY(click(u"selfie-next"_s));
        QVERIFY2(waitForStep(u"id"_s), qPrintable(m_browser->errorString()));
        QCOMPARE(m_browser->evaluate(u"document.getElementById('id-input').getAttribute('capture')"_s)->toString(),
                 u"environment"_s);
        QVERIFY2(simulatePhoto(u"id"_s), qPrintable(m_browser->errorString()));
        QCOMPARE(layoutProblems(screen.width()).join(u'\n'), QString());
        // The demo outcome is offered unless the presenter already chose one.
        QCOMPARE(m_browser->evaluate(u"document.getElementById('demo-outcome') !== null"_s)->toBool(), preset.isEmpty());
        if (preset.isEmpty())
            QVERIFY(m_browser->evaluate(u"document.getElementById('demo-outcome').value = '%1'; true"_s.arg(demo)));
        if (steps)
            shoot(u"phone-id"_s);
        QCOMPARE(foreignRequests(u"/widget/assets/phone.js"_s).join(u'\n'), QString());

        QVERIFY(click(u"finish"_s));
        QVERIFY2(waitForStep(u"processing"_s), qPrintable(m_browser->errorString()));
        if (steps) {
            QVERIFY(m_browser->waitFor(u"document.querySelector('.current .checks li:nth-child(3)')"
                                       ".getAnimations().every(a => a.playState === 'finished')"_s, 3000));
            shoot(u"phone-processing"_s);
        }

        // The result, on the sandbox still: a tick or a cross and a sentence in the session's language.
        QVERIFY2(m_browser->waitFor(u"document.getElementById('result') !== null"_s, 15000), qPrintable(m_browser->errorString()));
        QCOMPARE(m_browser->evaluate(u"document.getElementById('result').dataset.mark"_s)->toString(),
                 status == "success"_L1 ? u"tick"_s : u"cross"_s);
        QCOMPARE(m_browser->evaluate(u"document.getElementById('result-title').textContent"_s)->toString(), headline);
        QCOMPARE(m_browser->evaluate(u"document.getElementById('result-sentence').textContent"_s)->toString(), sentence);
        QCOMPARE(m_browser->evaluate(u"document.documentElement.lang"_s)->toString(), locale);
        QCOMPARE(layoutProblems(screen.width()).join(u'\n'), QString());
        QCOMPARE(foreignRequests().join(u'\n'), QString());
        if (pictures && preset.isEmpty()) {
            QVERIFY(m_browser->waitFor(u"document.getAnimations().every(a => a.playState === 'finished')"_s, 3000));
            shoot(status == "success"_L1 ? u"phone-result-pass"_s : u"phone-result-fail"_s);
        }
        QVERIFY(landing().isEmpty());

        // Then on to the shop, as the tester's panel goes: by the link, or by itself after a few seconds.
        if (screen.width() == 360)
            QVERIFY(click(u"continue"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!landing().isEmpty(), 15000);
        const QUrl back(m_shop.baseUrl() + QString::fromLatin1(landing()));
        QCOMPARE(back.path(), status == "success"_L1 ? u"/ok"_s : u"/failed"_s);
        const QUrlQuery query(back);
        QCOMPARE(query.queryItemValue(u"status"_s), status);
        QCOMPARE(query.queryItemValue(u"user_id"_s), u"cust-88"_s);

        auto result = run(m_client->getResult(query.queryItemValue(u"token"_s)));
        QVERIFY2(!result->error(), qPrintable(result->error().toString()));
        QCOMPARE(result->result().statusText(), status);
        if (status == "success"_L1) {
            QCOMPARE(result->result().method(), u"full"_s);   // a selfie and a document
        } else {
            QCOMPARE(result->result().reason(), preset.isEmpty() ? demo : preset);
        }
        QVERIFY(m_sandbox->session(token)->submittedAt.isValid());
    }

    void phoneFlowCancels()
    {
        auto init = phoneSession(u"de"_s, u"light"_s);
        QVERIFY2(!init->error(), qPrintable(init->error().toString()));
        QVERIFY(m_browser->emulatePhone(360, 640));
        QVERIFY(m_browser->navigate(phoneUrl(init->result().verifyUrl)));
        QVERIFY2(waitForStep(u"welcome"_s), qPrintable(m_browser->errorString()));
        QVERIFY(click(u"start"_s));
        QVERIFY(waitForStep(u"selfie"_s));
        QVERIFY(click(u"cancel"_s));
        QVERIFY2(m_browser->waitFor(u"document.getElementById('result') !== null"_s, 15000), qPrintable(m_browser->errorString()));
        QCOMPARE(m_browser->evaluate(u"document.getElementById('result-title').textContent"_s)->toString(), u"Prüfung abgebrochen"_s);
        QVERIFY(click(u"continue"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!landing().isEmpty(), 15000);
        const QUrl back(m_shop.baseUrl() + QString::fromLatin1(landing()));
        QCOMPARE(back.path(), u"/failed"_s);
        QCOMPARE(QUrlQuery(back).queryItemValue(u"status"_s), u"canceled"_s);
        QCOMPARE(m_sandbox->session(init->result().token)->status, u"canceled"_s);
    }

    void phonePhotoStaysOnThePhone()
    {
        auto init = phoneSession(u"en"_s, u"light"_s);
        QVERIFY2(!init->error(), qPrintable(init->error().toString()));
        QVERIFY(m_browser->emulatePhone(390, 844));
        QVERIFY(m_browser->navigate(phoneUrl(init->result().verifyUrl)));
        QVERIFY2(waitForStep(u"welcome"_s), qPrintable(m_browser->errorString()));
        QVERIFY(click(u"start"_s));
        QVERIFY(waitForStep(u"selfie"_s));
        // The file inputs have no name and sit in no form; the only form posts the flow and the outcome.
        QCOMPARE(m_browser->evaluate(u"Array.from(document.querySelectorAll('input[type=file]'))"
                                     ".every(i => !i.name && !i.form)"_s)->toBool(), true);
        QCOMPARE(m_browser->evaluate(u"Array.from(document.getElementById('finish-form').elements)"
                                     ".filter(e => e.name).map(e => e.name).join()"_s)->toString(),
                 u"flow,outcome,reason"_s);

        // A picture "taken" (put into the input as the camera would): shown from the phone's memory, nothing sent.
        QTemporaryDir dir;
        QFile png(dir.filePath(u"selfie.png"_s));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPQiDqBFTEMLQkAFKhSgZfuVK8AAAAASUVORK5CYII="));
        png.close();
        QSignalSpy requests(m_sandbox.get(), &Sandbox::Server::requestLogged);
        QVERIFY2(m_browser->setInputFiles(u"#selfie-input"_s, {png.fileName()}), qPrintable(m_browser->errorString()));
        QVERIFY2(m_browser->waitFor(u"(t => t.src.startsWith('blob:') && t.complete && t.naturalWidth === 8)"
                                    "(document.getElementById('selfie-thumb'))"_s),
                 qPrintable(m_browser->errorString()));
        QVERIFY(m_browser->evaluate(u"document.getElementById('selfie-step').classList.contains('captured')"_s)->toBool());
        for (const QList<QVariant> &line : std::as_const(requests))
            QVERIFY2(line.value(0).toString().contains("/favicon"_L1), qPrintable(line.value(0).toString()));
        QCOMPARE(foreignRequests(u"/widget/assets/phone.js"_s).join(u'\n'), QString());

        // Retake forgets the picture.
        QVERIFY(click(u"selfie-retake"_s));
        QVERIFY(m_browser->waitFor(u"(t => t.hidden && !t.hasAttribute('src'))(document.getElementById('selfie-thumb'))"_s));
    }

    void phonePagesHeaders()
    {
        // The policy the phone flow's pages carry, and the script's own route before any token lookup.
        auto phone = phoneSession(u"en"_s, u"light"_s);
        auto panel = phoneSession(u"en"_s, u"light"_s);
        QVERIFY(!phone->error() && !panel->error());
        QNetworkAccessManager nam;
        const auto get = [&nam](const QString &url, const QByteArray &method = "GET") {
            std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(QNetworkRequest(QUrl(url)), method));
            QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000);
            return reply;
        };
        const auto page = get(phoneUrl(phone->result().verifyUrl));
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(page->rawHeader("Content-Security-Policy"),
                 "default-src 'none'; script-src 'self'; img-src 'self' blob:; style-src 'unsafe-inline'; "
                 "form-action 'self'; base-uri 'none'"_ba);
        QCOMPARE(page->rawHeader("Referrer-Policy"), "no-referrer"_ba);
        QVERIFY(page->readAll().contains(R"(<script src="/widget/assets/phone.js"></script>)"));
        QCOMPARE(m_sandbox->session(phone->result().token)->status, u"in_progress"_s);

        const auto script = get(m_sandbox->baseUrl() + u"/widget/assets/phone.js"_s);
        QCOMPARE(script->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(script->header(QNetworkRequest::ContentTypeHeader).toByteArray(), "text/javascript; charset=utf-8"_ba);
        QCOMPARE(script->rawHeader("X-Content-Type-Options"), "nosniff"_ba);
        QVERIFY(script->readAll().contains("URL.createObjectURL"));
        QCOMPARE(get(m_sandbox->baseUrl() + u"/widget/assets/phone.js"_s, "POST")->attribute(
                     QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);

        // The tester's panel keeps its policy: its form's redirect goes to the merchant's origin.
        const auto tester = get(panel->result().verifyUrl);
        QCOMPARE(tester->rawHeader("Content-Security-Policy"), "default-src 'none'; style-src 'unsafe-inline'; form-action *"_ba);
        QVERIFY(!tester->readAll().contains("<script"));
    }

    void unknownLinkIsClear()
    {
        QVERIFY(m_browser->stopEmulation());
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
