// xident blacklist: the face blacklist (list, add-session, add-image, remove).
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

// xident blacklist: the face blacklist's list, additions and removals.
class BlacklistCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;

private:
    //! True for a known subcommand; otherwise says how to use the command and finishes.
    bool knownSubcommand(const QString &sub);
    void printAnswer(const QString &subcommand, Job *job);
};

} // namespace

void BlacklistCommand::run(const QStringList &args)
{
    const QString sub = args.value(1);
    if (!knownSubcommand(sub))
        return;
    QCommandLineParser parser;
    addApiOptions(parser);
    if (sub == "list"_L1) {
        parser.addOption({u"page"_s, tr("Page, from 1 (default 1)."), tr("n")});
        parser.addOption({u"per-page"_s, tr("Entries a page, 1 to 100 (default 20)."), tr("n")});
    } else if (sub != "remove"_L1) {
        parser.addOption({u"reason"_s, tr("Why (at most 500 characters); required."), tr("text")});
        if (sub == "add-image"_L1)
            parser.addOption({u"image"_s, tr("The face image file, or - for standard input (at most 10 MB)."), tr("file")});
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
        printAnswer(sub, j);
        finish(Success);
    });
    job->start();
}

// Says how to use the command, and finishes, unless \a sub is one of its subcommands.
bool BlacklistCommand::knownSubcommand(const QString &sub)
{
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
        return false;
    }
    return true;
}

void BlacklistCommand::printAnswer(const QString &sub, Job *j)
{
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
}

std::unique_ptr<Command> makeBlacklistCommand(Command::Done done)
{
    return std::make_unique<BlacklistCommand>(std::move(done));
}

} // namespace Xident::Cli
