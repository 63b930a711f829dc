#include "scenarios/scenariorun.h"

#include "scenarios/webhookreceiver.h"

#include <XidentQt/client.h>
#include <XidentQt/exchange.h>
#include <XidentQt/job.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

namespace {

constexpr int AdminTimeoutMs = 10000;
constexpr qsizetype BodyShownBytes = 2048;
constexpr auto DefaultCallbackUrl = "https://shop.example/verified";

// A cut-down, readable copy of one exchange for a report: the request line, the status, the request id, the bodies.
QString describe(const Exchange &x)
{
    QString text = u"%1 %2 (attempt %3) → %4 in %5 ms"_s.arg(QString::fromLatin1(x.method), x.url.toString())
                       .arg(x.attempt)
                       .arg(x.httpStatus ? QString::number(x.httpStatus) : x.error.toString())
                       .arg(x.durationMs);
    if (!x.requestId.isEmpty())
        text += u" [%1]"_s.arg(x.requestId);
    for (const auto &[name, value] : x.requestHeaders)
        text += u"\n> %1: %2"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!x.requestBody.isEmpty())
        text += u"\n> "_s + QString::fromUtf8(x.requestBody.left(BodyShownBytes));
    if (!x.responseBody.isEmpty())
        text += u"\n< "_s + QString::fromUtf8(x.responseBody.left(BodyShownBytes));
    return text;
}

} // namespace

