#pragma once

#include "cli/command.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace Xident::Cli {

// The commands, each in its file under commands/.
std::unique_ptr<Command> makeInitCommand(Command::Done done);
std::unique_ptr<Command> makeResultCommand(Command::Done done);
std::unique_ptr<Command> makeEvidenceCommand(Command::Done done);
std::unique_ptr<Command> makeWebhookCommand(Command::Done done);
std::unique_ptr<Command> makeListenCommand(Command::Done done);
std::unique_ptr<Command> makeBlacklistCommand(Command::Done done);
std::unique_ptr<Command> makeFace2faCommand(Command::Done done);
std::unique_ptr<Command> makeScenariosCommand(Command::Done done);

//! One line of the command list: what `xident --help` shows, which command class runs it, and which commands
//! the man page describes in detail.
struct CommandEntry
{
    const char *synopsis;   //!< "init", "result TOKEN", "blacklist list|add-session|add-image|remove"
    const char *summary;    //!< English, marked for translation in the "Cli" context
    std::unique_ptr<Command> (*make)(Command::Done done);

    //! The first word: what the command line names.
    QString name() const;
    //! Every full command the synopsis stands for ("blacklist list", "blacklist add-session", ...).
    QStringList expanded() const;
};

//! The commands, in the order the help lists them.
const QList<CommandEntry> &commandTable();
//! The entry for a command line's words (\a words, the command first): the one whose synopsis names the same
//! command and subcommand ("webhook listen"), else the first of that command (which says how to use it); null
//! for an unknown command.
const CommandEntry *findCommand(const QStringList &words);
//! The "Commands:" section of the help, translated, its summaries aligned.
QString commandListText();

} // namespace Xident::Cli
