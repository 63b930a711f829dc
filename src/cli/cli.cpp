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

namespace {

// "-" and the names of standard input itself all read it.
bool isStandardInput(const QString &source)
{
    return source == "-"_L1 || source == "/dev/stdin"_L1 || source == "/proc/self/fd/0"_L1 || source == "/dev/fd/0"_L1;
}

// A body read once into one buffer: a regular file is mapped (no copy at all), anything else is read
// whole. Byte for byte either way: no newline added or stripped, no re-encoding.
class Payload
{
public:
    bool open(const QString &source, QString *error)
    {
        if (isStandardInput(source)) {
            if (!m_file.open(stdin, QIODevice::ReadOnly)) {
                *error = Cli::tr("cannot read standard input");
                return false;
            }
            return readBounded(Cli::tr("standard input"), error);
        }
        m_file.setFileName(source);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("cannot read %1: %2").arg(source, m_file.errorString());
            return false;
        }
        const qint64 size = m_file.size();
        if (size > MaxBytes) {
            *error = Cli::tr("%1 is larger than the %2 MiB a webhook body may have").arg(source, QString::number(MaxBytes >> 20));
            return false;
        }
        if (size > 0 && !m_file.isSequential()) {
            if (uchar *mapped = m_file.map(0, size)) {
                m_view = QByteArrayView(mapped, size);
                return true;
            }
        }
        return readBounded(source, error);   // a device or pipe (/dev/zero would never end): read up to the cap
    }
    QByteArrayView bytes() const { return m_view; }

    static constexpr qint64 MaxBytes = 64LL * 1024 * 1024;

private:
    bool readBounded(const QString &what, QString *error)
    {
        m_data = m_file.read(MaxBytes + 1);
        if (m_file.error() != QFileDevice::NoError) {
            *error = Cli::tr("cannot read %1: %2").arg(what, m_file.errorString());
            return false;
        }
        if (m_data.size() > MaxBytes) {
            *error = Cli::tr("%1 is larger than the %2 MiB a webhook body may have").arg(what, QString::number(MaxBytes >> 20));
            m_data.clear();
            return false;
        }
        m_view = m_data;
        return true;
    }

public:

private:
    QFile m_file;
    QByteArray m_data;
    QByteArrayView m_view;
};

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

// The options both webhook commands share.
static void addWebhookOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({u"payload"_s, Cli::tr("File with the raw body, or - for standard input."), Cli::tr("file")});
    parser.addOption({u"secret"_s, Cli::tr("Webhook secret whsec_... Visible in the process list: prefer the environment "
                                           "(XIDENT_WEBHOOK_SECRET) or --secret-file. Never printed."), Cli::tr("secret")});
    parser.addOption({u"secret-file"_s, Cli::tr("Read the webhook secret from a file, or - for standard input."), Cli::tr("file")});
    parser.addOption({u"json"_s, Cli::tr("Machine-readable output.")});
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

