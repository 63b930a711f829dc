#include "cli/cli.h"

#include <XidentQt/client.h>
#include <XidentQt/hmac.h>
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

// The top-level help, a section per message.
QString topHelp()
{
    return QStringList{
        Cli::tr("Usage: xident <command> [options]\n"),
        commandListText(),
        Cli::tr("Common options of the API commands:\n"
                "  --base-url URL     API base URL (env XIDENT_BASE_URL; default http://localhost:9000)\n"
                "  --api-key-file F   read the secret key from a file (- for standard input)\n"
                "  --api-key KEY      secret key sk_test_/sk_live_; visible in ps: prefer XIDENT_SECRET_KEY or --api-key-file\n"
                "  --timeout S        seconds per attempt (default 30)\n"
                "  --max-retries N    retries on 5xx, network errors and 429 with Retry-After (default 3)\n"
                "  --api-version D    X-API-Version header (default 2026-08-13; older dates get the legacy result shape)\n"
                "  --json             machine-readable output on stdout (never translated)\n"),
        Cli::tr("Language:\n"
                "  --lang CODE        en, de or fr instead of the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"),
        Cli::tr("Exit codes:\n"
                "  0    success\n"
                "  1    internal failure\n"
                "  2    usage error: bad command, flag or value; unreadable file\n"
                "  3    refused locally before any request (key, URL, parameter)\n"
                "  4    authentication (401, 403)\n"
                "  5    validation (400 and other 4xx)\n"
                "  6    not found: unknown or expired token (404)\n"
                "  7    rate limited (429 after the retry budget)\n"
                "  8    server error (5xx after retries)\n"
                "  9    network or timeout: refused, reset, DNS, TLS\n"
                "  10   unreadable answer: not JSON, too large, or a redirect\n"
                "  11   webhook invalid: the signature or body is not valid\n"
                "  12   result --wait: no final status in time\n"
                "  13   2fa --wait: the verdict is negative (failed or expired)\n"
                "  14   result --expect: the session ended otherwise than expected\n"
                "  130  canceled\n"
                "  (webhook verify exits 1, not 11, when no HMAC can be computed: a broken installation, not a forgery)\n"),
        Cli::tr("Secrets: the environment (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) or a file is preferred over\n"
                "--api-key/--secret, whose values any user can read in the process list.\n"),
        Cli::tr("Run \"xident <command> --help\" for the options of a command.\n")}
        .join(u'\n');
}

} // namespace

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_args(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
}

Cli::~Cli() = default;

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT done(code);
}

void Cli::run()
{
    const QStringList rest = m_args.mid(1);
    const QString command = rest.value(0);
    if (command == "help"_L1 && rest.value(1) == "--commands"_L1) {
        // Every command the table stands for, one per line: the man page describes each of them in detail.
        for (const CommandEntry &entry : commandTable())
            m_out << entry.expanded().join(u'\n') << Qt::endl;
        finish(Success);
        return;
    }
    if (command.isEmpty() || command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        (command.isEmpty() ? m_err : m_out) << topHelp();
        finish(command.isEmpty() ? Usage : Success);
        return;
    }
    if (command == "--version"_L1 || command == "-v"_L1) {
        const QString backend = QString::fromLatin1(hmacBackend());
        m_out << (hmacAvailable() ? tr("xident %1 (Qt %2, HMAC-SHA256: %3)")
                                  : tr("xident %1 (Qt %2, HMAC-SHA256: %3, UNAVAILABLE)"))
                     .arg(Client::version(), QString::fromLatin1(qVersion()), backend)
              << Qt::endl;
        finish(Success);
        return;
    }
    const CommandEntry *entry = findCommand(rest);
    if (!entry) {
        m_err << tr("xident: %1").arg(tr("unknown command \"%1\".").arg(command)) << Qt::endl
              << tr("Run \"xident --help\" for the list of commands.") << Qt::endl;
        finish(Usage);
        return;
    }
    m_command = entry->make([this](int code) { finish(code); });
    m_command->run(rest);
}

} // namespace Xident::Cli
