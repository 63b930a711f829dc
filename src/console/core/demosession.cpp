#include "console/core/demosession.h"

#include <XidentQt/client.h>
#include <XidentQt/config.h>
#include <XidentQt/initparams.h>
#include <XidentQt/job.h>
#include <XidentQt/sessionresult.h>
#include "console/core/clientpool.h"
#include "console/core/profile.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/secretset.h"
#include "text/errortext.h"

#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// The instructions are said in the demo's language, whatever the console's: marked here for the catalog, translated
// with the catalog of that language.
constexpr const char *InstructionContext = "Xident::Console::DemoSession";
const char *const Instruction = QT_TRANSLATE_NOOP("Xident::Console::DemoSession",
                                                  "Scan the code with your phone's camera to verify your age");
const char *const InstructionNoAge = QT_TRANSLATE_NOOP("Xident::Console::DemoSession",
                                                       "Scan the code with your phone's camera to verify your identity");

} // namespace

QString DemoSession::pageUrl(const Profile &profile, const SandboxHost *sandbox, const QString &token, const QString &verifyUrl)
{
    // The phone flow is the sandbox's; a hosted test server's own page is shown as it is.
    QUrl page(profile.isSandbox() ? sandbox->widgetUrl(token) : verifyUrl);
    if (profile.isSandbox() || page.path().startsWith("/widget/"_L1)) {
        QUrlQuery query(page);
        query.addQueryItem(u"flow"_s, u"phone"_s);
        page.setQuery(query);
    }
    return page.toString(QUrl::FullyEncoded);
}

QStringList DemoSession::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

DemoSession::DemoSession(ProfileService *profiles, ClientPool *clients, SandboxHost *sandbox, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_clients(clients)
    , m_sandbox(sandbox)
    , m_admin(new SandboxAdmin(this))
    , m_pollTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_admin->setTimeout(3000);
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &DemoSession::poll);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &DemoSession::next);
}

DemoSession::~DemoSession()
{
    // Nobody is told about a session that ends with the object.
    blockSignals(true);
    stop();
}

QString DemoSession::refusal(const Profile &profile)
{
    if (profile.isLive())
        return tr("Profile \"%1\" uses a LIVE key. A demo creates sessions that could be real and billed: choose a "
                  "sandbox or test profile.")
            .arg(profile.name);
    if (!profile.isSandbox() && profile.apiKey.isEmpty())
        return tr("Profile \"%1\" has no API key yet: add it in Connection → Profiles.").arg(profile.name);
    return {};
}

bool DemoSession::start(const QString &profileId)
{
    stop();
    const auto profile = m_profiles->store()->profile(profileId);
    const QString refused = profile ? refusal(*profile) : tr("The profile no longer exists.");
    m_profileId = profileId;
    m_adminKnown = profile && profile->isSandbox() ? Admin::Answers : Admin::Unknown;
    if (!refused.isEmpty()) {
        setState(State::Idle, refused);
        return false;
    }
    next();
    return true;
}

void DemoSession::stop()
{
    dropSession();
    if (m_state != State::Idle)
        setState(State::Idle);
}

// Whatever is under way for the session on stage stops, and it leaves the stage.
void DemoSession::dropSession()
{
    m_failedPolls = 0;
    m_pollTimer->stop();
    m_retryTimer->stop();
    if (m_initJob) {
        m_initJob->disconnect(this);
        m_initJob->cancel();
    }
    if (m_resultJob) {
        m_resultJob->disconnect(this);
        m_resultJob->cancel();
    }
    m_asking = false;
    m_token.clear();
    m_phoneUrl.clear();
}

void DemoSession::setLanguage(const QString &language)
{
    m_language = languages().contains(language) ? language : u"en"_s;
    Q_EMIT changed();
}

void DemoSession::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
}

bool DemoSession::canPreset() const
{
    return m_adminKnown == Admin::Answers;
}

void DemoSession::setPreset(const QString &outcome, const QString &detail)
{
    m_presetOutcome = outcome == "pass"_L1 || outcome == "fail"_L1 ? outcome : QString();
    m_presetDetail = m_presetOutcome.isEmpty() ? QString() : detail;
    applyPreset();
    Q_EMIT changed();
}

void DemoSession::applyPreset()
{
    if (m_token.isEmpty() || !canPreset() || m_state == State::Finished || m_state == State::Checking)
        return;
    const QString token = m_token;
    m_admin->preset(adminTarget(), token, m_presetOutcome.isEmpty() ? u"none"_s : m_presetOutcome, m_presetDetail,
                    [this, token](const QString &problem) {
                        if (token != m_token || problem.isEmpty())
                            return;
                        m_problem = tr("The outcome could not be set: %1").arg(redacted(problem));
                        Q_EMIT changed();
                    });
}

Client *DemoSession::client() const
{
    return m_clients->client(m_profileId);
}

