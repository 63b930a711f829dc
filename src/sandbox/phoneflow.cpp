// The phone flow's pages: what a customer sees when a presenter hands over the sandbox's QR code. The words are
// in the session's language, the look in its theme; the steps switch on the phone (phonescript.cpp), and only
// the outcome is ever posted.
#include "sandbox/phoneflow.h"

#include "sandbox/sessionstore.h"
#include "sandbox/widgettexts.h"

#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

struct PhoneTexts
{
    const char *identityTitle, *leadAge, *leadIdentity, *needs, *needSelfie, *needId, *start, *stepOf;
    const char *selfieTitle, *selfieHint, *selfieTake, *selfieAlt;
    const char *idTitle, *idHint, *idTake, *idAlt;
    const char *simulate, *retake, *next, *finish, *demoOutcome, *nothingUploaded;
    const char *checkFace, *checkDocument, *checkAge, *checkIdentity;
    const char *verified, *verifiedAge, *verifiedIdentity, *failed, *failedSentence;
    const char *canceled, *canceledSentence, *expired, *expiredSentence, *continueLabel, *forwardNote;
    const char *reasonLabels[6];      // short, for the presenter's demo choice
    const char *reasonSentences[6];   // what the customer reads on the result
};

namespace {

// In the order of the texts' reason arrays.
constexpr const char *ReasonCodes[6] = {"age_below_threshold", "face_mismatch",     "docverify_reject",
                                        "dob_unreadable",      "face_not_detected", "blacklist_match"};

const PhoneTexts &phoneTexts(const QString &locale)
{
    static const PhoneTexts en{
        "Verify your identity",
        "Before you continue, we need to confirm that you are old enough. It takes about a minute.",
        "Before you continue, we need to confirm who you are. It takes about a minute.",
        "You will need", "A selfie", "Your ID card, passport or driving licence", "Start", "Step %1 of %2",
        "Take a selfie", "Hold your phone at eye level and keep your face inside the oval.", "Take a selfie", "Your selfie",
        "Photograph your ID", "Lay your document flat inside the frame, all four corners visible and without glare.",
        "Take a photo", "Photo of your ID",
        "Simulate", "Retake", "Continue", "Finish", "Demo outcome", "Nothing is uploaded: your photos stay on this phone.",
        "Comparing your selfie with your ID", "Reading your document", "Confirming your age", "Confirming your identity",
        "You are verified", "Thank you. Your age has been confirmed.", "Thank you. Your identity has been confirmed.",
        "Verification failed", "We could not verify you.",
        "Verification canceled", "You stopped the verification. Nothing was checked.",
        "Link expired", "This verification link has expired.", "Continue",
        "You will be taken back automatically in a few seconds.",
        {"too young", "face does not match", "document rejected", "date of birth unreadable", "no face detected",
         "on a blocklist"},
        {"You do not meet the minimum age for this service.", "Your selfie does not match the photo on your ID.",
         "Your ID could not be accepted as a valid document.", "The date of birth on your ID could not be read.",
         "No face could be found in your selfie.",
         "This verification cannot be completed. Please contact the merchant."}};
    static const PhoneTexts de{
        "Identität bestätigen",
        "Bevor es weitergeht, müssen wir bestätigen, dass Sie alt genug sind. Das dauert etwa eine Minute.",
        "Bevor es weitergeht, müssen wir bestätigen, wer Sie sind. Das dauert etwa eine Minute.",
        "Sie benötigen", "Ein Selfie", "Ihren Personalausweis, Reisepass oder Führerschein", "Starten", "Schritt %1 von %2",
        "Selfie aufnehmen", "Halten Sie das Telefon auf Augenhöhe und Ihr Gesicht im Oval.", "Selfie aufnehmen", "Ihr Selfie",
        "Ausweis fotografieren", "Legen Sie das Dokument flach in den Rahmen: alle vier Ecken sichtbar, ohne Spiegelung.",
        "Foto aufnehmen", "Foto Ihres Ausweises",
        "Simulieren", "Neu aufnehmen", "Weiter", "Abschließen", "Demo-Ergebnis",
        "Es wird nichts hochgeladen: Ihre Fotos bleiben auf diesem Telefon.",
        "Selfie wird mit dem Ausweis verglichen", "Dokument wird gelesen", "Alter wird bestätigt", "Identität wird bestätigt",
        "Sie sind verifiziert", "Vielen Dank. Ihr Alter wurde bestätigt.", "Vielen Dank. Ihre Identität wurde bestätigt.",
        "Prüfung fehlgeschlagen", "Wir konnten Sie nicht verifizieren.",
        "Prüfung abgebrochen", "Sie haben die Prüfung abgebrochen. Es wurde nichts geprüft.",
        "Link abgelaufen", "Dieser Prüfungslink ist abgelaufen.", "Weiter",
        "Sie werden in wenigen Sekunden automatisch zurückgeleitet.",
        {"zu jung", "Gesicht passt nicht", "Dokument abgelehnt", "Geburtsdatum unlesbar", "kein Gesicht erkannt",
         "auf einer Sperrliste"},
        {"Sie erreichen das Mindestalter für dieses Angebot nicht.", "Ihr Selfie stimmt nicht mit dem Foto auf Ihrem Ausweis überein.",
         "Ihr Ausweis konnte nicht als gültiges Dokument anerkannt werden.",
         "Das Geburtsdatum auf Ihrem Ausweis war nicht lesbar.", "Auf Ihrem Selfie wurde kein Gesicht erkannt.",
         "Diese Prüfung kann nicht abgeschlossen werden. Bitte wenden Sie sich an den Händler."}};
    static const PhoneTexts fr{
        "Vérifiez votre identité",
        "Avant de continuer, nous devons confirmer que vous avez l’âge requis. Cela prend environ une minute.",
        "Avant de continuer, nous devons confirmer votre identité. Cela prend environ une minute.",
        "Il vous faut", "Un selfie", "Votre carte d’identité, passeport ou permis de conduire", "Commencer", "Étape %1 sur %2",
        "Prenez un selfie", "Tenez le téléphone à hauteur des yeux et gardez votre visage dans l’ovale.", "Prendre un selfie",
        "Votre selfie",
        "Photographiez votre pièce d’identité", "Posez le document à plat dans le cadre, les quatre coins visibles et sans reflet.",
        "Prendre une photo", "Photo de votre pièce d’identité",
        "Simuler", "Reprendre", "Continuer", "Terminer", "Résultat de la démo",
        "Rien n’est envoyé : vos photos restent sur ce téléphone.",
        "Comparaison de votre selfie avec votre pièce", "Lecture de votre document", "Confirmation de votre âge",
        "Confirmation de votre identité",
        "Vérification réussie", "Merci. Votre âge a été confirmé.", "Merci. Votre identité a été confirmée.",
        "Échec de la vérification", "Nous n’avons pas pu vous vérifier.",
        "Vérification annulée", "Vous avez interrompu la vérification. Rien n’a été vérifié.",
        "Lien expiré", "Ce lien de vérification a expiré.", "Continuer",
        "Vous serez redirigé automatiquement dans quelques secondes.",
        {"trop jeune", "visage différent", "document refusé", "date de naissance illisible", "aucun visage détecté",
         "sur une liste de blocage"},
        {"Vous n’avez pas l’âge minimum requis pour ce service.",
         "Votre selfie ne correspond pas à la photo de votre pièce d’identité.",
         "Votre pièce d’identité n’a pas pu être acceptée comme document valide.",
         "La date de naissance sur votre pièce d’identité est illisible.", "Aucun visage n’a été détecté sur votre selfie.",
         "Cette vérification ne peut pas aboutir. Veuillez contacter le marchand."}};
    const QString lang = widgetLanguage(locale);
    if (lang == "de"_L1)
        return de;
    if (lang == "fr"_L1)
        return fr;
    return en;
}

// Our own words, escaped all the same: a translation may one day carry an ampersand.
QString say(const char *text)
{
    return QString::fromUtf8(text).toHtmlEscaped();
}

HttpReply htmlReply(int status, const QString &html)
{
    HttpReply r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = html.toUtf8();
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"), QByteArray(PhoneFlow::ContentSecurityPolicy)));
    // The link to the merchant would otherwise tell it the widget's address, token and all.
    r.headers.append(qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    return r;
}

bool hasAgeGate(const Session &s)
{
    return s.minAge && *s.minAge > 0;
}

// The purpose decides what the pages speak of: an age, or who someone is.
bool asksForAge(const Session &s)
{
    return hasAgeGate(s) && s.purpose != "id_verification"_L1;
}

// The drawings are the page's own (inline SVG), coloured by the theme through their classes.
constexpr auto BrandMark = R"(<svg viewBox="0 0 24 24" aria-hidden="true">
<path class="shield" d="M12 1.8 3.5 5v6.2c0 5.3 3.6 9.8 8.5 11 4.9-1.2 8.5-5.7 8.5-11V5z"/>
<path class="tick" d="m8 12 2.8 2.8 5.4-5.4"/></svg>)";
constexpr auto HeroArt = R"(<svg viewBox="0 0 160 120" aria-hidden="true">
<rect class="soft" x="10" y="18" width="122" height="82" rx="12"/>
<rect class="edge" x="10" y="18" width="122" height="82" rx="12"/>
<path class="band" d="M22 18h98a12 12 0 0 1 12 12v4H10v-4a12 12 0 0 1 12-12z"/>
<circle class="ink" cx="42" cy="56" r="11"/><path class="ink" d="M23 88c2-10 9-15 19-15s17 5 19 15z"/>
<rect class="line" x="72" y="50" width="44" height="7" rx="3.5"/>
<rect class="line" x="72" y="64" width="32" height="7" rx="3.5"/>
<rect class="line" x="72" y="78" width="38" height="7" rx="3.5"/><circle class="okdot" cx="130" cy="94" r="19"/>
<path class="okmark" d="m121.5 94 6 6 11-11.5"/></svg>)";
constexpr auto SelfieIcon = R"(<svg viewBox="0 0 36 36" aria-hidden="true"><circle class="soft" cx="18" cy="18" r="18"/>
<circle class="ink" cx="18" cy="14.5" r="5.5"/>
<path class="ink" d="M9.5 28c1.2-5 4.6-7.5 8.5-7.5s7.3 2.5 8.5 7.5z"/></svg>)";
constexpr auto CardIcon = R"(<svg viewBox="0 0 36 36" aria-hidden="true"><circle class="soft" cx="18" cy="18" r="18"/>
<rect class="thin" x="7.5" y="11" width="21" height="14" rx="2.5"/>
<circle class="ink" cx="13.5" cy="17" r="2.4"/>
<path class="ink" d="M9.8 22.3c.6-1.6 2-2.4 3.7-2.4s3.1.8 3.7 2.4z"/>
<rect class="ink" x="19" y="15" width="7" height="2" rx="1"/>
<rect class="ink" x="19" y="19" width="5" height="2" rx="1"/></svg>)";
constexpr auto CameraIcon = R"(<svg viewBox="0 0 24 24" aria-hidden="true">
<path class="stroke" d="M4 8.5A2.5 2.5 0 0 1 6.5 6h1.8l1.4-2h4.6l1.4 2h1.8A2.5 2.5 0 0 1 20 8.5v8a2.5 2.5 0 0 1-2.5 2.5h-11A2.5 2.5 0 0 1 4 16.5z"/>
<circle class="stroke" cx="12" cy="12.5" r="3.4"/></svg>)";
constexpr auto LockIcon = R"(<svg viewBox="0 0 16 16" aria-hidden="true"><rect x="3" y="7" width="10" height="7.5" rx="1.8"/>
<path class="stroke" d="M5.3 7V5.3a2.7 2.7 0 0 1 5.4 0V7"/></svg>)";
// The selfie's oval and the document's corners. A taken photo shows inside them (see .thumb in the style).
constexpr auto FaceGuide = R"(<svg class="guide" viewBox="0 0 300 320" aria-hidden="true"><g class="silhouette">
<circle cx="150" cy="138" r="56"/><path d="M50 320c6-64 48-96 100-96s94 32 100 96z"/></g>
<ellipse class="outline" cx="150" cy="150" rx="96" ry="122"/></svg>)";
constexpr auto CardGuide = R"(<svg class="guide" viewBox="0 0 320 210" aria-hidden="true"><g class="silhouette">
<rect x="46" y="44" width="228" height="122" rx="12"/>
<rect class="cut" x="64" y="68" width="52" height="70" rx="6"/>
<rect class="cut" x="132" y="74" width="110" height="9" rx="4.5"/>
<rect class="cut" x="132" y="95" width="80" height="9" rx="4.5"/>
<rect class="cut" x="132" y="116" width="96" height="9" rx="4.5"/></g>
<path class="outline" d="M28 60V40a12 12 0 0 1 12-12h20M260 28h20a12 12 0 0 1 12 12v20M292 150v20a12 12 0 0 1-12 12h-20M60 182H40a12 12 0 0 1-12-12v-20"/>
</svg>)";
constexpr auto TickMark = R"(<svg viewBox="0 0 52 52" aria-hidden="true"><path d="m14 27 8 8 16-17"/></svg>)";
constexpr auto CrossMark = R"(<svg viewBox="0 0 52 52" aria-hidden="true"><path d="M17 17l18 18M35 17 17 35"/></svg>)";

