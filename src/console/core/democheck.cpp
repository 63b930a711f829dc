#include "console/core/democheck.h"

#include <XidentQt/client.h>
#include <XidentQt/config.h>
#include <XidentQt/initparams.h>
#include <XidentQt/job.h>
#include "console/core/clientpool.h"
#include "console/core/demosession.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/profilestore.h"
#include "console/core/receivedwebhook.h"
#include "console/core/sandboxhost.h"
#include "console/core/webhookinbox.h"
#include "console/core/webhookrouter.h"
#include "console/core/workspace.h"
#include "text/errortext.h"

#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// The server's Date header (RFC 9110's preferred form); invalid when there is none or it does not read.
QDateTime dateOf(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Date");
    if (value.isEmpty())
        return {};
    // HTTP writes the zone as GMT, which Qt's RFC 2822 reader takes as an offset only.
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(" GMT"_L1))
        text = text.chopped(3) + "+0000"_L1;
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

} // namespace

DemoCheck::DemoCheck(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_admin(new SandboxAdmin(this))
    , m_nam(new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_admin->setTimeout(5000);
    m_deadline->setSingleShot(true);
    // A code only another device can open: the nonce tells its request from any other.
    m_probe = QString::number(QRandomGenerator::global()->generate64(), 36);
    connect(workspace->sandboxHost(), &SandboxHost::probeArrived, this, [this](const QString &probe) {
        if (probe != m_probe || m_phoneReached)
            return;
        m_phoneReached = true;
        Q_EMIT phoneReached();
    });
}

QString DemoCheck::phoneProbeUrl() const
{
    const auto profile = m_workspace->profileStore()->profile(m_profileId);
    return profile && profile->isSandbox() ? m_workspace->sandboxHost()->probeUrl(m_probe) : QString();
}

DemoCheck::~DemoCheck()
{
    disconnect(m_inboxWatch);
}

bool DemoCheck::passed() const
{
    return std::none_of(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.result == Result::Failed; });
}

QString DemoCheck::format(const Line &line)
{
    const QString mark = line.result == Result::Passed ? u"✓"_s : line.result == Result::Failed ? u"✗"_s : u"–"_s;
    return line.advice.isEmpty() ? u"%1 %2"_s.arg(mark, line.text) : u"%1 %2 %3"_s.arg(mark, line.text, line.advice);
}

void DemoCheck::add(const QString &id, Result result, const QString &text, const QString &advice)
{
    const Line line{id, result, text, advice};
    m_lines.append(line);
    Q_EMIT lineAdded(line);
}

void DemoCheck::skipRest(const QString &why)
{
    const QList<std::pair<QString, QString>> order{
        {u"profile"_s, tr("the profile")},   {u"server"_s, tr("the server")},          {u"phone"_s, tr("the phone's address")},
        {u"code"_s, tr("the code")},         {u"lifetime"_s, tr("the token's lifetime")}, {u"clock"_s, tr("the clock")},
        {u"webhooks"_s, tr("the webhooks")}};
    for (const auto &[id, name] : order) {
        if (std::none_of(m_lines.cbegin(), m_lines.cend(), [&id](const Line &l) { return l.id == id; }))
            add(id, Result::Skipped, tr("Not checked, %1: %2").arg(name, why));
    }
    finish();
}

void DemoCheck::finish()
{
    m_running = false;
    disconnect(m_inboxWatch);
    m_deadline->stop();
    Q_EMIT finished(passed());
}

bool DemoCheck::isSandbox() const
{
    const auto profile = m_workspace->profileStore()->profile(m_profileId);
    return profile && (profile->isSandbox() || m_adminAnswers);
}

void DemoCheck::start(const QString &profileId)
{
    m_lines.clear();
    m_profileId = profileId;
    m_running = true;
    m_adminAnswers = false;
    m_token.clear();
    const auto profile = m_workspace->profileStore()->profile(profileId);
    if (!profile) {
        add(u"profile"_s, Result::Failed, tr("The profile no longer exists."));
        skipRest(tr("no profile"));
        return;
    }
    if (profile->isLive()) {
        add(u"profile"_s, Result::Failed, tr("Profile \"%1\" uses a LIVE key.").arg(profile->name),
            tr("Choose a sandbox or test profile for a demo."));
        skipRest(tr("nothing is tried on a live profile"));
        return;
    }
    add(u"profile"_s, Result::Passed, tr("Profile \"%1\" is not live.").arg(profile->name));
    checkServer();
}

