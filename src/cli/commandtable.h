#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Cli {

class Cli;

//! One line of the command list: what `xident --help` shows, how a command is dispatched, and which commands
//! the man page describes in detail.
struct CommandEntry
{
    const char *synopsis;   //!< "init", "result TOKEN", "blacklist list|add-session|add-image|remove"
    const char *summary;    //!< English, marked for translation in the "Cli" context
    void (Cli::*run)(const QStringList &args);

    //! The first word: what the command line names.
    QString name() const;
    //! Every full command the synopsis stands for ("blacklist list", "blacklist add-session", ...).
    QStringList expanded() const;
};

//! The commands, in the order the help lists them.
const QList<CommandEntry> &commandTable();
//! The entry for \a name (the first word); null when there is none.
const CommandEntry *findCommand(const QString &name);
//! The "Commands:" section of the help, translated, its summaries aligned.
QString commandListText();

} // namespace Xident::Cli
