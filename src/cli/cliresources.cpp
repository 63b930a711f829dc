// The blacklist and face-2FA commands of the xident tool.
#include <XidentQt/blacklist.h>
#include <XidentQt/face2fa.h>
#include "cli/cli.h"
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

constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;

QJsonObject challengeJson(const Face2faChallenge &c)
{
    return c.raw;
}

} // namespace

bool Cli::readImage(const QString &source, QByteArray *image)
{
    QFile file;
    const bool fromStdin = source == "-"_L1 || source == "/dev/stdin"_L1;
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        usageError(tr("--image: cannot read %1: %2").arg(fromStdin ? tr("standard input") : source, file.errorString()));
        return false;
    }
    *image = file.read(MaxImageBytes + 1);
    if (image->size() > MaxImageBytes) {
        usageError(tr("--image: %1 is larger than the 10 MB the API takes.").arg(fromStdin ? tr("standard input") : source));
        return false;
    }
    if (image->isEmpty()) {
        usageError(tr("--image: %1 is empty.").arg(fromStdin ? tr("standard input") : source));
        return false;
    }
    return true;
}

void Cli::runBlacklist(const QStringList &args)
{
    const QString sub = args.value(1);
    static const QStringList subs = {u"list"_s, u"add-session"_s, u"add-image"_s, u"remove"_s};
    if (sub.isEmpty() || sub == "--help"_L1 || !subs.contains(sub)) {
        (sub == "--help"_L1 ? m_out : m_err)
            << tr("Usage: xident blacklist list [--page N] [--per-page N]\n"
                  "       xident blacklist add-session TOKEN --reason TEXT     (the xtk_ token of a finished session)\n"
                  "       xident blacklist add-image --image FILE|- --reason TEXT\n"
                  "       xident blacklist remove ID\n"
                  "Additions are processed asynchronously: they appear in the list once processed.\n");
        if (sub == "--help"_L1)
            finish(Success);
        else
            usageError(sub.isEmpty() ? tr("blacklist: a subcommand is required.") : tr("blacklist: unknown subcommand \"%1\".").arg(sub));
        return;
    }
    QCommandLineParser parser;
    addApiOptions(parser);
    if (sub == "list"_L1) {
        parser.addOption({u"page"_s, Cli::tr("Page, from 1 (default 1)."), Cli::tr("n")});
        parser.addOption({u"per-page"_s, Cli::tr("Entries a page, 1 to 100 (default 20)."), Cli::tr("n")});
    } else if (sub != "remove"_L1) {
        parser.addOption({u"reason"_s, Cli::tr("Why (at most 500 characters); required."), Cli::tr("text")});
        if (sub == "add-image"_L1)
            parser.addOption({u"image"_s, Cli::tr("The face image file, or - for standard input (at most 10 MB)."), Cli::tr("file")});
    }
    if (!parseCommand(parser, args.mid(1), u"blacklist "_s + sub))
        return;
    const QStringList positional = parser.positionalArguments();
    const int wanted = (sub == "add-session"_L1 || sub == "remove"_L1) ? 1 : 0;
    if (positional.size() != wanted) {
        usageError(wanted ? tr("blacklist %1: exactly one %2, please.").arg(sub, sub == "remove"_L1 ? u"ID"_s : u"TOKEN"_s)
                          : tr("blacklist %1 takes no positional arguments.").arg(sub));
        return;
    }
    if (sub != "list"_L1 && sub != "remove"_L1 && !parser.isSet(u"reason"_s)) {
        usageError(tr("blacklist %1: --reason is required.").arg(sub));
        return;
    }
    qint64 page = 1, perPage = 20, id = 0;
    if (sub == "list"_L1
        && (!integerOption(parser, u"page"_s, 1, 1000000, &page, tr("a page number"))
            || !integerOption(parser, u"per-page"_s, 1, 100, &perPage, tr("a count"))))
        return;
    if (sub == "remove"_L1) {
        bool ok = false;
        id = positional.first().toLongLong(&ok);
        if (!ok || id <= 0) {
            usageError(tr("blacklist remove: the ID is a positive whole number, got \"%1\".").arg(positional.first()));
            return;
        }
    }
    QByteArray image;
    if (sub == "add-image"_L1) {
        if (!parser.isSet(u"image"_s)) {
            usageError(tr("blacklist add-image: --image FILE|- is required."));
            return;
        }
        if (!oneStdinReader(parser, {u"image"_s, u"api-key-file"_s}) || !readImage(parser.value(u"image"_s), &image))
            return;
    }
    if (!setUpClient(parser))
        return;

    Job *job = nullptr;
    if (sub == "list"_L1)
        job = m_client->blacklist(int(page), int(perPage));
    else if (sub == "add-session"_L1)
        job = m_client->blacklistSession(positional.first(), parser.value(u"reason"_s));
    else if (sub == "add-image"_L1)
        job = m_client->blacklistImage(image, parser.value(u"reason"_s));
    else
        job = m_client->removeBlacklistEntry(id);
    watchJob(job, m_err);
    connect(job, &Job::finished, this, [this, sub](Job *j) {
        if (j->error()) {
            printError(j->error());
            finish(exitCodeFor(j->error().kind()));
        }
    });
    connect(job, &Job::succeeded, this, [this, sub](Job *j) {
        if (sub == "list"_L1) {
            const auto *list = static_cast<BlacklistListJob *>(j);
            const Pagination p = list->pagination();
            if (m_json) {
                QJsonArray entries;
                for (const BlacklistEntry &e : list->entries())
                    entries.append(e.raw);
                m_out << safe(jsonLine(QJsonObject{{"entries"_L1, entries},
                                                   {"pagination"_L1, QJsonObject{{"page"_L1, p.page}, {"per_page"_L1, p.perPage},
                                                                                 {"total"_L1, p.total}, {"total_pages"_L1, p.totalPages}}},
                                                   {"request_id"_L1, j->requestId()}}));
            } else {
                for (const BlacklistEntry &e : list->entries())
                    // Columns by padding, not by .arg() chains: a server's text may hold "%1".
                    m_out << safe(QString::number(e.id).rightJustified(6) + u"  "_s + e.source.leftJustified(7) + u"  "_s
                                  + (e.sessionId ? QString::number(*e.sessionId) : u"-"_s).rightJustified(8) + u"  "_s
                                  + e.createdAt + u"  "_s + e.reason)
                          << Qt::endl;
                m_out << tr("page %1 of %2 (%n entry/entries)", nullptr, int(std::min<qint64>(p.total, INT_MAX)))
                             .arg(p.page)
                             .arg(p.totalPages)
                      << Qt::endl;
            }
        } else if (m_json) {
            QJsonObject o{{"request_id"_L1, j->requestId()}};
            if (sub == "remove"_L1)
                o.insert("removed"_L1, true);
            else
                o.insert("status"_L1, static_cast<BlacklistAddJob *>(j)->status());
            m_out << safe(jsonLine(o));
        } else {
            m_out << (sub == "remove"_L1 ? tr("removed", "a blacklist entry (French: feminine)")
                                         : tr("accepted: %1 (it appears in the list once processed)")
                                               .arg(static_cast<BlacklistAddJob *>(j)->status()))
                  << Qt::endl;
            printFields({{tr("request_id"), j->requestId()}});
        }
        finish(Success);
    });
    job->start();
}

