#include "scenarios/scenariorunner.h"

#include "scenarios/webhookreceiver.h"

#include "sandbox/sandbox.h"

#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

ScenarioRunner::ScenarioRunner(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.jobs = std::clamp(m_options.apiKey.isEmpty() ? m_options.jobs : 1, 1, 64);
}

void ScenarioRunner::setJobs(int jobs)
{
    m_options.jobs = std::clamp(m_options.apiKey.isEmpty() ? jobs : 1, 1, 64);
    for (int n = m_active; n < m_options.jobs && !m_queue.isEmpty() && m_prepared; ++n)
        startNext();
}

ScenarioRunner::~ScenarioRunner()
{
    // Runs first: they still talk to the receiver and the sandboxes as they go.
    qDeleteAll(m_runs);
    m_runs.clear();
}

void ScenarioRunner::setScenarios(const QList<Scenario> &scenarios)
{
    Q_ASSERT(!isRunning());
    qDeleteAll(m_runs);
    m_runs.clear();
    m_byIdentity.clear();
    for (const Scenario &s : scenarios) {
        auto *run = new ScenarioRun(s, {}, this);
        connect(run, &ScenarioRun::finished, this, &ScenarioRunner::onRunFinished);
        connect(run, &ScenarioRun::stepped, this, [this, run](const QString &line) {
            Q_EMIT scenarioStepped(int(m_runs.indexOf(run)), line);
        });
        connect(run, &ScenarioRun::identified, this, [this, run](const QString &identity) { m_byIdentity.insert(identity, run); });
        m_runs.append(run);
    }
}

Sandbox::Server *ScenarioRunner::sandbox(Shape shape) const
{
    const auto it = m_sandboxes.find(shape);
    return it == m_sandboxes.end() ? nullptr : it->second.get();
}

void ScenarioRunner::run(const QList<int> &indexes)
{
    QList<int> wanted = indexes;
    if (wanted.isEmpty()) {
        for (int i = 0; i < m_runs.size(); ++i)
            wanted.append(i);
    }
    for (int i : std::as_const(wanted)) {
        if (i >= 0 && i < m_runs.size() && !m_queue.contains(i) && !m_runs[i]->isRunning())
            m_queue.append(i);
    }
    if (m_queue.isEmpty()) {
        if (!isRunning())
            QTimer::singleShot(0, this, &ScenarioRunner::finished);
        return;
    }
    m_announced = false;
    prepare([this] {
        for (int n = m_active; n < m_options.jobs; ++n)
            startNext();
    });
}

void ScenarioRunner::runFailed()
{
    QList<int> failed;
    for (int i = 0; i < m_runs.size(); ++i) {
        const RunState state = m_runs[i]->result().state;
        if (state == RunState::Failed || state == RunState::Error)
            failed.append(i);
    }
    run(failed.isEmpty() ? QList<int>{-1} : failed);
}

void ScenarioRunner::stop()
{
    m_queue.clear();
    for (ScenarioRun *run : std::as_const(m_runs)) {
        if (run->isRunning())
            run->abort(u"stopped before it finished"_s);
    }
}

void ScenarioRunner::prepare(std::function<void()> then)
{
    if (m_prepared)
        return then();
    if (m_preparing)
        return;   // the first call's continuation starts the queue
    m_preparing = true;
    if (m_options.baseUrl.isEmpty())
        prepareInProcess(std::move(then));
    else
        probeServer(std::move(then));
}

void ScenarioRunner::prepareInProcess(std::function<void()> then)
{
    m_receiver = new WebhookReceiver(this);
    m_receiver->setPolicy([this](const QString &identity) { return answerFor(identity); });
    if (!m_receiver->listen(0)) {
        m_preparing = false;
        m_queue.clear();
        return Q_EMIT setupFailed(u"the webhook receiver cannot listen on loopback: "_s + m_receiver->errorString());
    }
    for (Shape shape : {Shape::V1, Shape::Legacy}) {
        Sandbox::Options o;
        o.port = 0;
        o.shape = shape == Shape::V1 ? Sandbox::Options::Shape::V1 : Sandbox::Options::Shape::Legacy;
        o.magicDelayMs = m_options.magicDelayMs;
        o.webhookRetryBaseMs = m_options.webhookRetryBaseMs;
        o.webhookTimeoutMs = 5000;
        o.webhookUrls = {QUrl(m_receiver->url())};
        auto server = std::make_unique<Sandbox::Server>(o);
        if (!server->start()) {
            m_preparing = false;
            m_queue.clear();
            return Q_EMIT setupFailed(u"a sandbox cannot start: "_s + server->errorString());
        }
        m_sandboxes[shape] = std::move(server);
    }
    m_preparing = false;
    m_prepared = true;
    then();
}