SandboxAdmin::Target DemoSession::adminTarget() const
{
    const auto profile = m_profiles->store()->profile(m_profileId);
    if (!profile)
        return {};
    if (profile->isSandbox())
        return {m_sandbox->baseUrl(), m_sandbox->apiKey()};
    return {profile->baseUrl, profile->apiKey};
}

QString DemoSession::redacted(const QString &text) const
{
    QString said = m_profiles->secretSet().redact(text);
    if (!m_token.isEmpty())
        said.replace(m_token, tokenHint());
    return said;
}

QString DemoSession::tokenHint() const
{
    if (m_token.size() <= 8)
        return m_token.isEmpty() ? QString() : u"…"_s;
    return m_token.left(4) + u"…"_s + m_token.right(4);
}

void DemoSession::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    Q_EMIT changed();
}

void DemoSession::next()
{
    dropSession();
    m_verdict = {};
    const auto profile = m_profiles->store()->profile(m_profileId);
    if (!profile) {
        setState(State::Idle, tr("The profile no longer exists."));
        return;
    }
    if (const QString refused = refusal(*profile); !refused.isEmpty()) {
        setState(State::Idle, refused);
        return;
    }
    Client *c = client();
    if (!c) {
        setState(State::Failed, profile->isSandbox() && !m_sandbox->isRunning()
                                    ? m_sandbox->problem()
                                    : tr("The profile's client is not ready (its key is missing or not valid)."));
        m_retryTimer->start(m_retryDelayMs);
        return;
    }
    // Nothing personal is made for a demo: no user id, no metadata. The phone lands on the sandbox's own page at
    // the end (a hosted test server gets its base URL's /done, which a sandbox answers too).
    InitParams params;
    params.callbackUrl = profile->isSandbox() ? m_sandbox->doneUrl() : profile->baseUrl + u"/done"_s;
    if (m_minAge > 0)
        params.minAge = m_minAge;
    params.locale = m_language;
    params.theme = u"auto"_s;
    m_initJob = c->init(params);
    connect(m_initJob, &Job::finished, this, [this, profile = *profile](Job *job) {
        const Error error = job->error();
        if (error) {
            setState(State::Failed, tr("No session could be made (%1). Trying again in a moment.")
                                        .arg(redacted(Text::errorCaption(error))));
            m_retryTimer->start(m_retryDelayMs);
            return;
        }
        const InitResult result = static_cast<InitJob *>(job)->result();
        m_token = result.token;
        ++m_made;
        m_createdAt = QDateTime::fromString(result.raw.value("created_at"_L1).toString(), Qt::ISODateWithMs);
        if (!m_createdAt.isValid())
            m_createdAt = QDateTime::currentDateTimeUtc();
        m_expiresAt = QDateTime::fromString(result.raw.value("expires_at"_L1).toString(), Qt::ISODateWithMs);
        if (!m_expiresAt.isValid()) {
            const int ttl = result.raw.value("expires_in"_L1).toInt(600);
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(ttl > 0 ? ttl : 600);
        }
        m_phoneUrl = pageUrl(profile, m_sandbox, m_token, result.verifyUrl);
        setState(State::Waiting);
        if (!m_presetOutcome.isEmpty())
            applyPreset();
        m_pollTimer->start();
        Q_EMIT sessionReady(m_phoneUrl);
    });
    // Retried after a failure, the stage keeps saying so until a code comes: no flicker between the two.
    if (m_state == State::Failed)
        Q_EMIT changed();
    else
        setState(State::Creating);
    m_initJob->start();
}

void DemoSession::poll()
{
    if (m_token.isEmpty() || m_asking)
        return;
    // An unopened code is replaced before it expires: a phone never scans a dead one.
    if (m_state == State::Waiting && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) <= m_renewLeadSecs) {
        next();
        return;
    }
    const QString token = m_token;
    m_asking = true;
    if (m_adminKnown != Admin::Absent) {
        m_admin->fetchSession(adminTarget(), token, [this, token](const SandboxAdmin::SessionState &state, const QString &problem) {
            onAdminState(token, state, problem);
        });
        return;
    }
    Client *c = client();
    if (!c) {
        m_asking = false;
        return;
    }
    m_resultJob = c->getResult(token);
    connect(m_resultJob, &Job::finished, this, [this, token](Job *job) {
        m_asking = false;
        if (token != m_token)
            return;
        const auto *read = static_cast<ResultJob *>(job);
        if (job->error()) {
            lostContact(redacted(Text::errorCaption(job->error())));
            return;
        }
        m_failedPolls = 0;
        onStatus(token, read->result().statusText());
    });
    m_resultJob->start();
}

