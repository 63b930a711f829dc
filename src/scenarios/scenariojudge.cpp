// The second half of a scenario's run: polling to the final status, awaiting the webhook, judging both.
#include "scenarios/scenariorun.h"

#include "scenarios/webhookreceiver.h"

#include <XidentQt/client.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

namespace {

QString seconds(qint64 ms)
{
    return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString statusName(const QString &wire)
{
    return wire == "completed"_L1 ? u"success"_s : wire;
}

QString checkState(const SessionResult &r, const QString &name)
{
    const std::optional<CheckResult> c = r.check(name);
    if (!c || !c->performed)
        return u"not_performed"_s;
    return c->passed.value_or(false) ? u"passed"_s : u"failed"_s;
}

// The event a final status is announced with, in the webhook's own shape.
QString eventFor(const QString &status, bool legacy)
{
    if (legacy && status == "success"_L1)
        return u"verification.completed"_s;
    if (legacy && status == "failed"_L1)
        return u"verification.failed"_s;
    return u"session."_s + status;
}

} // namespace

QStringList ScenarioResult::failures() const
{
    QStringList out;
    for (const Check &c : checks) {
        if (!c.ok)
            out.append(u"%1: expected %2, observed %3"_s.arg(c.what, c.expected, c.observed));
    }
    return out;
}

QString stateName(RunState state)
{
    switch (state) {
    case RunState::Waiting: return u"waiting"_s;
    case RunState::Running: return u"running"_s;
    case RunState::Passed: return u"passed"_s;
    case RunState::Failed: return u"failed"_s;
    case RunState::Error: return u"error"_s;
    case RunState::Skipped: return u"skipped"_s;
    }
    return {};
}

void ScenarioRun::check(const QString &what, const QString &expected, const QString &observed)
{
    m_result.checks.append(Check{what, expected, observed, expected == observed});
}

void ScenarioRun::fail(const QString &what, const QString &problem)
{
    m_result.checks.append(Check{what, u"(see above)"_s, problem, false});
}

void ScenarioRun::poll()
{
    if (m_done)
        return;
    auto *poller = new SessionPoller(m_client.get(), m_result.initToken, this);
    m_poller = poller;
    poller->setInterval(std::chrono::milliseconds(m_target.pollIntervalMs));
    poller->setMaxInterval(std::chrono::milliseconds(std::max(2000, m_target.pollIntervalMs)));
    poller->setWaitTimeout(std::chrono::milliseconds(m_scenario.timeoutMs));
    connect(poller, &SessionPoller::statusChanged, this, [this](const SessionResult &r) {
        step(u"status %1"_s.arg(r.statusText()));
        addIdentity(r.token());
        addIdentity(r.id());
    });
    connect(poller, &SessionPoller::finished, this, [this](SessionPoller *) { onPolled(); });
    poller->start();
}

void ScenarioRun::onPolled()
{
    if (m_done)
        return;
    const Error error = m_poller->error();
    m_haveSession = m_poller->hasResult();
    m_session = m_poller->lastResult();
    m_poller->deleteLater();
    m_finalAtMs = m_clock.elapsed();
    if (m_haveSession)
        m_result.resultJson = QJsonDocument(m_session.raw()).toJson(QJsonDocument::Compact);
    if (!error) {
        m_result.observedStatus = statusName(m_session.statusText());
    } else if (error.kind() == ErrorKind::NotFound && error.code() == "TOKEN_EXPIRED"_L1) {
        // An expired link answers 404 TOKEN_EXPIRED: that is the session's end, not a failure to read it.
        m_result.observedStatus = u"expired"_s;
        m_haveSession = false;
    } else if (error.kind() == ErrorKind::Timeout) {
        m_result.observedStatus = u"%1 (not final after %2)"_s.arg(m_haveSession ? m_session.statusText() : u"unknown"_s,
                                                                   seconds(m_scenario.timeoutMs));
        m_haveSession = false;
    } else {
        m_result.observedStatus = u"no result: "_s + error.toString();
        m_haveSession = false;
    }
    step(u"final: "_s + m_result.observedStatus);
    judgeSession();
}

void ScenarioRun::judgeSession()
{
    if (m_done)
        return;
    const Expectation &e = m_scenario.expect;
    check(u"status"_s, m_scenario.expectedStatus(), m_result.observedStatus);
    if (const std::optional<QString> reason = m_scenario.expectedReason())
        check(u"reason"_s, reason->isEmpty() ? u"none"_s : *reason,
              m_session.reason().isEmpty() ? u"none"_s : m_session.reason());
    if (!e.method.isEmpty())
        check(u"method"_s, e.method, m_haveSession && !m_session.method().isEmpty() ? m_session.method() : u"none"_s);
    for (const auto &[name, state] : e.checks)
        check(u"checks."_s + name, state, m_haveSession ? checkState(m_session, name) : u"no result"_s);
    if (e.ageBracket) {
        const std::optional<int> bracket = m_haveSession ? m_session.ageBracket() : std::nullopt;
        check(u"age_bracket"_s, *e.ageBracket ? QString::number(*e.ageBracket) : u"none"_s,
              bracket ? QString::number(*bracket) : u"none"_s);
    }
    if (!e.webhook.wanted)
        return clearFaults();
    if (!m_target.receiver) {
        step(u"webhook not checked: "_s + m_target.noWebhooks);
        return clearFaults();
    }
    awaitWebhook();
}

void ScenarioRun::awaitWebhook()
{
    if (m_done)
        return;
    if (m_identities.isEmpty()) {
        fail(u"webhook"_s, u"the session's result token is unknown, so its webhook cannot be told apart"_s);
        return clearFaults();
    }
    m_webhookDeadline = new QTimer(this);
    m_webhookDeadline->setSingleShot(true);
    connect(m_webhookDeadline, &QTimer::timeout, this, &ScenarioRun::judgeWebhook);
    // Accepted means answered 2xx: when the receiver answers badly on purpose, the retries are awaited.
    const auto accepted = [this] {
        for (const QString &identity : std::as_const(m_identities)) {
            for (const WebhookReceiver::Delivery &d : m_target.receiver->deliveriesFor(identity)) {
                if (d.answered >= 200 && d.answered < 300)
                    return true;
            }
        }
        return false;
    };
    connect(m_target.receiver, &WebhookReceiver::delivered, m_webhookDeadline, [this, accepted](const QString &identity) {
        if (m_identities.contains(identity) && accepted())
            QTimer::singleShot(0, this, &ScenarioRun::judgeWebhook);   // after the receiver has answered
    });
    if (accepted())
        return judgeWebhook();
    step(u"awaiting the webhook"_s);
    m_webhookDeadline->start(int(std::max<qint64>(0, m_scenario.expect.webhook.withinMs)));
}

void ScenarioRun::judgeWebhook()
{
    if (!m_webhookDeadline)
        return;   // judged already
    m_webhookDeadline->deleteLater();
    m_webhookDeadline = nullptr;
    const WebhookExpectation &w = m_scenario.expect.webhook;
    QList<WebhookReceiver::Delivery> all;
    for (const QString &identity : std::as_const(m_identities))
        all += m_target.receiver->deliveriesFor(identity);
    const WebhookReceiver::Delivery *chosen = nullptr;
    for (const WebhookReceiver::Delivery &d : std::as_const(all)) {
        if (!chosen || (d.answered >= 200 && d.answered < 300))
            chosen = &d;
        if (chosen->answered >= 200 && chosen->answered < 300)
            break;
    }
    if (!chosen) {
        check(u"webhook"_s, u"within "_s + seconds(w.withinMs), u"none arrived"_s);
        return clearFaults();
    }
    const qint64 after = std::max<qint64>(0, m_result.startedAt.msecsTo(chosen->at) - m_finalAtMs);
    check(u"webhook"_s, u"within "_s + seconds(w.withinMs), after <= w.withinMs ? u"within "_s + seconds(w.withinMs)
                                                                                 : u"after "_s + seconds(after));
    const QJsonObject data = QJsonDocument::fromJson(chosen->body).object().value("data"_L1).toObject();
    const bool legacyBody = !data.contains("token"_L1) && data.contains("id"_L1);
    check(u"webhook.type"_s, w.type.isEmpty() ? eventFor(m_scenario.expectedStatus(), legacyBody) : w.type, chosen->type);
    if (w.validSignature) {
        const WebhookVerdict verdict = WebhookVerifier(m_target.webhookSecret).verify(chosen->body, chosen->signature);
        check(u"webhook.signature"_s, u"valid"_s, verdict.code());
    }
    if (w.matchesResult && m_haveSession) {
        // The same session (whichever of its names the webhook uses, by its shape), status and reason.
        const QString named = data.value("token"_L1).toString() + data.value("id"_L1).toString();
        const auto words = [](const QString &status, const QString &reason, const QString &session) {
            return u"%1, reason %2, %3"_s.arg(statusName(status), reason.isEmpty() ? u"none"_s : reason, session);
        };
        check(u"webhook.matches_result"_s, words(m_session.statusText(), m_session.reason(), u"this session"_s),
              words(data.value("status"_L1).toString(), data.value("reason"_L1).toString(),
                    m_identities.contains(data.value("token"_L1).toString()) || m_identities.contains(data.value("id"_L1).toString())
                        ? u"this session"_s
                        : u"another session ("_s + named + u')'));
    } else if (w.matchesResult && m_result.observedStatus == "expired"_L1) {
        // An expired session has no result to read (404 TOKEN_EXPIRED): its webhook must say expired.
        check(u"webhook.matches_result"_s, u"expired"_s, statusName(data.value("status"_L1).toString()));
    }
    if (w.deliveries) {
        const auto attempts = std::count_if(all.cbegin(), all.cend(), [chosen](const auto &d) { return d.eventId == chosen->eventId; });
        check(u"webhook.deliveries"_s, QString::number(*w.deliveries), QString::number(attempts));
    }
    clearFaults();
}

void ScenarioRun::clearFaults()
{
    if (m_done)
        return;
    const auto finish = [this] {
        if (const auto max = m_scenario.expect.maxDurationMs) {
            const qint64 took = m_clock.elapsed();
            check(u"max_duration"_s, u"at most "_s + seconds(*max), took <= *max ? u"at most "_s + seconds(*max) : seconds(took));
        }
        const QStringList failures = m_result.failures();
        end(failures.isEmpty() ? RunState::Passed : RunState::Failed, failures.value(0));
    };
    if (!m_faultsSet)
        return finish();
    m_faultsSet = false;
    admin("DELETE", u"/faults"_s, {}, [this, finish](int, const QJsonObject &, const QString &problem) {
        if (!problem.isEmpty())
            step(u"could not clear the faults: "_s + problem);
        finish();
    });
}

void ScenarioRun::end(RunState state, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_poller)
        m_poller->stop();
    if (m_webhookDeadline) {
        m_webhookDeadline->deleteLater();
        m_webhookDeadline = nullptr;
    }
    m_result.state = state;
    m_result.message = message;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    step(stateName(state) + (message.isEmpty() ? QString() : u": "_s + message));
    // The client goes later: this may run inside one of its jobs' signals.
    if (m_client)
        m_client.release()->deleteLater();
    Q_EMIT finished(this);
}

} // namespace Xident::Scenarios