void Cli::runFace2fa(const QStringList &args)
{
    const QString sub = args.value(1);
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
        return;
    }
    QCommandLineParser parser;
    addApiOptions(parser);
    const bool starts = sub == "register"_L1 || sub == "verify"_L1;
    if (starts) {
        parser.addOption({u"user-id"_s, Cli::tr("Your user's id (at most 255 characters); required."), Cli::tr("id")});
        parser.addOption({u"image"_s, Cli::tr("The face image file, or - for standard input (at most 10 MB)."), Cli::tr("file")});
    }
    if (starts || sub == "status"_L1) {
        parser.addOption({u"wait"_s, Cli::tr("Poll the challenge until it is decided.")});
        parser.addOption({u"interval"_s, Cli::tr("Seconds between polls with --wait (default 1)."), Cli::tr("s")});
        parser.addOption({u"wait-timeout"_s, Cli::tr("Give up waiting after this many seconds (default 120)."), Cli::tr("s")});
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
        if (sub == "register"_L1 || sub == "verify"_L1) {
            const QString id = static_cast<Face2faStartJob *>(j)->challengeId();
            if (wait) {
                if (!m_json)
                    m_err << tr("xident: challenge %1 is processing").arg(id) << Qt::endl;
                waitForChallenge(id, interval, waitTimeout);
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
    });
    job->start();
}

void Cli::waitForChallenge(const QString &challengeId, double interval, double waitTimeout)
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

void Cli::printChallenge(const Face2faChallenge &c, const QString &requestId)
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

} // namespace Xident::Cli
