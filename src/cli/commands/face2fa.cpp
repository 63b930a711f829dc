// xident 2fa: face two-factor checks (register, verify, status, user, delete).
#include <XidentQt/blacklist.h>
#include <XidentQt/face2fa.h>
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

// xident 2fa: face two-factor registration, checks and their verdicts.
class Face2faCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;

private:
    //! How `--wait` follows a started challenge, in seconds.
    struct Wait
    {
        double interval = 1;
        double timeout = 120;
    };
    //! True for a known subcommand; otherwise says how to use the command and finishes.
    bool knownSubcommand(const QString &sub);
    //! A 2FA call's answer; with \a wait a started challenge is followed to its verdict.
    void onAnswer(const QString &subcommand, Job *job, std::optional<Wait> wait);
    void waitForChallenge(const QString &challengeId, double interval, double waitTimeout);
    void printChallenge(const Face2faChallenge &challenge, const QString &requestId);
};

} // namespace

namespace {

QJsonObject challengeJson(const Face2faChallenge &c)
{
    return c.raw;
}

} // namespace

void Face2faCommand::run(const QStringList &args)
{
    const QString sub = args.value(1);
    if (!knownSubcommand(sub))
        return;
    QCommandLineParser parser;
    addApiOptions(parser);
    const bool starts = sub == "register"_L1 || sub == "verify"_L1;
    if (starts) {
        parser.addOption({u"user-id"_s, tr("Your user's id (at most 255 characters); required."), tr("id")});
        parser.addOption({u"image"_s, tr("The face image file, or - for standard input (at most 10 MB)."), tr("file")});
    }
    if (starts || sub == "status"_L1) {
        parser.addOption({u"wait"_s, tr("Poll the challenge until it is decided.")});
        parser.addOption({u"interval"_s, tr("Seconds between polls with --wait (default 1)."), tr("s")});
        parser.addOption({u"wait-timeout"_s, tr("Give up waiting after this many seconds (default 120)."), tr("s")});
    }
    if (!parseCommand(parser, args.mid(1), u"2fa "_s + sub))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (starts ? 0 : 1)) {
        usageError(starts ? tr("2fa %1 takes no positional arguments.").arg(sub)
                          : tr("2fa %1: exactly one %2, please.").arg(sub, sub == "status"_L1 ? u"CHALLENGE_ID"_s : u"USER_ID"_s));
        return;
    }
    double interval = 1, waitTimeout = 120;
    const bool waits = starts || sub == "status"_L1;
    if (waits
        && (!numberOption(parser, u"interval"_s, 0.05, 3600, &interval, tr("seconds"))
            || !numberOption(parser, u"wait-timeout"_s, 0.05, 86400, &waitTimeout, tr("seconds"))))
        return;
    if (waits && !parser.isSet(u"wait"_s) && (parser.isSet(u"interval"_s) || parser.isSet(u"wait-timeout"_s))) {
        usageError(tr("--interval and --wait-timeout go with --wait."));
        return;
    }
    QByteArray image;
    if (starts) {
        if (!parser.isSet(u"user-id"_s) || !parser.isSet(u"image"_s)) {
            usageError(tr("2fa %1: --user-id and --image are required.").arg(sub));
            return;
        }
        if (!oneStdinReader(parser, {u"image"_s, u"api-key-file"_s}) || !readImage(parser.value(u"image"_s), &image))
            return;
    }
    if (!setUpClient(parser))
        return;
    const bool wait = waits && parser.isSet(u"wait"_s);

    if (sub == "status"_L1 && wait) {
        waitForChallenge(positional.first(), interval, waitTimeout);
        return;
    }
    Job *job = nullptr;
    if (sub == "register"_L1)
        job = m_client->registerFace(parser.value(u"user-id"_s), image);
    else if (sub == "verify"_L1)
        job = m_client->verifyFace(parser.value(u"user-id"_s), image);
    else if (sub == "status"_L1)
        job = m_client->face2faStatus(positional.first());
    else if (sub == "user"_L1)
        job = m_client->face2faUser(positional.first());
    else
        job = m_client->deleteFace2faUser(positional.first());
    watchJob(job, m_err);
    connect(job, &Job::finished, this, [this](Job *j) {
        if (j->error()) {
            printError(j->error());
            finish(exitCodeFor(j->error().kind()));
        }
    });
    connect(job, &Job::succeeded, this, [this, sub, wait, interval, waitTimeout](Job *j) {
        onAnswer(sub, j, wait ? std::optional<Wait>(Wait{interval, waitTimeout}) : std::nullopt);
    });
    job->start();
}

