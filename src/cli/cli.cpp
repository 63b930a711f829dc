#include "cli/cli.h"
#include "cli/commandtable.h"

#include <XidentQt/hmac.h>
#include <XidentQt/job.h>
#include <XidentQt/redaction.h>
#include <XidentQt/redaction.h>
#include <XidentQt/sessionpoller.h>
#include <XidentQt/webhook.h>
#include <XidentQt/webhookforensics.h>
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
                "  130  canceled\n"
                "  (webhook verify exits 1, not 11, when no HMAC can be computed: a broken installation, not a forgery)\n"),
        Cli::tr("Secrets: the environment (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) or a file is preferred over\n"
                "--api-key/--secret, whose values any user can read in the process list.\n"),
        Cli::tr("Run \"xident <command> --help\" for the options of a command.\n")}
        .join(u'\n');
}

} // namespace

QJsonObject errorJson(const Error &e)
{
    QJsonObject o{{"kind"_L1, Error::kindName(e.kind())}, {"message"_L1, e.message()}};
    if (e.httpStatus())
        o.insert("http_status"_L1, e.httpStatus());
    if (!e.code().isEmpty())
        o.insert("code"_L1, e.code());
    if (!e.requestId().isEmpty())
        o.insert("request_id"_L1, e.requestId());
    if (e.retryAfter())
        o.insert("retry_after"_L1, *e.retryAfter());
    if (!e.bodySample().isEmpty())
        o.insert("body_sample"_L1, QString::fromUtf8(e.bodySample()));
    if (!e.redirectTarget().isEmpty())
        o.insert("redirect_target"_L1, e.redirectTarget());
    return o;
}

QString jsonLine(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

bool isStandardInput(const QString &source)
{
    return source == "-"_L1 || source == "/dev/stdin"_L1 || source == "/proc/self/fd/0"_L1 || source == "/dev/fd/0"_L1;
}

namespace {

// A secret from a file or standard input: one line, its line break dropped.
bool readSecretFile(const QString &source, QString *secret, QString *error)
{
    QFile file;
    const bool fromStdin = isStandardInput(source);
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        *error = fromStdin ? Cli::tr("cannot read standard input") : Cli::tr("cannot read %1: %2").arg(source, file.errorString());
        return false;
    }
    QByteArray data = file.read(64 * 1024);
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty()) {
        *error = fromStdin ? Cli::tr("standard input is empty") : Cli::tr("%1 is empty").arg(source);
        return false;
    }
    if (data.contains('\n')) {
        *error = Cli::tr("expected the secret alone on one line");
        return false;
    }
    *secret = QString::fromUtf8(data);
    return true;
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

int Cli::usageError(const QString &message, const QString &hint)
{
    m_err << tr("xident: %1").arg(message) << Qt::endl;
    if (!hint.isEmpty())
        m_err << hint << Qt::endl;
    finish(Usage);
    return Usage;
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
    if (const CommandEntry *entry = findCommand(command))
        (this->*entry->run)(rest);
    else
        usageError(tr("unknown command \"%1\".").arg(command), tr("Run \"xident --help\" for the list of commands."));
}

void addApiOptions(QCommandLineParser &parser)
{
    parser.addOption({u"base-url"_s, Cli::tr("API base URL (env XIDENT_BASE_URL; default http://localhost:9000)."), Cli::tr("url")});
    parser.addOption({u"api-key"_s, Cli::tr("Secret API key. Visible in the process list: prefer the environment "
                                            "(XIDENT_SECRET_KEY) or --api-key-file. Never printed."), Cli::tr("key")});
    parser.addOption({u"api-key-file"_s, Cli::tr("Read the secret API key from a file, or - for standard input."), Cli::tr("file")});
    parser.addOption({u"timeout"_s, Cli::tr("Seconds per attempt (default 30, at least 1)."), Cli::tr("s")});
    parser.addOption({u"max-retries"_s, Cli::tr("Retries on 5xx, network errors and 429 (default 3)."), Cli::tr("n")});
    parser.addOption({u"api-version"_s, Cli::tr("X-API-Version to send (default 2026-08-13)."), Cli::tr("date")});
    parser.addOption({u"json"_s, Cli::tr("Machine-readable output.")});
    parser.addHelpOption();
}

// QCommandLineParser names the binary in its usage line; name the subcommand instead.
static QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    const QString first = help.left(end);
    // The usage line is translated by Qt ("Usage: %1 [options]" in the user's language): replace only the program.
    const QString program = QCoreApplication::arguments().value(0) + u' ';
    if (const qsizetype at = first.indexOf(program); at > 0)
        help.replace(at, program.size(), u"xident "_s + command + u' ');
    return help;
}


