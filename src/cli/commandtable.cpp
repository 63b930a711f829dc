#include "cli/commandtable.h"

#include "cli/cli.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

QString CommandEntry::name() const
{
    return QString::fromLatin1(synopsis).section(u' ', 0, 0);
}

QStringList CommandEntry::expanded() const
{
    const QStringList words = QString::fromLatin1(synopsis).split(u' ');
    // A second word in capitals is a value (TOKEN), not a subcommand.
    if (words.size() < 2 || words[1].toUpper() == words[1])
        return {words[0]};
    QStringList out;
    for (const QString &sub : words[1].split(u'|'))
        out.append(words[0] + u' ' + sub);
    return out;
}

const QList<CommandEntry> &commandTable()
{
    static const QList<CommandEntry> table{
        {"init", QT_TRANSLATE_NOOP("Cli", "create a verification session (POST /init)"), &makeInitCommand},
        {"result TOKEN",
         QT_TRANSLATE_NOOP("Cli", "read a session's result (GET /result/TOKEN); --wait polls until final"), &makeResultCommand},
        {"evidence TOKEN",
         QT_TRANSLATE_NOOP("Cli", "write an evidence file for a ticket (--out FILE.html; --history adds the console's timeline)"),
         &makeEvidenceCommand},
        {"webhook verify", QT_TRANSLATE_NOOP("Cli", "check a webhook's X-Xident-Signature over its exact body"),
         &makeWebhookCommand},
        {"webhook sign", QT_TRANSLATE_NOOP("Cli", "sign a payload the way Xident does (for tests)"), &makeWebhookCommand},
        {"webhook listen",
         QT_TRANSLATE_NOOP("Cli", "receive webhooks on this machine and print each with its verdict (--forward-to passes them on)"),
         &makeListenCommand},
        {"blacklist list|add-session|add-image|remove", QT_TRANSLATE_NOOP("Cli", "the face blacklist"), &makeBlacklistCommand},
        {"2fa register|verify|status|user|delete",
         QT_TRANSLATE_NOOP("Cli", "face two-factor checks (--wait for the verdict)"), &makeFace2faCommand},
        {"scenarios run",
         QT_TRANSLATE_NOOP("Cli", "run scenario files against sandboxes in this process or a server (--junit, --html)"),
         &makeScenariosCommand},
    };
    return table;
}

const CommandEntry *findCommand(const QStringList &words)
{
    const QString name = words.value(0);
    const CommandEntry *first = nullptr;
    for (const CommandEntry &entry : commandTable()) {
        if (entry.name() != name)
            continue;
        if (!first)
            first = &entry;
        if (words.size() > 1 && entry.expanded().contains(name + u' ' + words.at(1)))
            return &entry;
    }
    return first;
}

QString commandListText()
{
    // Short synopses share one column, two spaces after the widest of them; the long ones another, four spaces
    // after the longest.
    constexpr qsizetype ShortColumn = 16;
    qsizetype longColumn = 0;
    for (const CommandEntry &entry : commandTable())
        longColumn = std::max<qsizetype>(longColumn, qsizetype(qstrlen(entry.synopsis)) + 4);
    QString text = Cli::tr("Commands:") + u'\n';
    for (const CommandEntry &entry : commandTable()) {
        const QString synopsis = QString::fromLatin1(entry.synopsis);
        const qsizetype column = synopsis.size() + 2 <= ShortColumn ? ShortColumn : longColumn;
        text += u"  "_s + synopsis.leftJustified(column) + QCoreApplication::translate("Cli", entry.summary) + u'\n';
    }
    return text;
}

} // namespace Xident::Cli