void Cli::runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a verification session (POST /init)."));
    addApiOptions(parser);
    parser.addOption({u"callback-url"_s, Cli::tr("Required: where the user returns (absolute http(s) URL)."), Cli::tr("url")});
    parser.addOption({u"min-age"_s, Cli::tr("Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification)."), Cli::tr("n")});
    parser.addOption({u"success-url"_s, Cli::tr("Redirect on success."), Cli::tr("url")});
    parser.addOption({u"failed-url"_s, Cli::tr("Redirect on failure."), Cli::tr("url")});
    parser.addOption({u"user-id"_s, Cli::tr("Your user id (echoed as external_user_id)."), Cli::tr("id")});
    parser.addOption({u"theme"_s, Cli::tr("light, dark, auto or system."), Cli::tr("theme")});
    parser.addOption({u"locale"_s, Cli::tr("Widget locale: en, de, fr, ..."), Cli::tr("locale")});
    parser.addOption({u"metadata"_s, Cli::tr("Opaque string stored with the session."), Cli::tr("text")});
    parser.addOption({u"liveness-difficulty"_s, Cli::tr("easy, medium or hard."), Cli::tr("level")});
    parser.addOption({u"purpose"_s, Cli::tr("age_verification, id_verification or free text."), Cli::tr("purpose")});
    parser.addOption({u"verification-mode"_s, Cli::tr("auto, document or facial."), Cli::tr("mode")});
    if (!parseCommand(parser, args, u"init"_s))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("init takes no positional arguments (got \"%1\").").arg(parser.positionalArguments().join(u' ')));
        return;
    }
    if (!parser.isSet(u"callback-url"_s)) {
        usageError(tr("init: --callback-url is required."));
        return;
    }
    InitParams params;
    params.callbackUrl = parser.value(u"callback-url"_s);
    if (parser.isSet(u"min-age"_s)) {
        qint64 age = 0;
        if (!integerOption(parser, u"min-age"_s, 0, 150, &age, tr("a whole number")))
            return;
        params.minAge = int(age);
    }
    params.successUrl = parser.value(u"success-url"_s);
    params.failedUrl = parser.value(u"failed-url"_s);
    params.userId = parser.value(u"user-id"_s);
    params.theme = parser.value(u"theme"_s);
    params.locale = parser.value(u"locale"_s);
    params.metadata = parser.value(u"metadata"_s);
    params.livenessDifficulty = parser.value(u"liveness-difficulty"_s);
    params.purpose = parser.value(u"purpose"_s);
    params.verificationMode = parser.value(u"verification-mode"_s);

    if (!setUpClient(parser))
        return;
    InitJob *job = m_client->init(params);
    watchJob(job, m_err);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            printError(job->error());
            finish(exitCodeFor(job->error().kind()));
            return;
        }
        const InitResult r = job->result();
        if (m_json) {
            m_out << safe(jsonLine(QJsonObject{{"token"_L1, r.token}, {"verify_url"_L1, r.verifyUrl}, {"request_id"_L1, job->requestId()}}));
        } else {
            printFields({{tr("token"), r.token}, {tr("verify_url"), r.verifyUrl}, {tr("request_id"), job->requestId()}});
        }
        finish(Success);
    });
    job->start();
}

void Cli::printResult(const SessionResult &r, const QString &requestId)
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

void Cli::runResult(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read a session's result (GET /result/TOKEN)."));
    addApiOptions(parser);
    parser.addPositionalArgument(u"token"_s, Cli::tr("The init token (xit_...) or result token (xtk_...)."));
    parser.addOption({u"wait"_s, Cli::tr("Poll until the session is final.")});
    parser.addOption({u"interval"_s, Cli::tr("Seconds between polls with --wait (default 2)."), Cli::tr("s")});
    parser.addOption({u"wait-timeout"_s, Cli::tr("Give up waiting after this many seconds (default 600)."), Cli::tr("s")});
    if (!parseCommand(parser, args, u"result"_s))
        return;
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
    if ((parser.isSet(u"interval"_s) || parser.isSet(u"wait-timeout"_s)) && !parser.isSet(u"wait"_s)) {
        usageError(tr("--interval and --wait-timeout go with --wait."));
        return;
    }
    if (!setUpClient(parser))
        return;

    if (!parser.isSet(u"wait"_s)) {
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
            printError(e);
            finish(e.kind() == ErrorKind::Timeout ? WaitTimeout : exitCodeFor(e.kind()));
            return;
        }
        printResult(p->lastResult(), p->lastRequestId());
        finish(Success);
    });
    poller->start();
}

void Cli::runWebhook(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == "verify"_L1) {
        runWebhookVerify(args.mid(1));
    } else if (sub == "sign"_L1) {
        runWebhookSign(args.mid(1));
    } else if (sub == "listen"_L1) {
        runWebhookListen(args.mid(1));
    } else if (sub.isEmpty() || sub == "--help"_L1) {
        (sub.isEmpty() ? m_err : m_out) << tr("Usage: xident webhook verify|sign|listen [options]\n"
                                              "Run \"xident webhook <command> --help\" for the options of each.\n");
        finish(sub.isEmpty() ? Usage : Success);
    } else {
        usageError(tr("unknown webhook command \"%1\": use verify, sign or listen.").arg(sub));
    }
}