// Mobile first: one column, thumb-sized controls (44 px at least), nothing wider than the screen.
constexpr auto Style = R"css(
:root{--bg:#fff;--page:#f2f4f8;--fg:#111827;--muted:#5b6474;--line:#e1e5ec;--accent:#2352d1;--accent-fg:#fff;
  --accent-soft:#e8eefc;--ok:#0f7d57;--ok-soft:#e1f4ec;--bad:#c2352e;--bad-soft:#fbe8e6;--neutral:#5b6474;
  --neutral-soft:#eceff3}
html[data-theme=light]{color-scheme:light}
html[data-theme=dark]{color-scheme:dark}
html[data-theme=auto]{color-scheme:light dark}
html[data-theme=dark]{--bg:#0f141b;--page:#18202b;--fg:#eef2f7;--muted:#9aa5b4;--line:#2a3340;--accent:#6d96ff;
  --accent-fg:#0b1020;--accent-soft:#1c2a45;--ok:#3cc48a;--ok-soft:#143528;--bad:#ff7b70;--bad-soft:#3d1d1b;
  --neutral:#9aa5b4;--neutral-soft:#222b37}
@media (prefers-color-scheme:dark){
  html[data-theme=auto]{--bg:#0f141b;--page:#18202b;--fg:#eef2f7;--muted:#9aa5b4;--line:#2a3340;--accent:#6d96ff;
    --accent-fg:#0b1020;--accent-soft:#1c2a45;--ok:#3cc48a;--ok-soft:#143528;--bad:#ff7b70;--bad-soft:#3d1d1b;
    --neutral:#9aa5b4;--neutral-soft:#222b37}
}
*{box-sizing:border-box}
[hidden]{display:none!important}
html,body{margin:0}
body{min-height:100vh;min-height:100dvh;display:flex;flex-direction:column;background:var(--bg);color:var(--fg);
  font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-text-size-adjust:100%;
  overflow-wrap:anywhere}
.banner{background:#f59e0b;color:#111;text-align:center;padding:5px 12px;font-weight:600;font-size:12px;
  letter-spacing:.04em}
.bar{display:flex;align-items:center;justify-content:space-between;gap:8px;min-height:56px;padding:0 8px 0 20px;
  border-bottom:1px solid var(--line)}
.brand{display:flex;align-items:center;gap:8px;font-weight:700;font-size:17px;letter-spacing:-.01em}
.brand svg{width:26px;height:26px}
.brand .shield{fill:var(--accent)}
.brand .tick{fill:none;stroke:var(--accent-fg);stroke-width:2.2;stroke-linecap:round;stroke-linejoin:round}
.bar form{margin:0}
.link{min-height:44px;padding:0 12px;border:0;border-radius:10px;background:none;color:var(--muted);font:inherit;
  font-size:15px;cursor:pointer}
body[data-step=processing] .bar form{visibility:hidden}
main{flex:1;display:flex;flex-direction:column;width:100%;max-width:460px;margin:0 auto;padding:20px 20px 8px}
.step{flex:1;display:flex;flex-direction:column}
.js .step:not(.current){display:none}
html:not(.js) .js-only{display:none}
h1{font-size:25px;line-height:1.2;letter-spacing:-.02em;margin:0 0 8px}
h1:focus{outline:none}
p{margin:0 0 16px}
.lead,.hint{color:var(--muted)}
.hint{font-size:15px}
.progress{display:flex;align-items:center;gap:6px;margin:0 0 16px;font-size:13px;font-weight:600;color:var(--muted)}
.progress .seg{flex:1;height:4px;border-radius:2px;background:var(--line)}
.progress .seg.on{background:var(--accent)}
.progress .of{margin-left:6px;white-space:nowrap}
.hero{display:flex;justify-content:center;margin:4px 0 20px}
.hero svg{width:150px;height:112px}
svg .soft{fill:var(--accent-soft)}
svg .edge{fill:none;stroke:var(--accent);stroke-width:2}
svg .band{fill:var(--accent);opacity:.9}
svg .ink{fill:var(--accent)}
svg .line{fill:var(--accent);opacity:.3}
svg .thin{fill:none;stroke:var(--accent);stroke-width:1.6}
svg .okdot{fill:var(--ok);stroke:var(--bg);stroke-width:4}
svg .okmark{fill:none;stroke:#fff;stroke-width:4;stroke-linecap:round;stroke-linejoin:round}
svg .stroke{fill:none;stroke:currentColor;stroke-width:1.8;stroke-linejoin:round}
.gate{display:flex;align-items:center;gap:10px;font-weight:600}
.badge{flex:none;white-space:nowrap;display:inline-flex;align-items:center;justify-content:center;min-width:48px;
  height:30px;padding:0 10px;border-radius:15px;background:var(--accent-soft);color:var(--accent);font-weight:700;
  font-size:15px}
.needs-title{margin:4px 0 8px;font-size:12px;font-weight:700;letter-spacing:.07em;text-transform:uppercase;
  color:var(--muted)}
.needs{list-style:none;margin:0 0 24px;padding:0;border:1px solid var(--line);border-radius:14px}
.needs li{display:flex;align-items:center;gap:14px;padding:12px 16px;font-weight:500}
.needs li+li{border-top:1px solid var(--line)}
.needs svg{flex:none;width:36px;height:36px}
.actions{display:flex;flex-direction:column;gap:10px;margin-top:auto;padding-top:8px}
.actions form{display:flex;flex-direction:column;gap:10px;margin:0}
.primary,.secondary{position:relative;display:flex;align-items:center;justify-content:center;gap:10px;width:100%;
  min-height:52px;padding:12px 20px;border:0;border-radius:14px;font:inherit;font-size:17px;font-weight:600;
  text-decoration:none;text-align:center;cursor:pointer}
.primary{background:var(--accent);color:var(--accent-fg)}
.secondary{background:none;color:var(--accent);box-shadow:inset 0 0 0 1.5px var(--line)}
.primary svg{flex:none;width:22px;height:22px}
.file{overflow:hidden}
.file input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.file:focus-within,button:focus-visible,a:focus-visible,select:focus-visible{outline:3px solid var(--accent);
  outline-offset:2px}
.frame{position:relative;width:min(100%,36vh);margin:0 auto 20px;border-radius:22px;background:var(--page);
  overflow:hidden}
.frame.face{aspect-ratio:300/320}
.frame.card{width:100%;aspect-ratio:320/210}
.frame .guide{position:absolute;inset:0;width:100%;height:100%}
.guide .silhouette{fill:var(--line)}
.guide .cut{fill:var(--page)}
.guide .outline{fill:none;stroke:var(--accent);stroke-width:4;stroke-linecap:round}
.face .outline{stroke-dasharray:10 9}
.thumb{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.face .thumb{clip-path:ellipse(32% 38.125% at 50% 46.875%)}
.card .thumb{top:13.33%;left:8.75%;width:82.5%;height:73.33%;border-radius:10px}
.captured .silhouette{display:none}
.captured .outline{stroke:var(--ok);stroke-dasharray:none}
.js .photo:not(.captured) .after,.js .photo.captured .before{display:none}
.demo{display:flex;align-items:center;justify-content:space-between;gap:12px;margin-top:6px;padding-top:10px;
  border-top:1px dashed var(--line);font-size:13px;color:var(--muted)}
.demo select{min-height:44px;min-width:0;max-width:62%;padding:0 10px;border:1px solid var(--line);border-radius:10px;
  background:var(--bg);color:var(--fg);font:inherit;font-size:14px}
.center{text-align:center}
.center .middle{margin:auto 0}
.spinner{width:64px;height:64px;margin:8px auto 28px;border-radius:50%;border:5px solid var(--accent-soft);
  border-top-color:var(--accent);animation:spin .9s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
.checks{width:fit-content;max-width:100%;list-style:none;margin:12px auto 0;padding:0;text-align:left}
.checks li{display:flex;align-items:center;gap:12px;padding:9px 0;color:var(--muted);opacity:0;
  animation:appear .3s ease forwards}
.checks li:nth-child(2){animation-delay:.3s}
.checks li:nth-child(3){animation-delay:.6s}
.checks li::before{content:"";flex:none;width:16px;height:16px;border-radius:50%;border:2.5px solid var(--accent)}
@keyframes appear{to{opacity:1}}
.mark{display:flex;align-items:center;justify-content:center;width:104px;height:104px;margin:0 auto 24px;
  border-radius:50%}
.mark.ok{background:var(--ok-soft);color:var(--ok)}
.mark.bad{background:var(--bad-soft);color:var(--bad)}
.mark.neutral{background:var(--neutral-soft);color:var(--neutral)}
.mark svg{width:56px;height:56px}
.mark path{fill:none;stroke:currentColor;stroke-width:4.5;stroke-linecap:round;stroke-linejoin:round;
  stroke-dasharray:60;stroke-dashoffset:60;animation:draw .45s .15s ease-out forwards}
@keyframes draw{to{stroke-dashoffset:0}}
.note{font-size:13px;color:var(--muted);text-align:center;margin:4px 0 0}
.privacy{margin:0;padding:12px 24px 16px;font-size:13px;color:var(--muted);text-align:center;text-wrap:balance}
.privacy svg{width:13px;height:13px;margin-right:6px;vertical-align:-1px;fill:currentColor}
@media (max-height:700px){
  main{padding-top:14px}
  h1{font-size:22px}
  .progress{margin-bottom:10px}
  .hero{margin-bottom:12px}
  .hero svg{width:120px;height:90px}
  .frame{width:min(100%,31vh)}
  .frame.card{width:min(100%,46vh)}
  .primary,.secondary{min-height:48px;padding:10px 20px}
  .actions{gap:8px}
  .privacy{padding:8px 24px 10px}
}
@media (prefers-reduced-motion:reduce){
  *{animation-duration:.01s!important;animation-delay:0s!important;animation-iteration-count:1!important}
}
)css";

// One of the three numbered steps: a bar with \a number of them filled, and "Step n of 3".
QString progress(const PhoneTexts &t, int number)
{
    QString bar;
    for (int k = 1; k <= 3; ++k)
        bar += k <= number ? u"<span class=\"seg on\"></span>"_s : u"<span class=\"seg\"></span>"_s;
    return u"<div class=\"progress\">%1<span class=\"of\">%2</span></div>"_s.arg(
        bar, QString::fromUtf8(t.stepOf).arg(number).arg(3).toHtmlEscaped());
}

} // namespace

bool PhoneFlow::wanted(const HttpRequest &request)
{
    if (request.query.queryItemValue(u"flow"_s) == "phone"_L1)
        return true;
    if (request.method != "POST")
        return false;
    const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    return form.queryItemValue(u"flow"_s) == "phone"_L1;
}

PhoneFlow::PhoneFlow(const Session &session)
    : m_session(session)
    , m_shared(widgetTexts(session.locale))
    , m_texts(phoneTexts(session.locale))
{
}

QString PhoneFlow::returnPath(const QString &token)
{
    return u"/widget/"_s + token + u"/return?flow=phone"_s;
}

QString PhoneFlow::page(const QString &step, const QString &body, bool interactive) const
{
    const Session &s = m_session;
    // auto/system follow the device's preference, as the hosted widget does.
    const QString theme = s.theme == "dark"_L1 ? u"dark"_s : (s.theme == "auto"_L1 || s.theme == "system"_L1) ? u"auto"_s : u"light"_s;
    const QString title = asksForAge(s) ? say(m_shared.title) : say(m_texts.identityTitle);
    // Only the steps need the script; the check and the result work as plain pages.
    const QString script = interactive ? u"<script src=\"%1\"></script>"_s.arg(QLatin1StringView(ScriptPath)) : QString();
    const QString cancel = !interactive ? QString() : uR"(<form method="post" action="/widget/%1/choose">
<input type="hidden" name="flow" value="phone"><button class="link" id="cancel" name="outcome" value="cancel">%2</button></form>)"_s
        .arg(s.initToken.toHtmlEscaped(), say(m_shared.cancel));
    // The style goes in last: its percentages must not meet another round of arg().
    return uR"(<!doctype html><html lang="%1" data-theme="%2"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="%3">
<title>%4</title>%5<style>%13</style></head>
<body data-theme="%2" data-step="%6"><div class="banner" id="sandbox-banner">%7</div>
<header class="bar"><div class="brand">%8<span>Xident</span></div>%9</header>
<main>%10</main>
<p class="privacy" id="privacy">%11%12</p></body></html>)"_s
        .arg(widgetLanguage(s.locale), theme, theme == "auto"_L1 ? u"light dark"_s : theme, title, script, step,
             say(m_shared.sandbox), QLatin1StringView(BrandMark), cancel)
        .arg(body, QLatin1StringView(LockIcon), say(m_texts.nothingUploaded), QLatin1StringView(Style));
}

QString PhoneFlow::welcome() const
{
    const Session &s = m_session;
    const bool gated = hasAgeGate(s);
    const QString gate = gated
        ? u"<p class=\"gate\" id=\"age-gate\"><span class=\"badge\">%1+</span><span>%2</span></p>"_s.arg(
              QString::number(*s.minAge), QString::fromUtf8(m_shared.ageGate).arg(*s.minAge).toHtmlEscaped())
        : u"<p class=\"gate\" id=\"age-gate\">%1</p>"_s.arg(say(m_shared.noGate));
    const bool age = asksForAge(s);
    return uR"(<section class="step current" data-step="welcome" aria-labelledby="welcome-title">
<div class="hero">%1</div><h1 id="welcome-title" tabindex="-1">%2</h1>%3<p class="lead">%4</p>
<p class="needs-title">%5</p><ul class="needs"><li>%6<span>%7</span></li><li>%8<span>%9</span></li></ul>
<div class="actions js-only"><button type="button" class="primary" id="start" data-go="selfie">%10</button></div></section>
)"_s.arg(QLatin1StringView(HeroArt), age ? say(m_shared.title) : say(m_texts.identityTitle), gate,
         say(age ? m_texts.leadAge : m_texts.leadIdentity), say(m_texts.needs), QLatin1StringView(SelfieIcon),
         say(m_texts.needSelfie), QLatin1StringView(CardIcon), say(m_texts.needId))
        .arg(say(m_texts.start));
}