void ScenarioRunner::probeServer(std::function<void()> then)
{
    if (m_options.receiverPort) {
        m_receiver = new WebhookReceiver(this);
        m_receiver->setPolicy([this](const QString &identity) { return answerFor(identity); });
        if (!m_receiver->listen(*m_options.receiverPort)) {
            m_preparing = false;
            m_queue.clear();
            return Q_EMIT setupFailed(u"the webhook receiver cannot listen on 127.0.0.1:%1: %2"_s.arg(*m_options.receiverPort)
                                          .arg(m_receiver->errorString()));
        }
    }
    // A sandbox says so on /health with a header the hosted API never sends.
    auto *nam = new QNetworkAccessManager(this);
    QString base = m_options.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QNetworkRequest request(QUrl(base + u"/health"_s));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, nam, then = std::move(then)] {
        reply->deleteLater();
        nam->deleteLater();
        m_preparing = false;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            m_queue.clear();
            return Q_EMIT setupFailed(u"%1 cannot be reached: %2"_s.arg(m_options.baseUrl, reply->errorString()));
        }
        m_serverIsSandbox = reply->hasRawHeader(Sandbox::Server::MarkerHeader);
        m_prepared = true;
        then();
    });
}

Target ScenarioRunner::targetFor(const Scenario &scenario) const
{
    Target t;
    t.pollIntervalMs = m_options.pollIntervalMs;
    t.receiver = m_receiver;
    if (Sandbox::Server *server = sandbox(scenario.shape)) {
        t.baseUrl = server->baseUrl();
        t.webhookSecret = server->webhookSecret().toUtf8();
        t.sandbox = true;
        return t;
    }
    t.baseUrl = m_options.baseUrl;
    t.apiKey = m_options.apiKey;
    t.webhookSecret = m_options.webhookSecret;
    t.sandbox = m_serverIsSandbox;
    if (!m_receiver)
        t.noWebhooks = u"no --receiver-port: the server's webhooks go elsewhere"_s;
    return t;
}

void ScenarioRunner::startNext()
{
    if (m_queue.isEmpty() || m_active >= m_options.jobs)
        return;
    const int index = m_queue.takeFirst();
    ScenarioRun *run = m_runs[index];
    for (const QString &identity : run->identities()) {
        m_byIdentity.remove(identity);
        if (m_receiver)
            m_receiver->forget(identity);
    }
    run->setTarget(targetFor(run->scenario()));
    ++m_active;
    Q_EMIT scenarioStarted(index);
    run->start();
}

void ScenarioRunner::onRunFinished(ScenarioRun *run)
{
    --m_active;
    Q_EMIT scenarioFinished(int(m_runs.indexOf(run)));
    // Later, so that a run is never started from inside another's signal.
    QTimer::singleShot(0, this, [this] {
        startNext();
        if (m_active == 0 && m_queue.isEmpty() && !m_announced) {
            m_announced = true;
            Q_EMIT finished();
        }
    });
}

ReceiverSpec ScenarioRunner::answerFor(const QString &identity) const
{
    if (const ScenarioRun *run = m_byIdentity.value(identity))
        return run->scenario().receiver;
    // A session that ended before its run learnt its token (a latency fault longer than the magic delay): ask the
    // in-process sandboxes whose session it is.
    for (const ScenarioRun *run : m_runs) {
        Sandbox::Server *server = run->isRunning() ? sandbox(run->scenario().shape) : nullptr;
        if (!server)
            continue;
        int total = 0;
        for (const Sandbox::Session *s : server->sessions().page(ScenarioRun::keyFor(run->scenario()), 1, 20, &total)) {
            if (s->resultToken == identity || s->id == identity)
                return run->scenario().receiver;
        }
    }
    return {};
}

} // namespace Xident::Scenarios