// Says how to use the command, and finishes, unless \a sub is one of its subcommands.
bool Face2faCommand::knownSubcommand(const QString &sub)
{
    static const QStringList subs = {u"register"_s, u"verify"_s, u"status"_s, u"user"_s, u"delete"_s};
    if (sub.isEmpty() || sub == "--help"_L1 || !subs.contains(sub)) {
        (sub == "--help"_L1 ? m_out : m_err)
            << tr("Usage: xident 2fa register|verify --user-id ID --image FILE|- [--wait]\n"
                  "       xident 2fa status CHALLENGE_ID [--wait]\n"
                  "       xident 2fa user USER_ID          (enrolled or not)\n"
                  "       xident 2fa delete USER_ID        (a hard delete; deleting nothing succeeds)\n"
                  "With --wait the command polls the challenge and exits 0 when it passed, 13 when it failed or "
                  "expired.\n");
        if (sub == "--help"_L1)
            finish(Success);
        else
            usageError(sub.isEmpty() ? tr("2fa: a subcommand is required.") : tr("2fa: unknown subcommand \"%1\".").arg(sub));
        return false;
    }
    return true;
}

void Face2faCommand::onAnswer(const QString &sub, Job *j, std::optional<Wait> wait)
{
    if (sub == "register"_L1 || sub == "verify"_L1) {
        const QString id = static_cast<Face2faStartJob *>(j)->challengeId();
        if (wait) {
            if (!m_json)
                m_err << tr("xident: challenge %1 is processing").arg(id) << Qt::endl;
            waitForChallenge(id, wait->interval, wait->timeout);
            return;
        }
        if (m_json)
            m_out << safe(jsonLine(QJsonObject{{"challenge_id"_L1, id},
                                               {"status"_L1, static_cast<Face2faStartJob *>(j)->status()},
                                               {"request_id"_L1, j->requestId()}}));
        else
            printFields({{tr("challenge_id"), id},
                         {tr("status"), static_cast<Face2faStartJob *>(j)->status()},
                         {tr("request_id"), j->requestId()}});
        finish(Success);
    } else if (sub == "status"_L1) {
        printChallenge(static_cast<Face2faStatusJob *>(j)->challenge(), j->requestId());
        finish(Success);
    } else if (sub == "user"_L1) {
        const Face2faUser u = static_cast<Face2faUserJob *>(j)->user();
        if (m_json)
            m_out << safe(jsonLine(QJsonObject{{"user"_L1, u.raw}, {"request_id"_L1, j->requestId()}}));
        else
            printFields({{tr("enrolled"), u.enrolled ? tr("yes") : tr("no")},
                         {tr("enrolled at"), u.enrolledAt},
                         {tr("request_id"), j->requestId()}});
        finish(Success);
    } else {
        if (m_json) {
            m_out << safe(jsonLine(QJsonObject{{"deleted"_L1, true}, {"request_id"_L1, j->requestId()}}));
        } else {
            m_out << tr("deleted (or there was nothing to delete)") << Qt::endl;
            printFields({{tr("request_id"), j->requestId()}});
        }
        finish(Success);
    }
}

void Face2faCommand::waitForChallenge(const QString &challengeId, double interval, double waitTimeout)
{
    auto *poller = new ChallengePoller(m_client.get(), challengeId, this);
    poller->setInterval(std::chrono::milliseconds(qint64(interval * 1000)));
    poller->setWaitTimeout(std::chrono::milliseconds(qint64(waitTimeout * 1000)));
    connect(poller, &ChallengePoller::finished, this, [this](ChallengePoller *p) {
        const Error e = p->error();
        if (e) {
            printError(e);
            finish(e.kind() == ErrorKind::Timeout ? WaitTimeout : exitCodeFor(e.kind()));
            return;
        }
        printChallenge(p->challenge(), p->lastRequestId());
        finish(p->challenge().isFailed() ? Face2faNegative : Success);
    });
    poller->start();
}

void Face2faCommand::printChallenge(const Face2faChallenge &c, const QString &requestId)
{
    if (m_json) {
        m_out << safe(jsonLine(QJsonObject{{"challenge"_L1, challengeJson(c)}, {"request_id"_L1, requestId}}));
        return;
    }
    printFields({{tr("challenge_id"), c.challengeId},
                 {tr("kind"), c.kind},
                 {tr("status"), c.status},
                 {tr("passed"), c.passed ? (*c.passed ? tr("yes") : tr("no")) : tr("not yet")},
                 {tr("failure reason"), c.failureReason},
                 {tr("completed", "a 2fa challenge (French: masculine)"), c.completedAt},
                 {tr("expires"), c.expiresAt},
                 {tr("request id"), requestId}});
}

std::unique_ptr<Command> makeFace2faCommand(Command::Done done)
{
    return std::make_unique<Face2faCommand>(std::move(done));
}

} // namespace Xident::Cli