// One session made as the stage makes it: no user id, no metadata.
void DemoCheck::checkServer()
{
    const auto profile = m_workspace->profileStore()->profile(m_profileId);
    Client *client = m_workspace->clients()->client(m_profileId);
    if (!client) {
        add(u"server"_s, Result::Failed, tr("The profile has no usable API key."), tr("Add its key in Connection → Profiles."));
        skipRest(tr("no session could be made"));
        return;
    }
    InitParams params;
    params.callbackUrl = profile->isSandbox() ? m_workspace->sandboxHost()->doneUrl() : profile->baseUrl + u"/done"_s;
    params.minAge = 18;
    InitJob *job = client->init(params);
    connect(job, &Job::finished, this, [this, profile = *profile](Job *done) {
        if (const Error e = done->error()) {
            add(u"server"_s, Result::Failed, tr("The server did not make a session: %1").arg(Text::errorCaption(e)),
                tr("Start the sandbox or check the profile's address and key."));
            skipRest(tr("no session was made"));
            return;
        }
        const InitResult result = static_cast<InitJob *>(done)->result();
        m_token = result.token;
        m_createdAt = QDateTime::fromString(result.raw.value("created_at"_L1).toString(), Qt::ISODateWithMs);
        m_expiresAt = QDateTime::fromString(result.raw.value("expires_at"_L1).toString(), Qt::ISODateWithMs);
        m_pageUrl = DemoSession::pageUrl(profile, m_workspace->sandboxHost(), m_token, result.verifyUrl);
        checkFaults();
    });
    job->start();
}

void DemoCheck::checkFaults()
{
    const auto profile = m_workspace->profileStore()->profile(m_profileId);
    m_target = profile->isSandbox() ? SandboxAdmin::Target{m_workspace->sandboxHost()->baseUrl(), m_workspace->sandboxHost()->apiKey()}
                                    : SandboxAdmin::Target{profile->baseUrl, profile->apiKey};
    m_admin->activeFaults(m_target, [this, sandbox = profile->isSandbox()](const QStringList &active, const QString &problem) {
        m_adminAnswers = problem.isEmpty();
        if (!problem.isEmpty() && sandbox)
            add(u"server"_s, Result::Failed, tr("The sandbox answers, but not its admin routes: %1").arg(problem));
        else if (!problem.isEmpty())
            add(u"server"_s, Result::Passed, tr("The server answers (a hosted test server: it has no faults to check)."));
        else if (!active.isEmpty())
            add(u"server"_s, Result::Failed, tr("Faults are active for this key: %1.").arg(QLocale().createSeparatedList(active)),
                tr("Clear them (PUT /_sandbox/faults with zeros and an empty script) or restart the sandbox, so that the demo is "
                   "not slowed or broken."));
        else
            add(u"server"_s, Result::Passed, tr("The server answers, and no fault is active for this key."));
        if (!m_adminAnswers) {
            checkPhone();
            return;
        }
        // A sandbox says when the session was made and when its token expires.
        m_admin->fetchSession(m_target, m_token, [this](const SandboxAdmin::SessionState &state, const QString &) {
            m_createdAt = state.createdAt;
            m_expiresAt = state.expiresAt;
            checkPhone();
        });
    });
}

// The phone's address is fetched from this machine at a harmless page (/done): the widget page would start the
// session.
void DemoCheck::checkPhone()
{
    QUrl page(m_pageUrl);
    const QString host = page.host();
    const auto profile = m_workspace->profileStore()->profile(m_profileId);
    const bool shared = profile->isSandbox() && m_workspace->sandboxHost()->isSharing();
    if (Config::isLoopbackHost(host) && !shared) {
        add(u"phone"_s, Result::Failed, tr("The code points at this computer (%1): a phone cannot open it.").arg(host),
            profile->isSandbox() ? tr("Share the pages on the network: Reachable from my phone… in the New session form, or "
                                      "--phone-address ADDRESS.")
                                 : tr("Start the sandbox with --listen 0.0.0.0 --public-url http://ADDRESS:9000."));
        checkCode();
        return;
    }
    if (!isSandbox()) {
        add(u"phone"_s, Result::Skipped, tr("The code opens the server's own page on %1; it is not fetched here.").arg(host));
        checkCode();
        return;
    }
    page.setPath(u"/done"_s);
    page.setQuery(QString());
    QNetworkRequest request(page);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, where = page.authority()] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            add(u"phone"_s, Result::Passed, tr("The phone's address %1 serves the sandbox.").arg(where));
        else
            add(u"phone"_s, Result::Failed, tr("The phone's address %1 does not serve the sandbox (%2).")
                                                .arg(where, status ? tr("HTTP %1").arg(status) : reply->errorString()),
                tr("Check that this address belongs to this computer and that no firewall blocks the port; on guest "
                   "Wi-Fi that keeps devices apart, use a phone's hotspot."));
        checkCode();
    });
}

void DemoCheck::checkCode()
{
    if (!m_reader) {
        add(u"code"_s, Result::Skipped, tr("The code is not read back here."));
    } else if (const QString read = m_reader(m_pageUrl); read == m_pageUrl) {
        add(u"code"_s, Result::Passed, tr("The code as drawn reads back as the phone's address."));
    } else {
        add(u"code"_s, Result::Failed, read.isEmpty() ? tr("The code as drawn does not read back.")
                                                      : tr("The code as drawn reads back as another address."),
            tr("Report this as a defect; meanwhile open the page on the phone by hand."));
    }
    checkLifetime();
}

