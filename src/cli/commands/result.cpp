// xident result: reads a session's result, and with --wait polls until it is final.
#include <XidentQt/hmac.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhookforensics.h>
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "text/errortext.h"
#include "text/failuretext.h"
#include "text/webhooktext.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

// xident result: reads a session's result, and with --wait follows it until it is final.
class ResultCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;

private:
    //! `result --wait`: polls until the session is final or the wait times out.
    void waitForResult(const QString &token, double interval, double waitTimeout);
    void printResult(const SessionResult &result, const QString &requestId);
    //! With --expect: Success when the session ended as expected, Unexpected (said on stderr) when not.
    int judge(QString status, const QString &reason);

    QString m_expect;
    QString m_expectReason;
};

} // namespace

void ResultCommand::printResult(const SessionResult &r, const QString &requestId)
{
    if (m_json) {
        QJsonObject o{{"status"_L1, r.statusText()},
                      {"verified"_L1, r.isVerified()},
                      {"terminal"_L1, r.isTerminal()},
                      {"shape"_L1, r.shape() == SessionResult::Shape::Legacy ? u"legacy"_s : u"v1"_s},
                      {"request_id"_L1, requestId},
                      {"result"_L1, r.raw()}};
        if (auto bracket = r.ageBracket())
            o.insert("age_bracket"_L1, *bracket);
        if (auto estimate = r.estimatedAge())
            o.insert("estimated_age"_L1, *estimate);
        if (!r.method().isEmpty())
            o.insert("method"_L1, r.method());
        if (!r.reason().isEmpty())
            o.insert("reason"_L1, r.reason());
        m_out << safe(jsonLine(o));
        return;
    }
    QString status = r.statusText();
    if (r.status() == SessionStatus::Unknown)
        status = tr("%1 (unknown status, not a verdict)").arg(status);
    QList<Field> fields{{tr("status"), status}, {tr("verified"), r.isVerified() ? tr("yes") : tr("no")}};
    if (!r.reason().isEmpty())
        fields.append({tr("reason"), tr("%1 (%2)").arg(r.reason(), Text::explainFailure(r.reason()).title)});
    fields << Field{tr("method"), r.method()}
           << Field{tr("age bracket"), r.ageBracket() ? QString::number(*r.ageBracket()) : QString()}
           << Field{tr("estimated age"), r.estimatedAge() && !r.ageBracket() ? QString::number(*r.estimatedAge()) : QString()}
           << Field{tr("token"), r.token()} << Field{tr("session id"), r.id()} << Field{tr("user id"), r.externalUserId()}
           << Field{tr("country"), r.country()} << Field{tr("created"), r.createdAt()} << Field{tr("started"), r.startedAt()}
           << Field{tr("completed"), r.completedAt()} << Field{tr("expires"), r.expiresAt()};
    const auto checks = r.checks();
    for (const CheckResult &c : checks) {
        if (c.name == "risk"_L1) {
            fields.append({tr("risk band"), c.details.value("band"_L1).toString()});
            continue;
        }
        const QString v = !c.performed ? tr("not performed")
                        : !c.passed    ? tr("performed")
                        : *c.passed    ? tr("passed")
                                       : tr("FAILED");
        fields.append({tr("check %1").arg(c.name), v});
    }
    fields.append({tr("request id"), requestId});
    printFields(fields);
}

void ResultCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read a session's result (GET /result/TOKEN)."));
    addApiOptions(parser);
    parser.addPositionalArgument(u"token"_s, tr("The init token (xit_...) or result token (xtk_...)."));
    parser.addOption({u"wait"_s, tr("Poll until the session is final.")});
    parser.addOption({u"interval"_s, tr("Seconds between polls with --wait (default 2)."), tr("s")});
    parser.addOption({u"wait-timeout"_s, tr("Give up waiting after this many seconds (default 600)."), tr("s")});
    parser.addOption({u"expect"_s, tr("Wait, then exit 0 only when the session ends in this state (success, failed, "
                                      "canceled, expired or claimed), 14 when it ends otherwise."), tr("state")});
    parser.addOption({u"expect-reason"_s, tr("With --expect failed: the failure reason expected too."), tr("reason")});
    if (!parseCommand(parser, args, u"result"_s))
        return;
    m_expect = parser.value(u"expect"_s).trimmed().toLower();
    m_expectReason = parser.value(u"expect-reason"_s).trimmed();
    static const QStringList finalStates{u"success"_s, u"failed"_s, u"canceled"_s, u"expired"_s, u"claimed"_s};
    if (parser.isSet(u"expect"_s) && !finalStates.contains(m_expect)) {
        usageError(tr("--expect: \"%1\" is not a final state; use one of %2.").arg(m_expect, finalStates.join(u", "_s)));
        return;
    }
    if (parser.isSet(u"expect-reason"_s) && m_expect != "failed"_L1) {
        usageError(tr("--expect-reason goes with --expect failed."));
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty() ? tr("result: a TOKEN is required.") : tr("result: exactly one TOKEN, please."));
        return;
    }
    const QString token = positional.first();
    double interval = 2, waitTimeout = 600;
    if (!numberOption(parser, u"interval"_s, 0.05, 3600, &interval, tr("seconds"))
        || !numberOption(parser, u"wait-timeout"_s, 0.05, 7 * 86400, &waitTimeout, tr("seconds")))
        return;
    const bool wait = parser.isSet(u"wait"_s) || !m_expect.isEmpty();   // --expect waits for the end
    if ((parser.isSet(u"interval"_s) || parser.isSet(u"wait-timeout"_s)) && !wait) {
        usageError(tr("--interval and --wait-timeout go with --wait."));
        return;
    }
    if (!setUpClient(parser))
        return;

    if (!wait) {
        ResultJob *job = m_client->getResult(token);
        watchJob(job, m_err);
        connect(job, &Job::finished, this, [this, job] {
            if (job->error()) {
                printError(job->error());
                finish(exitCodeFor(job->error().kind()));
                return;
            }
            printResult(job->result(), job->requestId());
            finish(Success);
        });
        job->start();
        return;
    }

    waitForResult(token, interval, waitTimeout);
}