void Cli::runWebhookVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Verify a webhook's signature over its exact body."));
    addWebhookOptions(parser);
    parser.addOption({u"signature"_s, Cli::tr("The X-Xident-Signature header value."), Cli::tr("header")});
    parser.addOption({u"tolerance"_s, Cli::tr("Seconds a timestamp may be off, either way (default 300; 0 disables)."), Cli::tr("n")});
    parser.addOption({u"now"_s, Cli::tr("Evaluate at this Unix time instead of the clock."), Cli::tr("unix")});
    parser.addOption({u"explain"_s, Cli::tr("When the signature does not match, try the common accidental changes (line endings, "
                                            "a trailing newline, a BOM, pretty-printing, escapes, quotes from a log line, the "
                                            "secret's white space or prefix) and say which one would make it valid.")});
    if (!parseCommand(parser, args, u"webhook verify"_s))
        return;
    QString error;
    if (!parser.isSet(u"payload"_s)) {
        usageError(tr("webhook verify: --payload FILE|- is required."));
        return;
    }
    if (!parser.isSet(u"signature"_s)) {
        usageError(tr("webhook verify: --signature HEADER is required (quote it: it contains commas)."));
        return;
    }
    qint64 tolerance = WebhookVerifier::DefaultTolerance;
    if (!integerOption(parser, u"tolerance"_s, 0, 10LL * 365 * 86400, &tolerance, tr("whole seconds")))
        return;
    qint64 now = -1;
    if (!integerOption(parser, u"now"_s, 0, 253402300799LL, &now, tr("Unix seconds")))
        return;
    if (!oneStdinReader(parser, {u"payload"_s, u"secret-file"_s}))
        return;
    QString secret;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
        return;
    Payload payload;
    if (!payload.open(parser.value(u"payload"_s), &error)) {
        usageError(tr("--payload: %1").arg(error));
        return;
    }
    m_redactor = Redactor(secret);   // a body that carries the secret does not get it printed
    WebhookVerifier verifier(secret.toUtf8(), int(tolerance));
    if (now >= 0)
        verifier.setClock([now] { return now; });
    // Only --json prints the event's data; otherwise the verdict alone is checked, without building a document.
    QByteArray header = parser.value(u"signature"_s).toUtf8().trimmed();
    // A whole header line copied from a log is accepted too.
    if (header.toLower().startsWith("x-xident-signature:"))
        header = header.mid(int(qstrlen("x-xident-signature:"))).trimmed();
    const WebhookVerdict v = m_json ? verifier.constructEvent(payload.bytes(), header) : verifier.verify(payload.bytes(), header);
    if (v.reason == WebhookVerdict::Reason::SignatureUnavailable) {
        // Not a verdict on the webhook: a broken installation must not pass for a forgery (exit 11).
        if (m_json)
            m_out << jsonLine(QJsonObject{{"valid"_L1, false}, {"verdict"_L1, v.code()}, {"message"_L1, v.message()}});
        m_err << tr("xident: %1").arg(Text::WebhookText::detail(v, QDateTime::currentSecsSinceEpoch())) << Qt::endl
              << "  " << v.message() << Qt::endl;
        finish(Failure);
        return;
    }
    QList<ForensicFinding> findings;
    const bool explain = parser.isSet(u"explain"_s) && v.reason == WebhookVerdict::Reason::SignatureMismatch;
    if (explain)
        findings = WebhookForensics::explain(payload.bytes(), header, secret.toUtf8());
    if (m_json) {
        QJsonObject o{{"valid"_L1, v.isValid()}, {"verdict"_L1, v.code()}, {"message"_L1, v.message()}};
        if (explain) {
            QJsonArray why;
            for (const ForensicFinding &f : std::as_const(findings))
                why.append(QJsonObject{{"code"_L1, f.code}, {"explanation"_L1, f.explanation}, {"secret_changed"_L1, f.secretChanged}});
            o.insert("explanations"_L1, why);
        }
        if (v.timestamp)
            o.insert("timestamp"_L1, v.timestamp);
        if (v.reason == WebhookVerdict::Reason::TimestampOutsideTolerance || v.isValid())
            o.insert("age_seconds"_L1, v.ageSeconds);
        if (v.matchedSignature >= 0)
            o.insert("matched_signature"_L1, v.matchedSignature);
        o.insert("signatures"_L1, v.signatureCount);
        if (v.isValid())
            o.insert("event"_L1, QJsonObject{{"type"_L1, v.event.type}, {"id"_L1, v.event.id},
                                             {"created"_L1, v.event.created ? QJsonValue(*v.event.created) : QJsonValue()},
                                             {"data"_L1, v.event.data}});
        m_out << safe(jsonLine(o));
    } else {
        const qint64 at = now >= 0 ? now : QDateTime::currentSecsSinceEpoch();
        const QString detail = Text::WebhookText::detail(v, at);
        if (v.isValid())
            m_out << tr("valid: %1").arg(detail) << Qt::endl;
        else
            m_err << tr("invalid: %1. %2", "verdict title, then the sentence that explains it")
                         .arg(Text::WebhookText::title(v), detail)
                  << Qt::endl;
        if (explain && findings.isEmpty())
            m_err << tr("why: no common accidental change explains it; the bytes or the secret differ in another way.")
                  << Qt::endl;
        for (const ForensicFinding &f : std::as_const(findings))
            m_err << tr("why: %1").arg(Text::WebhookText::findingText(f)) << Qt::endl;
        if (v.isValid())
            m_out << tr("event: %1 %2").arg(safe(v.event.type), safe(v.event.id)) << Qt::endl;
    }
    finish(v.isValid() ? Success : WebhookInvalid);
}

