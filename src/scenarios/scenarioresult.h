#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Scenarios {
Q_NAMESPACE

//! Where a scenario stands.
enum class RunState {
    Waiting,   //!< not started yet
    Running,
    Passed,    //!< every expectation held
    Failed,    //!< the session ended otherwise than expected
    Error,     //!< the run could not do its part (admin API, widget, receiver): nothing was learnt about the session
    Skipped,   //!< not run here, with the reason
};
Q_ENUM_NS(RunState)

//! One expectation, with what was observed.
struct Check
{
    QString what;       //!< "status", "webhook.type", ...
    QString expected;
    QString observed;
    bool ok = false;
};

//! What became of one scenario: its state, every check, and what it saw on the way (already redacted).
struct ScenarioResult
{
    RunState state = RunState::Waiting;
    QString message;            //!< one line: the first failed check, the error or the reason for skipping
    QList<Check> checks;
    QStringList requestIds;     //!< of every answer, in order
    QStringList exchanges;      //!< every HTTP attempt, one block each, keys withheld
    QStringList log;            //!< what the run did, a line per step
    QString initToken;
    QString resultToken;        //!< or the legacy session id
    QString observedStatus;
    QByteArray resultJson;      //!< the last result read (GET /result's data), empty when none was
    QDateTime startedAt;
    qint64 durationMs = 0;

    bool isFinished() const { return state != RunState::Waiting && state != RunState::Running; }
    //! The failed checks as "what: expected X, observed Y" lines.
    QStringList failures() const;
};

//! "passed", "failed", "error", "skipped", "running", "waiting".
QString stateName(RunState state);

} // namespace Xident::Scenarios