// The selfie or the ID: a frame to aim at, the camera (or a simulated photo), then on. The file input has no
// name and sits in no form: what it holds is only ever shown here.
QString PhoneFlow::photo(const QString &kind, int number) const
{
    const bool selfie = kind == "selfie"_L1;
    const PhoneTexts &t = m_texts;
    const QString after = !selfie ? finishForm() : uR"(<div class="actions after js-only">
<button type="button" class="primary" id="selfie-next" data-go="id">%1</button>
<button type="button" class="secondary" id="selfie-retake" data-retake="selfie">%2</button></div>)"_s.arg(say(t.next), say(t.retake));
    return uR"(<section class="step photo" data-step="%1" id="%1-step" aria-labelledby="%1-title">%2
<h1 id="%1-title" tabindex="-1">%3</h1><p class="hint">%4</p>
<div class="frame %5"><img class="thumb" id="%1-thumb" alt="%6" hidden>%7</div>
<div class="actions before"><label class="primary file">%8<span>%9</span>
<input type="file" id="%1-input" accept="image/*" capture="%10"></label>
<button type="button" class="secondary js-only" id="%1-simulate" data-simulate="%1">%11</button></div>
%12</section>
)"_s.arg(kind, progress(t, number), say(selfie ? t.selfieTitle : t.idTitle), say(selfie ? t.selfieHint : t.idHint),
         selfie ? u"face"_s : u"card"_s, say(selfie ? t.selfieAlt : t.idAlt), QLatin1StringView(selfie ? FaceGuide : CardGuide),
         QLatin1StringView(CameraIcon), say(selfie ? t.selfieTake : t.idTake))
        .arg(selfie ? u"user"_s : u"environment"_s, say(t.simulate), after);
}