void Cli::runWebhookSign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign a payload the way Xident does; prints the X-Xident-Signature value."));
    addWebhookOptions(parser);
    parser.addOption({u"timestamp"_s, Cli::tr("Unix time to sign with (default now)."), Cli::tr("unix")});
    if (!parseCommand(parser, args, u"webhook sign"_s))
        return;
    QString error;
    if (!parser.isSet(u"payload"_s)) {
        usageError(tr("webhook sign: --payload FILE|- is required."));
        return;
    }
    if (!oneStdinReader(parser, {u"payload"_s, u"secret-file"_s}))
        return;
    QString secret;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
        return;
    if (secret.isEmpty()) {
        usageError(tr("webhook sign: no secret; set XIDENT_WEBHOOK_SECRET or pass --secret-file (or --secret)."));
        return;
    }
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    if (!integerOption(parser, u"timestamp"_s, 0, 999999999999LL, &timestamp, tr("Unix seconds")))
        return;
    Payload payload;
    if (!payload.open(parser.value(u"payload"_s), &error)) {
        usageError(tr("--payload: %1").arg(error));
        return;
    }
    const QByteArray header = WebhookVerifier::signatureHeader(payload.bytes(), secret.toUtf8(), timestamp);
    if (header.isEmpty()) {
        m_err << tr("xident: cannot sign: HMAC-SHA256 is unavailable in this installation (backend %1).")
                     .arg(QString::fromLatin1(hmacBackend()))
              << Qt::endl;
        finish(Failure);
        return;
    }
    if (m_json)
        m_out << jsonLine(QJsonObject{{"header"_L1, QString::fromLatin1(header)}, {"timestamp"_L1, timestamp},
                                      {"bytes"_L1, payload.bytes().size()}});
    else
        m_out << QString::fromLatin1(header) << Qt::endl;
    finish(Success);
}

} // namespace Xident::Cli