bool Cli::secretOption(const QCommandLineParser &parser, const QString &flag, const QString &envName, QString *value)
{
    const QString fileFlag = flag + u"-file"_s;
    if (parser.isSet(flag) && parser.isSet(fileFlag)) {
        usageError(tr("--%1 and --%2 are exclusive.").arg(flag, fileFlag));
        return false;
    }
    if (parser.isSet(fileFlag)) {
        QString error;
        if (!readSecretFile(parser.value(fileFlag), value, &error)) {
            usageError(tr("--%1: %2.").arg(fileFlag, error));
            return false;
        }
        return true;
    }
    *value = parser.isSet(flag) ? parser.value(flag) : QProcessEnvironment::systemEnvironment().value(envName);
    return true;
}

bool Cli::numberOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *value,
                       const QString &what)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    const double v = text.trimmed().toDouble(&ok);
    // NaN compares false with everything, so it would slip past a plain range check.
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        usageError(tr("--%1: expected %2 from %3 to %4, got \"%5\".").arg(name, what, QString::number(min),
                                                                        QString::number(max), text));
        return false;
    }
    *value = v;
    return true;
}

bool Cli::integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
                        const QString &what)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usageError(tr("--%1: expected %2 from %3 to %4, got \"%5\".").arg(name, what, QString::number(min),
                                                                        QString::number(max), text));
        return false;
    }
    *value = v;
    return true;
}

bool Cli::oneStdinReader(const QCommandLineParser &parser, const QStringList &flags)
{
    QStringList readers;
    for (const QString &flag : flags) {
        if (parser.isSet(flag) && isStandardInput(parser.value(flag)))
            readers.append(u"--"_s + flag);
    }
    if (readers.size() > 1) {
        usageError(tr("%1 cannot all read standard input: give files for all but one.").arg(readers.join(u", "_s)));
        return false;
    }
    return true;
}

bool Cli::parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    if (!parser.parse(args)) {
        usageError(parser.errorText(), tr("Run \"xident %1 --help\" for the options.").arg(command));
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        m_out << commandHelp(parser, command);
        finish(Success);
        return false;
    }
    m_json = parser.isSet(u"json"_s);
    return true;
}

bool Cli::setUpClient(QCommandLineParser &parser)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Config config;
    QString key;
    if (!secretOption(parser, u"api-key"_s, u"XIDENT_SECRET_KEY"_s, &key))
        return false;
    config.setApiKey(key);
    config.setBaseUrl(parser.isSet(u"base-url"_s) ? parser.value(u"base-url"_s)
                                                   : env.value(u"XIDENT_BASE_URL"_s, QString::fromLatin1(Config::DefaultBaseUrl)));
    double seconds = Config::DefaultTimeoutSeconds;
    if (!numberOption(parser, u"timeout"_s, 1, 3600, &seconds, tr("seconds")))
        return false;
    config.setTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    qint64 retries = Config::DefaultMaxRetries;
    if (!integerOption(parser, u"max-retries"_s, 0, 20, &retries, tr("a whole number")))
        return false;
    config.setMaxRetries(int(retries));
    if (parser.isSet(u"api-version"_s))
        config.setApiVersion(parser.value(u"api-version"_s));
    if (Error e = config.validate()) {
        printError(e);
        finish(exitCodeFor(e.kind()));
        return false;
    }
    m_client = std::make_unique<Client>(config);
    m_redactor = Redactor(config.apiKey());   // whatever a server answers, the key is never printed
    if (Config::isLiveKey(config.apiKey())) // on stderr, so --json output stays clean
        m_err << tr("xident: using a LIVE key (%1)").arg(redactSecret(config.apiKey())) << Qt::endl;
    return true;
}

void Cli::printError(const Error &e)
{
    if (m_json) {
        m_out << jsonLine(QJsonObject{{"error"_L1, errorJson(e)}});
        return;
    }
    // The library's words (and the server's) are English: a translated caption first, then them.
    m_err << tr("xident: %1").arg(Text::errorCaption(e)) << Qt::endl << "  " << e.toString() << Qt::endl;
    if (!e.bodySample().isEmpty() && e.code().isEmpty())
        m_err << tr("  body: %1").arg(QString::fromUtf8(e.bodySample()).simplified().left(200)) << Qt::endl;
}

void Cli::printFields(const QList<Field> &fields)
{
    // Aligned whatever the language's words: the widest label shown sets the column.
    qsizetype width = 0;
    for (const Field &f : fields) {
        if (!f.second.isEmpty())
            width = std::max(width, f.first.size() + 1);
    }
    for (const Field &f : fields) {
        if (!f.second.isEmpty())
            m_out << QString(f.first + u':').leftJustified(width + 1) << safe(f.second) << Qt::endl;
    }
}

void watchJob(Job *job, QTextStream &err)
{
    QObject::connect(job, &Job::retryScheduled, job, [&err](int attempt, qint64 delayMs, const QString &reason) {
        err << Cli::tr("xident: attempt %1 in %2 ms, after: %3").arg(QString::number(attempt), QString::number(delayMs), reason) << Qt::endl;
    });
}




namespace {
constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;
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

} // namespace Xident::Cli
