#pragma once

#include "scenarios/scenario.h"
#include "scenarios/scenarioresult.h"
#include "scenarios/scenariorun.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <map>
#include <memory>

namespace Xident::Sandbox {
class Server;
}

namespace Xident::Scenarios {

class WebhookReceiver;

//! Runs scenarios a few at a time, against sandboxes it starts in this process (one per result shape, since a
//! sandbox's webhook shape is its own) or against a server at a base URL; the console and the CLI both use it.
//!
//! In process, each scenario has its own key, so the faults it sets never reach another, and its webhooks go to a
//! receiver on loopback. Against a base URL, webhooks are checked only when the server delivers to the receiver's
//! port, and scenarios that need a sandbox are skipped on a server that is none (it lacks the /health marker).
class ScenarioRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int jobs = 4;
        QString baseUrl;                 //!< empty: sandboxes in this process
        QString apiKey;                  //!< a server's one accepted key (scenarios then run one at a time)
        std::optional<quint16> receiverPort;   //!< where the server at baseUrl delivers webhooks
        QByteArray webhookSecret;        //!< the server at baseUrl signs with it
        int magicDelayMs = 150;          //!< in-process sandboxes: how long a magic value takes
        int webhookRetryBaseMs = 100;    //!< in-process sandboxes: the wait before a webhook's second attempt
        int pollIntervalMs = 150;
    };

    explicit ScenarioRunner(Options options, QObject *parent = nullptr);
    ~ScenarioRunner() override;

    Options options() const { return m_options; }
    //! How many run at once from now on (1 to 64; always 1 against a server with one key).
    void setJobs(int jobs);
    //! Replaces the scenarios (and their results); not while running.
    void setScenarios(const QList<Scenario> &scenarios);
    int count() const { return int(m_runs.size()); }
    const Scenario &scenario(int index) const { return m_runs.at(index)->scenario(); }
    const ScenarioResult &result(int index) const { return m_runs.at(index)->result(); }
    bool isRunning() const { return m_active > 0 || !m_queue.isEmpty() || m_preparing; }
    //! The in-process sandbox for \a shape, once started (tests and the console's inspector use it).
    Sandbox::Server *sandbox(Shape shape) const;

public Q_SLOTS:
    //! Runs the scenarios at \a indexes (every one when empty), after any already queued.
    void run(const QList<int> &indexes = {});
    //! Runs again those that failed or ended in an error.
    void runFailed();
    //! Ends the running scenarios as errors and forgets the queue.
    void stop();

Q_SIGNALS:
    void scenarioStarted(int index);
    void scenarioStepped(int index, const QString &line);
    void scenarioFinished(int index);
    //! Every queued scenario has finished.
    void finished();
    //! The sandboxes, the receiver or the server at the base URL could not be set up: nothing ran.
    void setupFailed(const QString &problem);

private:
    void prepare(std::function<void()> then);
    void prepareInProcess(std::function<void()> then);
    void probeServer(std::function<void()> then);
    Target targetFor(const Scenario &scenario) const;
    void startNext();
    void onRunFinished(ScenarioRun *run);
    ReceiverSpec answerFor(const QString &identity) const;

    Options m_options;
    QList<ScenarioRun *> m_runs;
    QList<int> m_queue;
    int m_active = 0;
    bool m_preparing = false;
    bool m_announced = true;   // finished() was emitted for the current batch
    bool m_prepared = false;
    bool m_serverIsSandbox = false;
    WebhookReceiver *m_receiver = nullptr;
    std::map<Shape, std::unique_ptr<Sandbox::Server>> m_sandboxes;
    QHash<QString, QPointer<ScenarioRun>> m_byIdentity;
};

} // namespace Xident::Scenarios
