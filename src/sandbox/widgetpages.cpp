// The hosted-widget simulator: the page verify_url opens, in the session's theme and locale.
#include "sandbox/phoneflow.h"
#include "sandbox/routes.h"
#include "sandbox/sandbox.h"
#include "sandbox/widgettexts.h"

#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

QString widgetLanguage(const QString &locale)
{
    const QString lang = locale.left(2).toLower();
    return lang == "de"_L1 || lang == "fr"_L1 ? lang : u"en"_s;
}

const WidgetTexts &widgetTexts(const QString &locale)
{
    static const WidgetTexts en{"Verify your age", "SANDBOX — no real verification takes place", "You must be %1 or older",
                                "Identity verification", "Pass", "Fail", "Cancel", "Method", "Reason",
                                "Processing your verification…", "This verification is already finished."};
    static const WidgetTexts de{"Alter bestätigen", "SANDBOX — es findet keine echte Prüfung statt", "Sie müssen mindestens %1 Jahre alt sein",
                                "Identitätsprüfung", "Bestehen", "Ablehnen", "Abbrechen", "Methode", "Grund",
                                "Ihre Prüfung wird bearbeitet…", "Diese Prüfung ist bereits abgeschlossen."};
    static const WidgetTexts fr{"Vérifiez votre âge", "SANDBOX — aucune vérification réelle n’a lieu", "Vous devez avoir %1 ans ou plus",
                                "Vérification d’identité", "Réussir", "Échouer", "Annuler", "Méthode", "Motif",
                                "Vérification en cours…", "Cette vérification est déjà terminée."};
    const QString lang = widgetLanguage(locale);
    if (lang == "de"_L1)
        return de;
    if (lang == "fr"_L1)
        return fr;
    return en;
}

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

HttpReply htmlReply(int status, const QString &html)
{
    HttpReply r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = html.toUtf8();
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"), QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action *")));
    return r;
}