// The last step's form: the same post as the tester's panel (outcome, reason), marked as the phone's. The demo
// choice is for the presenter; an outcome preset on the stage replaces it (and wins on the server anyway).
QString PhoneFlow::finishForm() const
{
    const PhoneTexts &t = m_texts;
    QString demo;
    if (m_session.presetOutcome.isEmpty()) {
        QString options = u"<option value=\"pass\">%1</option>"_s.arg(say(m_shared.pass));
        for (int k = 0; k < 6; ++k)
            options += u"<option value=\"%1\">%2: %3</option>"_s.arg(QLatin1StringView(ReasonCodes[k]), say(m_shared.fail),
                                                                    say(t.reasonLabels[k]));
        demo = u"<div class=\"demo\"><label for=\"demo-outcome\">%1</label><select id=\"demo-outcome\">%2</select></div>"_s
                   .arg(say(t.demoOutcome), options);
    }
    return uR"(<div class="actions after"><form method="post" action="/widget/%1/choose" id="finish-form">
<input type="hidden" name="flow" value="phone"><input type="hidden" name="outcome" id="outcome" value="pass">
<input type="hidden" name="reason" id="reason" value="">
<button class="primary" id="finish">%2</button>
<button type="button" class="secondary js-only" id="id-retake" data-retake="id">%3</button>%4</form></div>)"_s
        .arg(m_session.initToken.toHtmlEscaped(), say(t.finish), say(t.retake), demo);
}