ScenarioRun::ScenarioRun(Scenario scenario, Target target, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_target(std::move(target))
{
}

ScenarioRun::~ScenarioRun() = default;

QString ScenarioRun::keyFor(const Scenario &scenario)
{
    const QByteArray digest = QCryptographicHash::hash(scenario.id().toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"sk_test_scenario_"_s + QString::fromLatin1(digest.left(24));
}

void ScenarioRun::start()
{
    m_result = ScenarioResult{};
    m_result.state = RunState::Running;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_identities.clear();
    m_haveSession = false;
    m_faultsSet = false;
    m_done = false;
    m_finalAtMs = -1;
    m_clock.start();
    const QString key = m_target.apiKey.isEmpty() ? keyFor(m_scenario) : m_target.apiKey;
    if (Config::isLiveKey(key))
        return end(RunState::Error, u"a LIVE key is refused: scenarios create sessions and set faults"_s);
    if (m_scenario.needsSandbox() && !m_target.sandbox)
        return end(RunState::Skipped, u"needs a sandbox (%1), and %2 is not one: it has no admin API"_s
                                          .arg(m_scenario.faults.isEmpty() ? u"ending: "_s + m_scenario.ending.summary()
                                                                           : u"faults"_s,
                                               m_target.baseUrl));
    Config config(key);
    config.setBaseUrl(m_target.baseUrl);
    if (!m_scenario.apiVersion.isEmpty())
        config.setApiVersion(m_scenario.apiVersion);
    else if (m_scenario.shape == Shape::Legacy)
        config.setApiVersion(QString::fromLatin1(Scenario::LegacyApiVersion));
    m_client = std::make_unique<Client>(config);
    connect(m_client.get(), &Client::exchangeFinished, this, &ScenarioRun::record);
    // A run must end even when a server stops answering altogether.
    auto *guard = new QTimer(m_client.get());
    guard->setSingleShot(true);
    connect(guard, &QTimer::timeout, this, [this] { end(RunState::Error, u"gave up: the run took far longer than its timeouts"_s); });
    guard->start(int(std::min<qint64>(m_scenario.timeoutMs + m_scenario.expect.webhook.withinMs + 120000, 24 * 3600 * 1000)));
    if (m_scenario.faults.isEmpty())
        createSession();
    else
        setFaults();
}

void ScenarioRun::abort(const QString &why)
{
    end(RunState::Error, why);
}

void ScenarioRun::step(const QString &line)
{
    m_result.log.append(u"+%1 ms  %2"_s.arg(m_clock.elapsed()).arg(line));
    Q_EMIT stepped(line);
}

void ScenarioRun::record(const Exchange &exchange)
{
    if (!exchange.requestId.isEmpty())
        m_result.requestIds.append(exchange.requestId);
    m_result.exchanges.append(describe(exchange));
}

void ScenarioRun::admin(const QByteArray &method, const QString &path, const QJsonObject &body, AdminAnswer answer)
{
    QString base = m_target.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QNetworkRequest request(QUrl(base + u"/_sandbox"_s + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("X-API-Key", m_client->config().apiKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(AdminTimeoutMs);
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_client->networkAccessManager()->sendCustomRequest(request, method, bytes);
    m_result.exchanges.append(u"%1 %2 (admin)%3"_s.arg(QString::fromLatin1(method), request.url().toString(),
                                                       bytes.isEmpty() ? QString() : u"\n> "_s + QString::fromUtf8(bytes)));
    connect(reply, &QNetworkReply::finished, this, [reply, answer = std::move(answer)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject root = QJsonDocument::fromJson(reply->read(256 * 1024)).object();
        QString problem;
        if (status == 0)
            problem = u"no answer: "_s + reply->errorString();
        else if (status < 200 || status >= 300)
            problem = u"HTTP %1 %2"_s.arg(status).arg(root.value("error"_L1).toObject().value("message"_L1).toString());
        answer(status, root.value("data"_L1).toObject(), problem.trimmed());
    });
}

void ScenarioRun::setFaults()
{
    if (m_done)
        return;
    step(u"faults: "_s + m_scenario.faults.summary());
    admin("PUT", u"/faults"_s, m_scenario.faults.toJson(), [this](int, const QJsonObject &, const QString &problem) {
        if (!problem.isEmpty())
            return end(RunState::Error, u"could not set the faults through the admin API: "_s + problem);
        m_faultsSet = true;
        createSession();
    });
}

void ScenarioRun::createSession()
{
    if (m_done)
        return;
    InitParams params = m_scenario.init;
    if (params.callbackUrl.isEmpty())
        params.callbackUrl = QString::fromLatin1(DefaultCallbackUrl);
    if (m_scenario.ending.kind == Ending::Kind::Magic) {
        if (params.userId.isEmpty())
            params.userId = m_scenario.ending.magicValue();
        else
            params.metadata = m_scenario.ending.magicValue();
    }
    InitJob *job = m_client->init(params);
    connect(job, &Job::finished, this, [this, job](Job *) {
        if (job->error()) {
            m_result.observedStatus = u"init failed: "_s + job->error().toString();
            check(u"init"_s, u"a session"_s, job->error().toString());
            return clearFaults();
        }
        const InitResult created = job->result();
        m_result.initToken = created.token;
        m_verifyUrl = created.verifyUrl;
        step(u"created %1 [%2]"_s.arg(created.token, created.requestId));
        learnIdentity();
    });
    job->start();
}

void ScenarioRun::addIdentity(const QString &identity)
{
    if (identity.isEmpty() || m_identities.contains(identity))
        return;
    m_identities.append(identity);
    if (m_result.resultToken.isEmpty())
        m_result.resultToken = identity;
    Q_EMIT identified(identity);
}

void ScenarioRun::learnIdentity()
{
    if (m_done)
        return;
    if (!m_target.sandbox)
        return endSession();   // the first poll names it
    admin("GET", u"/sessions/"_s + m_result.initToken, {}, [this](int, const QJsonObject &data, const QString &problem) {
        if (!problem.isEmpty())
            return end(RunState::Error, u"the admin API does not know the new session: "_s + problem);
        addIdentity(data.value(m_scenario.shape == Shape::V1 ? "result_token"_L1 : "id"_L1).toString());
        addIdentity(data.value(m_scenario.shape == Shape::V1 ? "id"_L1 : "result_token"_L1).toString());
        endSession();
    });
}

void ScenarioRun::endSession()
{
    if (m_done)
        return;
    const Ending &e = m_scenario.ending;
    if (e.kind == Ending::Kind::Widget)
        return postWidgetChoice(m_verifyUrl);
    if (e.kind == Ending::Kind::Admin) {
        QJsonObject body;
        if (!e.detail.isEmpty())
            body.insert(e.outcome == "pass"_L1 ? "method"_L1 : "reason"_L1, e.detail);
        step(u"settling through the admin API: "_s + e.summary());
        return admin("POST", u"/sessions/%1/%2"_s.arg(m_result.initToken, e.outcome), body,
                     [this](int, const QJsonObject &, const QString &problem) {
                         if (!problem.isEmpty())
                             return end(RunState::Error, u"the admin API did not settle the session: "_s + problem);
                         poll();
                     });
    }
    poll();
}

void ScenarioRun::postWidgetChoice(const QString &verifyUrl)
{
    if (m_done)
        return;
    // As a browser would: open the page (the session starts), then post the tester's choice; no key goes along.
    const QUrl page(verifyUrl);
    QNetworkRequest open(page);
    open.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    open.setTransferTimeout(AdminTimeoutMs);
    step(u"opening the widget"_s);
    QNetworkReply *opened = m_client->networkAccessManager()->get(open);
    connect(opened, &QNetworkReply::finished, this, [this, opened, page] {
        opened->deleteLater();
        const int status = opened->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return end(RunState::Error, u"the widget page answered %1"_s.arg(status ? QString::number(status) : opened->errorString()));
        QUrlQuery form;
        form.addQueryItem(u"outcome"_s, m_scenario.ending.outcome);
        if (!m_scenario.ending.detail.isEmpty())
            form.addQueryItem(m_scenario.ending.outcome == "pass"_L1 ? u"method"_s : u"reason"_s, m_scenario.ending.detail);
        QNetworkRequest choose(page.resolved(QUrl(page.path() + u"/choose"_s)));
        choose.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        choose.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        choose.setTransferTimeout(AdminTimeoutMs);
        step(u"choosing "_s + m_scenario.ending.summary());
        QNetworkReply *chosen = m_client->networkAccessManager()->post(choose, form.toString(QUrl::FullyEncoded).toUtf8());
        connect(chosen, &QNetworkReply::finished, this, [this, chosen] {
            chosen->deleteLater();
            const int answered = chosen->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (answered == 0 || answered >= 400)
                return end(RunState::Error, u"the widget refused the choice: %1"_s.arg(answered ? QString::number(answered)
                                                                                                : chosen->errorString()));
            poll();
        });
    });
}

} // namespace Xident::Scenarios