void ResultCommand::waitForResult(const QString &token, double interval, double waitTimeout)
{
    auto *poller = new SessionPoller(m_client.get(), token, this);
    poller->setInterval(std::chrono::milliseconds(qint64(interval * 1000)));
    poller->setWaitTimeout(std::chrono::milliseconds(qint64(waitTimeout * 1000)));
    connect(poller, &SessionPoller::statusChanged, this, [this](const SessionResult &r) {
        if (!m_json)
            m_err << tr("xident: status %1").arg(r.statusText()) << Qt::endl;
    });
    connect(poller, &SessionPoller::pollFailed, this, [this](const Error &e, qint64 next) {
        // The caption is a whole sentence; the library's English details follow on their own line.
        m_err << tr("xident: a poll failed: %1 Next poll in %2 ms.").arg(Text::errorCaption(e), QString::number(next))
              << Qt::endl << "  " << e.toString() << Qt::endl;
    });
    connect(poller, &SessionPoller::finished, this, [this](SessionPoller *p) {
        const Error e = p->error();
        if (e) {
            if (e.kind() == ErrorKind::Timeout && p->hasResult()) {
                printResult(p->lastResult(), p->lastRequestId());
                m_err << tr("xident: the session was not final within --wait-timeout; its last state is shown above.")
                      << Qt::endl;
                finish(WaitTimeout);
                return;
            }
            if (e.kind() == ErrorKind::Timeout && !m_json) {
                m_err << tr("xident: no answer about the session within --wait-timeout.") << Qt::endl
                      << "  " << e.toString() << Qt::endl;
                finish(WaitTimeout);
                return;
            }
            // An expired link answers 404 TOKEN_EXPIRED: with --expect that is the session's end, not a failure.
            if (!m_expect.isEmpty() && e.kind() == ErrorKind::NotFound && e.code() == "TOKEN_EXPIRED"_L1) {
                printError(e);
                finish(judge(u"expired"_s, {}));
                return;
            }
            printError(e);
            finish(e.kind() == ErrorKind::Timeout ? WaitTimeout : exitCodeFor(e.kind()));
            return;
        }
        printResult(p->lastResult(), p->lastRequestId());
        finish(judge(p->lastResult().statusText(), p->lastResult().reason()));
    });
    poller->start();
}

int ResultCommand::judge(QString status, const QString &reason)
{
    if (m_expect.isEmpty())
        return Success;
    // The legacy shape's words for the same ends.
    if (status == "completed"_L1)
        status = u"success"_s;
    else if (status == "cancelled"_L1)
        status = u"canceled"_s;
    const bool met = status == m_expect && (m_expectReason.isEmpty() || reason == m_expectReason);
    const QString expected = m_expectReason.isEmpty() ? m_expect : u"%1 (%2)"_s.arg(m_expect, m_expectReason);
    const QString observed = reason.isEmpty() ? status : u"%1 (%2)"_s.arg(status, reason);
    if (met) {
        m_err << tr("xident: as expected: %1").arg(observed) << Qt::endl;
        return Success;
    }
    m_err << tr("xident: expected %1, but the session ended %2.").arg(expected, observed) << Qt::endl;
    return Unexpected;
}

std::unique_ptr<Command> makeResultCommand(Command::Done done)
{
    return std::make_unique<ResultCommand>(std::move(done));
}

} // namespace Xident::Cli