QString PhoneFlow::checking(bool current) const
{
    const PhoneTexts &t = m_texts;
    return uR"(<section class="step center%1" data-step="processing" aria-labelledby="processing-title" aria-live="polite">
%2<div class="middle"><div class="spinner" aria-hidden="true"></div><h1 id="processing-title" tabindex="-1">%3</h1>
<ul class="checks"><li>%4</li><li>%5</li><li>%6</li></ul></div></section>
)"_s.arg(current ? u" current"_s : QString(), progress(t, 3), say(m_shared.processing), say(t.checkFace),
         say(t.checkDocument), say(asksForAge(m_session) ? t.checkAge : t.checkIdentity));
}

HttpReply PhoneFlow::steps() const
{
    return htmlReply(200, page(u"welcome"_s, welcome() + photo(u"selfie"_s, 1) + photo(u"id"_s, 2) + checking(false), true));
}

HttpReply PhoneFlow::processing(int refreshSeconds) const
{
    HttpReply r = htmlReply(200, page(u"processing"_s, checking(true), false));
    r.headers.append(qMakePair(QByteArray("Refresh"),
                               QByteArray::number(refreshSeconds) + "; url=" + returnPath(m_session.initToken).toLatin1()));
    return r;
}

HttpReply PhoneFlow::result() const
{
    const Session &s = m_session;
    const PhoneTexts &t = m_texts;
    const char *headline = t.failed;
    const char *sentence = t.failedSentence;
    QString tone = u"bad"_s;
    if (s.status == "success"_L1) {
        tone = u"ok"_s;
        headline = t.verified;
        sentence = asksForAge(s) ? t.verifiedAge : t.verifiedIdentity;
    } else if (s.status == "canceled"_L1 || s.status == "expired"_L1) {
        tone = u"neutral"_s;
        headline = s.status == "canceled"_L1 ? t.canceled : t.expired;
        sentence = s.status == "canceled"_L1 ? t.canceledSentence : t.expiredSentence;
    } else {
        for (int k = 0; k < 6; ++k) {
            if (s.reason == QLatin1StringView(ReasonCodes[k]))
                sentence = t.reasonSentences[k];
        }
    }
    const bool tick = tone == "ok"_L1;
    const QString next = u"/widget/"_s + s.initToken + u"/continue"_s;
    const QString body = uR"(<section class="step center current" id="result" data-status="%1" data-mark="%2" aria-labelledby="result-title">
<div class="middle"><div class="mark %3" id="result-mark">%4</div><h1 id="result-title">%5</h1><p class="lead" id="result-sentence">%6</p></div>
<div class="actions"><a class="primary" id="continue" href="%7">%8</a><p class="note">%9</p></div></section>
)"_s.arg(s.status.toHtmlEscaped(), tick ? u"tick"_s : u"cross"_s, tone, QLatin1StringView(tick ? TickMark : CrossMark),
         say(headline), say(sentence), next.toHtmlEscaped(), say(t.continueLabel), say(t.forwardNote));
    HttpReply r = htmlReply(200, page(u"result"_s, body, false));
    // The browser goes on by itself (no script needed); the link is there for the impatient.
    r.headers.append(qMakePair(QByteArray("Refresh"), QByteArray::number(ResultSeconds) + "; url=" + next.toLatin1()));
    return r;
}

} // namespace Xident::Sandbox