void DemoSession::onAdminState(const QString &token, const SandboxAdmin::SessionState &state, const QString &problem)
{
    m_asking = false;
    if (token != m_token)
        return;
    if (!problem.isEmpty()) {
        const auto profile = m_profiles->store()->profile(m_profileId);
        if (m_adminKnown == Admin::Unknown && profile && !profile->isSandbox()) {
            // Not a sandbox: its status is read through the API from now on, and the phone decides.
            m_adminKnown = Admin::Absent;
            Q_EMIT changed();
            poll();
            return;
        }
        lostContact(redacted(problem));
        return;
    }
    m_failedPolls = 0;
    // The sandbox knows when the token expires; the renewal follows it.
    if (state.expiresAt.isValid() && state.createdAt.isValid()) {
        m_createdAt = state.createdAt;
        m_expiresAt = state.expiresAt;
    }
    if (m_adminKnown == Admin::Unknown) {
        m_adminKnown = Admin::Answers;
        if (!m_presetOutcome.isEmpty())
            applyPreset();
    }
    m_problem.clear();
    switch (state.phase) {
    case SandboxAdmin::Phase::Waiting:
        if (m_state != State::Waiting)
            setState(State::Waiting);
        break;
    case SandboxAdmin::Phase::Opened:
        if (m_state != State::Opened)
            setState(State::Opened);
        break;
    case SandboxAdmin::Phase::Checking:
        if (m_state != State::Checking)
            setState(State::Checking);
        break;
    case SandboxAdmin::Phase::Final:
        finish(token, state.status);
        break;
    }
}

void DemoSession::lostContact(const QString &problem)
{
    ++m_failedPolls;
    m_problem = problem;
    Q_EMIT changed();
}

bool DemoSession::hasLostContact() const
{
    return m_failedPolls >= LostContactPolls && m_state != State::Finished;
}

void DemoSession::onStatus(const QString &token, const QString &status)
{
    const WatchStatus s = watchStatusFromText(status);
    if (s == WatchStatus::Pending) {
        if (m_state != State::Waiting)
            setState(State::Waiting);
    } else if (s == WatchStatus::InProgress) {
        if (m_state != State::Opened)
            setState(State::Opened);
    } else {
        finish(token, status);
    }
}

// The final answer, read through the API as an integration would: the checks come from the result itself.
void DemoSession::finish(const QString &token, const QString &status)
{
    m_pollTimer->stop();
    Client *c = client();
    const auto settle = [this, token](const QString &finalStatus, const SessionResult &result) {
        if (token != m_token)
            return;
        m_verdict = Verdict::of(watchStatusFromText(finalStatus), result);
        setState(State::Finished);
        Q_EMIT finished(m_verdict);
    };
    if (!c) {
        settle(status, {});
        return;
    }
    m_asking = true;
    m_resultJob = c->getResult(token);
    connect(m_resultJob, &Job::finished, this, [this, status, settle](Job *job) {
        m_asking = false;
        const auto *read = static_cast<ResultJob *>(job);
        if (job->error())
            settle(status, {});
        else
            settle(read->result().statusText().isEmpty() ? status : read->result().statusText(), read->result());
    });
    m_resultJob->start();
}

QString DemoSession::stageProblem() const
{
    if (m_state == State::Failed)
        return tr("The server does not answer yet; trying again in a moment.");
    if (hasLostContact())
        return tr("The server does not answer; the code comes back when it does.");
    return {};
}

QString DemoSession::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return m_problem.isEmpty() ? tr("Not presenting") : m_problem;
    case State::Creating:
        return tr("Preparing the code…");
    case State::Waiting:
        return hasLostContact() ? tr("Reconnecting to the server…") : tr("Waiting for the phone");
    case State::Opened:
        return hasLostContact() ? tr("Reconnecting to the server…") : tr("The phone opened the page");
    case State::Checking:
        return hasLostContact() ? tr("Reconnecting to the server…") : tr("Checking…");
    case State::Finished:
        return m_verdict.headline;
    case State::Failed:
        return tr("Not ready yet");
    }
    return {};
}

const QTranslator *DemoSession::languageCatalog() const
{
    if (m_language == "en"_L1)
        return nullptr;
    if (m_catalogLanguage != m_language) {
        delete m_catalog;
        m_catalog = new QTranslator(const_cast<DemoSession *>(this));
        if (!m_catalog->load(u":/i18n/xident-console_"_s + m_language + u".qm"_s)) {
            delete m_catalog;
            m_catalog = nullptr;
        }
        m_catalogLanguage = m_language;
    }
    return m_catalog;
}

QString DemoSession::instructionText() const
{
    const char *source = m_minAge > 0 ? Instruction : InstructionNoAge;
    if (const QTranslator *catalog = languageCatalog()) {
        const QString said = catalog->translate(InstructionContext, source);
        if (!said.isEmpty())
            return said;
    }
    return QString::fromUtf8(source);
}

} // namespace Xident::Console
