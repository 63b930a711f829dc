#pragma once

#include "scenarios/scenario.h"
#include "scenarios/scenarioresult.h"

#include <XidentQt/sessionresult.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>

class QTimer;
#include <memory>

namespace Xident {
class Client;
class Error;
struct Exchange;
class SessionPoller;
} // namespace Xident

namespace Xident::Scenarios {

class WebhookReceiver;

//! Where scenarios run and what checks their webhooks.
struct Target
{
    QString baseUrl;
    QString apiKey;              //!< the one key every scenario uses; empty: each derives its own (keyFor())
    QByteArray webhookSecret;    //!< what signatures are checked under
    bool sandbox = false;        //!< it has the admin API, the widget and the magic values
    WebhookReceiver *receiver = nullptr;   //!< null: webhooks are not checked, for noWebhooks
    QString noWebhooks;
    int pollIntervalMs = 250;
};

//! Runs one scenario against a target: faults set, session created, ended as the scenario says, polled to its
//! final status, its webhook awaited and checked, faults cleared. finished() comes exactly once per start().
class ScenarioRun : public QObject
{
    Q_OBJECT
public:
    ScenarioRun(Scenario scenario, Target target, QObject *parent = nullptr);
    ~ScenarioRun() override;

    const Scenario &scenario() const { return m_scenario; }
    const Target &target() const { return m_target; }
    //! Where the next start() runs.
    void setTarget(const Target &target) { m_target = target; }
    bool isRunning() const { return m_result.state == RunState::Running; }
    const ScenarioResult &result() const { return m_result; }
    //! The key a scenario uses on a sandbox that takes any test key: derived from its suite and name, so that
    //! faults set for one scenario never reach another.
    static QString keyFor(const Scenario &scenario);
    //! What the session's webhooks name it by, once known: its result token and its legacy session id.
    QStringList identities() const { return m_identities; }

public Q_SLOTS:
    void start();
    //! Ends the run now as an error with \a why (the runner was stopped, say).
    void abort(const QString &why);

Q_SIGNALS:
    //! A step, for a progress line.
    void stepped(const QString &line);
    //! The session's identity is known: deliveries naming it belong to this run.
    void identified(const QString &identity);
    void finished(Xident::Scenarios::ScenarioRun *run);

private:
    using AdminAnswer = std::function<void(int status, const QJsonObject &data, const QString &problem)>;
    void admin(const QByteArray &method, const QString &path, const QJsonObject &body, AdminAnswer answer);
    void setFaults();
    void createSession();
    void learnIdentity();
    void addIdentity(const QString &identity);
    void endSession();
    void postWidgetChoice(const QString &verifyUrl);
    void poll();
    void onPolled();
    void awaitWebhook();
    void judgeWebhook();
    void judgeSession();
    void clearFaults();
    void end(RunState state, const QString &message = {});
    void step(const QString &line);
    void record(const Xident::Exchange &exchange);
    void check(const QString &what, const QString &expected, const QString &observed);
    void fail(const QString &what, const QString &problem);

    Scenario m_scenario;
    Target m_target;
    ScenarioResult m_result;
    std::unique_ptr<Client> m_client;
    QPointer<SessionPoller> m_poller;
    QElapsedTimer m_clock;
    qint64 m_finalAtMs = -1;
    SessionResult m_session;
    bool m_haveSession = false;
    QString m_verifyUrl;
    QStringList m_identities;
    bool m_faultsSet = false;
    bool m_done = false;
    QTimer *m_webhookDeadline = nullptr;
};

} // namespace Xident::Scenarios