void DemoCheck::checkLifetime()
{
    if (!m_createdAt.isValid() || !m_expiresAt.isValid()) {
        add(u"lifetime"_s, Result::Skipped, tr("The server does not say when its tokens expire."));
    } else if (const qint64 secs = m_createdAt.secsTo(m_expiresAt); secs >= MinimumLifetimeSecs) {
        add(u"lifetime"_s, Result::Passed, tr("A token lives %1 minutes.").arg(secs / 60));
    } else {
        add(u"lifetime"_s, Result::Failed, tr("A token lives only %1 s; a demo needs at least %2 minutes.").arg(secs).arg(MinimumLifetimeSecs / 60),
            tr("Start the sandbox with --token-ttl 600 or more."));
    }
    checkClock();
}

// Any answer of the server carries its Date (the sandbox sends one with each): its root is asked.
void DemoCheck::checkClock()
{
    QNetworkRequest request(QUrl(m_target.baseUrl + u"/"_s));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QDateTime server = dateOf(reply);
        if (!server.isValid()) {
            add(u"clock"_s, Result::Skipped, tr("The server sends no Date header: the clocks are not compared."));
        } else if (const qint64 off = QDateTime::currentDateTimeUtc().secsTo(server); std::abs(off) <= ClockToleranceSecs) {
            add(u"clock"_s, Result::Passed, tr("This computer's clock agrees with the server's."));
        } else {
            add(u"clock"_s, Result::Failed, tr("This computer's clock is %1 s off the server's.").arg(std::abs(off)),
                tr("Set the time automatically (timedatectl set-ntp true), then check again."));
        }
        checkWebhooks();
    });
}

// The check's session is settled at once, and its signed webhook must reach the console's inbox and verify.
void DemoCheck::checkWebhooks()
{
    const auto profile = m_workspace->profileStore()->profile(m_profileId);
    if (!profile->isSandbox()) {
        if (profile->webhookSecret.isEmpty())
            add(u"webhooks"_s, Result::Failed, tr("The profile has no webhook secret: results cannot be confirmed by webhook."),
                tr("Add the webhook secret in Connection → Profiles."));
        else
            add(u"webhooks"_s, Result::Skipped, tr("The webhook secret is known; this server delivers to its own "
                                                    "webhook address, which is not watched here."));
        finish();
        return;
    }
    if (const QString problem = m_workspace->webhookRouter()->problem(); !problem.isEmpty() || m_workspace->inbox()->port() == 0) {
        add(u"webhooks"_s, Result::Failed, problem.isEmpty() ? tr("The webhook inbox is not listening.")
                                                             : tr("The webhook inbox is not listening: %1").arg(problem),
            tr("Choose another port in the Webhook inbox pane."));
        finish();
        return;
    }
    const SandboxAdmin::Target target = m_target;
    const QString token = m_token;
    m_admin->settle(target, token, u"pass"_s, [this, target, token](const QString &problem) {
        if (!problem.isEmpty()) {
            add(u"webhooks"_s, Result::Failed, tr("The check's session could not be settled: %1").arg(problem));
            finish();
            return;
        }
        m_admin->fetchSession(target, token, [this](const SandboxAdmin::SessionState &state, const QString &) {
            waitForWebhook(state.resultToken);
        });
    });
}

void DemoCheck::waitForWebhook(const QString &resultToken)
{
    InboxModel *inbox = m_workspace->inboxModel();
    const auto arrived = [this, inbox, resultToken](int first, int last) {
        for (int row = first; row <= last; ++row) {
            const ReceivedWebhook &w = inbox->at(row);
            // The list keeps the session a body names first (data.token: the result token), not every reference.
            const bool ours = w.sessionRef == m_token || (!resultToken.isEmpty() && w.sessionRef == resultToken);
            if (!ours)
                continue;
            if (w.isValid())
                add(u"webhooks"_s, Result::Passed, tr("A signed webhook reached the inbox and verified: results are confirmed both ways."));
            else
                add(u"webhooks"_s, Result::Failed, tr("A webhook reached the inbox but did not verify: %1").arg(InboxModel::verdictDetail(w)),
                    tr("Check the profile's webhook secret."));
            finish();
            return;
        }
    };
    // It may have come while the session's result token was asked for.
    if (inbox->rowCount() > 0) {
        arrived(0, inbox->rowCount() - 1);
        if (!m_running)
            return;
    }
    m_inboxWatch = connect(inbox, &QAbstractItemModel::rowsInserted, this,
                           [arrived](const QModelIndex &, int first, int last) { arrived(first, last); });
    m_deadline->disconnect(this);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        add(u"webhooks"_s, Result::Failed, tr("No webhook reached the inbox within %1 s.").arg(m_webhookTimeoutMs / 1000),
            tr("Check that the inbox listens (Webhook inbox pane) and that nothing blocks its port."));
        finish();
    });
    m_deadline->start(m_webhookTimeoutMs);
}

} // namespace Xident::Console