QString page(const Session &s, const QString &body)
{
    const WidgetTexts &t = widgetTexts(s.locale);
    // auto/system follow the device's preference, as the hosted widget does.
    const QString theme = s.theme == "dark"_L1 ? u"dark"_s : (s.theme == "auto"_L1 || s.theme == "system"_L1) ? u"auto"_s : u"light"_s;
    const QString lang = s.locale.isEmpty() ? u"en"_s : esc(s.locale.left(2));
    return uR"(<!doctype html><html lang="%1"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>%2</title><style>
:root{--bg:#f3f4f6;--fg:#111827;--card:#ffffff}
body[data-theme=dark]{--bg:#111827;--fg:#f9fafb;--card:#1f2937}
@media (prefers-color-scheme: dark){body[data-theme=auto]{--bg:#111827;--fg:#f9fafb;--card:#1f2937}}
body{font-family:system-ui,sans-serif;margin:0;background:var(--bg);color:var(--fg)}
.banner{background:#f59e0b;color:#111;text-align:center;padding:6px;font-weight:600;font-size:13px;letter-spacing:.04em}
main{max-width:420px;margin:32px auto;padding:24px;border-radius:12px;background:var(--card);box-shadow:0 2px 12px rgba(0,0,0,.15)}
h1{font-size:22px;margin:0 0 8px}.gate{font-size:15px;opacity:.8;margin-bottom:20px}
fieldset{border:1px solid rgba(127,127,127,.35);border-radius:8px;margin:0 0 14px;padding:12px}
button{font-size:15px;padding:10px 16px;border-radius:8px;border:0;cursor:pointer;margin-top:8px}
.pass{background:#16a34a;color:#fff}.fail{background:#dc2626;color:#fff}.cancel{background:#6b7280;color:#fff}
select{font-size:14px;padding:6px;margin-left:8px}
</style></head><body data-theme="%3"><div class="banner" id="sandbox-banner">%4</div><main>%5</main></body></html>)"_s
        .arg(lang, esc(QString::fromUtf8(t.title)), theme, esc(QString::fromUtf8(t.sandbox)), body);
}

HttpReply seeOther(const QByteArray &location)
{
    HttpReply r;
    r.status = 303;
    r.contentType = "text/plain";
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

// Where a finished session's browser goes: its success or failure URL, else its callback, with the outcome.
HttpReply redirectTo(const Session &session)
{
    QString target = session.callbackUrl;
    if (session.status == "success"_L1 && !session.successUrl.isEmpty())
        target = session.successUrl;
    else if (session.status != "success"_L1 && !session.failedUrl.isEmpty())
        target = session.failedUrl;
    QUrl url(target);
    QUrlQuery q(url);
    q.addQueryItem(u"status"_s, session.status);
    q.addQueryItem(u"token"_s, session.resultToken);
    if (!session.userId.isEmpty())
        q.addQueryItem(u"user_id"_s, session.userId);
    url.setQuery(q);
    return seeOther(url.toEncoded());
}

// A landing page for callbacks that have nowhere else to go (the console's default on the sandbox), so a phone
// that finished a demo shows an answer rather than a browser error. The query is shown, never trusted: the result
// is read server-side.
HttpReply donePage(const HttpRequest &request)
{
    const QString status = request.query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    Session none;
    const WidgetTexts &t = widgetTexts({});
    const QString body = u"<h1>%1</h1><p class=\"gate\">%2 <strong id=\"status\">%3</strong></p><p>%4</p>"_s.arg(
        esc(QString::fromUtf8(t.title)), QStringLiteral("Verification finished:"),
        esc(status.isEmpty() ? u"unknown"_s : status.left(32)),
        QStringLiteral("You can close this page."));
    return htmlReply(200, page(none, body));
}

// The tester's panel: an outcome picked by hand (pass with a method, fail with a reason, or cancel).
QString testerPanel(const Session &s)
{
    const WidgetTexts &t = widgetTexts(s.locale);
    QString methods, reasons;
    for (const char *m : {"full", "ml_fast", "ocr", "eu_wallet", "self_declaration"})
        methods += u"<option>%1</option>"_s.arg(QLatin1StringView(m));
    for (const char *r : {"age_below_threshold", "face_mismatch", "docverify_reject", "dob_unreadable",
                          "face_not_detected", "blacklist_match"})
        reasons += u"<option>%1</option>"_s.arg(QLatin1StringView(r));
    const QString gate = s.minAge ? QString::fromUtf8(t.ageGate).arg(*s.minAge) : QString::fromUtf8(t.noGate);
    const QString action = u"/widget/"_s + s.initToken + u"/choose"_s;
    return uR"(<h1>%1</h1><div class="gate" id="age-gate">%2</div>
<form method="post" action="%3"><fieldset><label>%4<select name="method">%5</select></label><br>
<button class="pass" id="pass" name="outcome" value="pass">%6</button></fieldset></form>
<form method="post" action="%3"><fieldset><label>%7<select name="reason" id="reason">%8</select></label><br>
<button class="fail" id="fail" name="outcome" value="fail">%9</button></fieldset></form>
<form method="post" action="%3"><button class="cancel" id="cancel" name="outcome" value="cancel">%10</button></form>)"_s
        .arg(esc(QString::fromUtf8(t.title)), esc(gate), action, esc(QString::fromUtf8(t.method)), methods,
             esc(QString::fromUtf8(t.pass)), esc(QString::fromUtf8(t.reason)), reasons, esc(QString::fromUtf8(t.fail)))
        .arg(esc(QString::fromUtf8(t.cancel)));
}

} // namespace

// The page's last step: the outcome picked (or the one preset), worked out after the processing delay. The phone
// flow then shows its own result page before the redirect.
HttpReply WidgetPages::choose(Session &session, const HttpRequest &request)
{
    Server &server = m_server;
    Session *s = &session;
    const WidgetTexts &t = widgetTexts(s->locale);
    const QString token = s->initToken;
    const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    QString outcome = form.queryItemValue(u"outcome"_s, QUrl::FullyDecoded);
    QString detail = outcome == "fail"_L1 ? form.queryItemValue(u"reason"_s, QUrl::FullyDecoded)
                                          : form.queryItemValue(u"method"_s, QUrl::FullyDecoded);
    if (outcome != "pass"_L1 && outcome != "fail"_L1 && outcome != "cancel"_L1)
        return htmlReply(400, u"<!doctype html><p>Pick pass, fail or cancel.</p>"_s);
    if (outcome == "cancel"_L1)
        detail.clear();
    if (const QString problem = server.outcomeProblem(outcome, detail); !problem.isEmpty())
        return htmlReply(400, u"<!doctype html><p>%1.</p>"_s.arg(esc(problem)));
    const bool phone = PhoneFlow::wanted(request);
    if (s->status != "in_progress"_L1 && s->status != "pending"_L1)
        return phone ? seeOther(PhoneFlow::returnPath(token).toLatin1()) : redirectTo(*s);
    // An outcome the presenter set beforehand wins over what was picked on the page.
    if (!s->presetOutcome.isEmpty() && outcome != "cancel"_L1) {
        outcome = s->presetOutcome;
        detail = s->presetDetail;
    }
    s->submittedAt = QDateTime::currentDateTimeUtc();
    if (server.m_options.processingDelayMs <= 0) {
        server.complete(token, outcome, detail);
        return phone ? seeOther(PhoneFlow::returnPath(token).toLatin1()) : redirectTo(*server.findSession(token));
    }
    QTimer::singleShot(server.m_options.processingDelayMs, &server,
                       [srv = &server, token, outcome, detail] { srv->complete(token, outcome, detail); });
    const int refresh = int((qint64(server.m_options.processingDelayMs) + 999) / 1000);
    if (phone)
        return PhoneFlow(*s).processing(refresh);
    HttpReply r = htmlReply(200, page(*s, u"<h1>%1</h1>"_s.arg(esc(QString::fromUtf8(t.processing)))));
    r.headers.append(qMakePair(QByteArray("Refresh"), QByteArray::number(refresh) + "; url=/widget/" + token.toLatin1() + "/return"));
    return r;
}

bool WidgetPages::serves(const HttpRequest &request)
{
    return request.path.startsWith("/widget/"_L1) || request.path == "/done"_L1;
}

bool WidgetPages::matches(const HttpRequest &request) const
{
    return serves(request);
}

HttpReply WidgetPages::handle(const HttpRequest &request, const QString &, const ImageBody *)
{
    Server &server = m_server;
    if (request.path == "/done"_L1)
        return donePage(request);
    // A fixed path, not a token: answered before the lookup.
    const bool head = request.method == "HEAD";
    const bool get = request.method == "GET" || head;
    if (request.path == QLatin1StringView(PhoneFlow::ScriptPath) && get)
        return PhoneFlow::script();
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // widget, token[, action]
    Session *s = parts.size() >= 2 ? server.findSession(parts[1]) : nullptr;
    if (!s || s->initToken != parts[1])
        return htmlReply(404, u"<!doctype html><title>Not found</title><p>Unknown verification link.</p>"_s);
    if (server.isExpired(*s))
        return htmlReply(410, u"<!doctype html><title>Expired</title><p>This verification link has expired.</p>"_s);
    const WidgetTexts &t = widgetTexts(s->locale);
    const QString token = s->initToken;
    const bool open = s->status == "in_progress"_L1 || s->status == "pending"_L1;
    const bool phone = PhoneFlow::wanted(request);

    if (parts.size() == 2 && get) {
        if (s->status == "pending"_L1 && !head) {
            s->status = u"in_progress"_s;
            s->startedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT server.sessionChanged(token, s->status);
        } else if (!open) {
            return phone ? PhoneFlow(*s).result() : redirectTo(*s);
        }
        return phone ? PhoneFlow(*s).steps() : htmlReply(200, page(*s, testerPanel(*s)));
    }

    if (parts.size() == 3 && parts[2] == "choose"_L1 && request.method == "POST")
        return choose(*s, request);

    if (parts.size() == 3 && parts[2] == "return"_L1 && get) {
        if (open && phone)
            return PhoneFlow(*s).processing(1);
        if (open) {
            HttpReply r = htmlReply(200, page(*s, u"<h1>%1</h1>"_s.arg(esc(QString::fromUtf8(t.processing)))));
            r.headers.append(qMakePair(QByteArray("Refresh"), "1; url=/widget/" + token.toLatin1() + "/return"));
            return r;
        }
        return phone ? PhoneFlow(*s).result() : redirectTo(*s);
    }

    // The phone flow's result page leads here, by its link or by itself: on to the merchant once final.
    if (parts.size() == 3 && parts[2] == "continue"_L1 && get) {
        if (open)
            return seeOther(s->submittedAt.isValid() ? PhoneFlow::returnPath(token).toLatin1()
                                                     : (u"/widget/"_s + token + u"?flow=phone"_s).toLatin1());
        return redirectTo(*s);
    }
    return htmlReply(404, u"<!doctype html><p>Unknown widget action.</p>"_s);
}

} // namespace Xident::Sandbox
