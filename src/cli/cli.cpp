#include "cli.h"

#include "exitcodes.h"
#include "hmac.h"
#include "redaction.h"
#include "job.h"
#include "redaction.h"
#include "sessionpoller.h"
#include "webhook.h"
#include "webhookforensics.h"

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

const char *const TopHelp = R"(Usage: xident <command> [options]

Commands:
  init            create a verification session (POST /init)
  result TOKEN    read a session's result (GET /result/TOKEN); --wait polls until final
  webhook verify  check a webhook's X-Xident-Signature over its exact body
  webhook sign    sign a payload the way Xident does (for tests)
  webhook listen  receive webhooks on this machine and print each with its verdict (--forward-to passes them on)
  blacklist list|add-session|add-image|remove    the face blacklist
  2fa register|verify|status|user|delete         face two-factor checks (--wait for the verdict)

Common options of the API commands:
  --base-url URL     API base URL (env XIDENT_BASE_URL; default http://localhost:9000)
  --api-key-file F   read the secret key from a file (- for standard input)
  --api-key KEY      secret key sk_test_/sk_live_; visible in ps: prefer XIDENT_SECRET_KEY or --api-key-file
  --timeout S        seconds per attempt (default 30)
  --max-retries N    retries on 5xx, network errors and 429 with Retry-After (default 3)
  --api-version D    X-API-Version header (default 2026-08-13; older dates get the legacy result shape)
  --json             machine-readable output on stdout

Exit codes:
  0    success
  1    internal failure
  2    usage error: bad command, flag or value; unreadable file
  3    refused locally before any request (key, URL, parameter)
  4    authentication (401, 403)
  5    validation (400 and other 4xx)
  6    not found: unknown or expired token (404)
  7    rate limited (429 after the retry budget)
  8    server error (5xx after retries)
  9    network or timeout: refused, reset, DNS, TLS
  10   unreadable answer: not JSON, too large, or a redirect
  11   webhook invalid: the signature or body is not valid
  12   result --wait: no final status in time
  13   2fa --wait: the verdict is negative (failed or expired)
  130  canceled
  (webhook verify exits 1, not 11, when no HMAC can be computed: a broken installation, not a forgery)

Secrets: the environment (XIDENT_SECRET_KEY, XIDENT_WEBHOOK_SECRET) or a file is preferred over
--api-key/--secret, whose values any user can read in the process list.

Run "xident <command> --help" for the options of a command.
)";

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
                *error = u"cannot read standard input"_s;
                return false;
            }
            return readBounded(u"standard input"_s, error);
        }
        m_file.setFileName(source);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1: %2"_s.arg(source, m_file.errorString());
            return false;
        }
        const qint64 size = m_file.size();
        if (size > MaxBytes) {
            *error = u"%1 is larger than the %2 MiB a webhook body may have"_s.arg(source).arg(MaxBytes >> 20);
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
            *error = u"cannot read %1: %2"_s.arg(what, m_file.errorString());
            return false;
        }
        if (m_data.size() > MaxBytes) {
            *error = u"%1 is larger than the %2 MiB a webhook body may have"_s.arg(what).arg(MaxBytes >> 20);
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
        *error = fromStdin ? u"cannot read standard input"_s : u"cannot read %1: %2"_s.arg(source, file.errorString());
        return false;
    }
    QByteArray data = file.read(64 * 1024);
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty()) {
        *error = fromStdin ? u"standard input is empty"_s : u"%1 is empty"_s.arg(source);
        return false;
    }
    if (data.contains('\n')) {
        *error = u"expected the secret alone on one line"_s;
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
    m_err << "xident: " << message << Qt::endl;
    if (!hint.isEmpty())
        m_err << hint << Qt::endl;
    finish(Usage);
    return Usage;
}

void Cli::run()
{
    const QStringList rest = m_args.mid(1);
    const QString command = rest.value(0);
    if (command.isEmpty() || command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        (command.isEmpty() ? m_err : m_out) << TopHelp;
        finish(command.isEmpty() ? Usage : Success);
        return;
    }
    if (command == "--version"_L1 || command == "-v"_L1) {
        m_out << "xident " << Client::version() << " (Qt " << qVersion() << ", HMAC-SHA256: " << hmacBackend()
              << (hmacAvailable() ? "" : ", UNAVAILABLE") << ")" << Qt::endl;
        finish(Success);
        return;
    }
    if (command == "init"_L1)
        runInit(rest);
    else if (command == "result"_L1)
        runResult(rest);
    else if (command == "webhook"_L1)
        runWebhook(rest);
    else if (command == "blacklist"_L1)
        runBlacklist(rest);
    else if (command == "2fa"_L1)
        runFace2fa(rest);
    else
        usageError(u"unknown command \"%1\"."_s.arg(command), u"Run \"xident --help\" for the list of commands."_s);
}

void addApiOptions(QCommandLineParser &parser)
{
    parser.addOption({u"base-url"_s, u"API base URL (env XIDENT_BASE_URL; default http://localhost:9000)."_s, u"url"_s});
    parser.addOption({u"api-key"_s, u"Secret API key. Visible in the process list: prefer the environment "
                                     "(XIDENT_SECRET_KEY) or --api-key-file. Never printed."_s, u"key"_s});
    parser.addOption({u"api-key-file"_s, u"Read the secret API key from a file, or - for standard input."_s, u"file"_s});
    parser.addOption({u"timeout"_s, u"Seconds per attempt (default 30, at least 1)."_s, u"s"_s});
    parser.addOption({u"max-retries"_s, u"Retries on 5xx, network errors and 429 (default 3)."_s, u"n"_s});
    parser.addOption({u"api-version"_s, u"X-API-Version to send (default 2026-08-13)."_s, u"date"_s});
    parser.addOption({u"json"_s, u"Machine-readable output."_s});
    parser.addHelpOption();
}

// QCommandLineParser names the binary in its usage line; name the subcommand instead.
static QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    const QString first = help.left(end);
    const qsizetype options = first.indexOf(u"[options]"_s);
    if (first.startsWith(u"Usage: "_s) && options > 0)
        help.replace(0, options, u"Usage: xident "_s + command + u' ');
    return help;
}

// The options both webhook commands share.
static void addWebhookOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({u"payload"_s, u"File with the raw body, or - for standard input."_s, u"file"_s});
    parser.addOption({u"secret"_s, u"Webhook secret whsec_... Visible in the process list: prefer the environment "
                                    "(XIDENT_WEBHOOK_SECRET) or --secret-file. Never printed."_s, u"secret"_s});
    parser.addOption({u"secret-file"_s, u"Read the webhook secret from a file, or - for standard input."_s, u"file"_s});
    parser.addOption({u"json"_s, u"Machine-readable output."_s});
}

bool Cli::secretOption(const QCommandLineParser &parser, const QString &flag, const QString &envName, QString *value)
{
    const QString fileFlag = flag + u"-file"_s;
    if (parser.isSet(flag) && parser.isSet(fileFlag)) {
        usageError(u"--%1 and --%2 are exclusive."_s.arg(flag, fileFlag));
        return false;
    }
    if (parser.isSet(fileFlag)) {
        QString error;
        if (!readSecretFile(parser.value(fileFlag), value, &error)) {
            usageError(u"--%1: %2."_s.arg(fileFlag, error));
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
        usageError(u"--%1: expected %2 from %3 to %4, got \"%5\"."_s.arg(name, what, QString::number(min),
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
        usageError(u"--%1: expected %2 from %3 to %4, got \"%5\"."_s.arg(name, what, QString::number(min),
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
        usageError(u"%1 cannot all read standard input: give files for all but one."_s.arg(readers.join(u", "_s)));
        return false;
    }
    return true;
}

bool Cli::parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    if (!parser.parse(args)) {
        usageError(parser.errorText(), u"Run \"xident %1 --help\" for the options."_s.arg(command));
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
    if (!numberOption(parser, u"timeout"_s, 1, 3600, &seconds, u"seconds"_s))
        return false;
    config.setTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    qint64 retries = Config::DefaultMaxRetries;
    if (!integerOption(parser, u"max-retries"_s, 0, 20, &retries, u"a whole number"_s))
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
        m_err << "xident: using a LIVE key (" << redactSecret(config.apiKey()) << ")" << Qt::endl;
    return true;
}

void Cli::printError(const Error &e)
{
    if (m_json) {
        m_out << jsonLine(QJsonObject{{"error"_L1, errorJson(e)}});
        return;
    }
    m_err << "xident: " << e.toString() << Qt::endl;
    if (!e.bodySample().isEmpty() && e.code().isEmpty())
        m_err << "  body: " << QString::fromUtf8(e.bodySample()).simplified().left(200) << Qt::endl;
}

void watchJob(Job *job, QTextStream &err)
{
    QObject::connect(job, &Job::retryScheduled, job, [&err](int attempt, qint64 delayMs, const QString &reason) {
        err << "xident: attempt " << attempt << " in " << delayMs << " ms after: " << reason << Qt::endl;
    });
}

void Cli::runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Create a verification session (POST /init)."_s);
    addApiOptions(parser);
    parser.addOption({u"callback-url"_s, u"Required: where the user returns (absolute http(s) URL)."_s, u"url"_s});
    parser.addOption({u"min-age"_s, u"Age threshold (12, 15, 18, 21, 25; newer API 1-99, 0 with id_verification)."_s, u"n"_s});
    parser.addOption({u"success-url"_s, u"Redirect on success."_s, u"url"_s});
    parser.addOption({u"failed-url"_s, u"Redirect on failure."_s, u"url"_s});
    parser.addOption({u"user-id"_s, u"Your user id (echoed as external_user_id)."_s, u"id"_s});
    parser.addOption({u"theme"_s, u"light, dark, auto or system."_s, u"theme"_s});
    parser.addOption({u"locale"_s, u"Widget locale: en, de, fr, ..."_s, u"locale"_s});
    parser.addOption({u"metadata"_s, u"Opaque string stored with the session."_s, u"text"_s});
    parser.addOption({u"liveness-difficulty"_s, u"easy, medium or hard."_s, u"level"_s});
    parser.addOption({u"purpose"_s, u"age_verification, id_verification or free text."_s, u"purpose"_s});
    parser.addOption({u"verification-mode"_s, u"auto, document or facial."_s, u"mode"_s});
    if (!parseCommand(parser, args, u"init"_s))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        usageError(u"init takes no positional arguments (got \"%1\")."_s.arg(parser.positionalArguments().join(u' ')));
        return;
    }
    if (!parser.isSet(u"callback-url"_s)) {
        usageError(u"init: --callback-url is required."_s);
        return;
    }
    InitParams params;
    params.callbackUrl = parser.value(u"callback-url"_s);
    if (parser.isSet(u"min-age"_s)) {
        qint64 age = 0;
        if (!integerOption(parser, u"min-age"_s, 0, 150, &age, u"a whole number"_s))
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
            m_out << "token:      " << safe(r.token) << Qt::endl
                  << "verify_url: " << safe(r.verifyUrl) << Qt::endl
                  << "request_id: " << safe(job->requestId()) << Qt::endl;
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
    const auto line = [this](const char *label, const QString &value) {
        if (!value.isEmpty())
            m_out << QString::fromLatin1(label).leftJustified(18) << safe(value) << Qt::endl;
    };
    QString status = r.statusText();
    if (r.status() == SessionStatus::Unknown)
        status += u" (unknown status, not a verdict)"_s;
    line("status", status);
    line("verified", r.isVerified() ? u"yes"_s : u"no"_s);
    line("reason", r.reason());
    line("method", r.method());
    line("age bracket", r.ageBracket() ? QString::number(*r.ageBracket()) : QString());
    line("token", r.token());
    line("session id", r.id());
    line("user id", r.externalUserId());
    line("country", r.country());
    line("created", r.createdAt());
    line("started", r.startedAt());
    line("completed", r.completedAt());
    line("expires", r.expiresAt());
    const auto checks = r.checks();
    for (const CheckResult &c : checks) {
        if (c.name == "risk"_L1) {
            line("risk band", c.details.value("band"_L1).toString());
            continue;
        }
        QString v = !c.performed ? u"not performed"_s
                  : !c.passed    ? u"performed"_s
                  : *c.passed    ? u"passed"_s
                                 : u"FAILED"_s;
        line(QString(u"check "_s + c.name).toLatin1().constData(), v);
    }
    line("request id", requestId);
}

void Cli::runResult(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Read a session's result (GET /result/TOKEN)."_s);
    addApiOptions(parser);
    parser.addPositionalArgument(u"token"_s, u"The init token (xit_...) or result token (xtk_...)."_s);
    parser.addOption({u"wait"_s, u"Poll until the session is final."_s});
    parser.addOption({u"interval"_s, u"Seconds between polls with --wait (default 2)."_s, u"s"_s});
    parser.addOption({u"wait-timeout"_s, u"Give up waiting after this many seconds (default 600)."_s, u"s"_s});
    if (!parseCommand(parser, args, u"result"_s))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty() ? u"result: a TOKEN is required."_s : u"result: exactly one TOKEN, please."_s);
        return;
    }
    const QString token = positional.first();
    double interval = 2, waitTimeout = 600;
    if (!numberOption(parser, u"interval"_s, 0.05, 3600, &interval, u"seconds"_s)
        || !numberOption(parser, u"wait-timeout"_s, 0.05, 7 * 86400, &waitTimeout, u"seconds"_s))
        return;
    if ((parser.isSet(u"interval"_s) || parser.isSet(u"wait-timeout"_s)) && !parser.isSet(u"wait"_s)) {
        usageError(u"--interval and --wait-timeout go with --wait."_s);
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
            m_err << "xident: status " << r.statusText() << Qt::endl;
    });
    connect(poller, &SessionPoller::pollFailed, this, [this](const Error &e, qint64 next) {
        m_err << "xident: poll failed (" << e.toString() << "); next poll in " << next << " ms" << Qt::endl;
    });
    connect(poller, &SessionPoller::finished, this, [this](SessionPoller *p) {
        const Error e = p->error();
        if (e) {
            if (e.kind() == ErrorKind::Timeout && p->hasResult()) {
                printResult(p->lastResult(), p->lastRequestId());
                m_err << "xident: " << e.message() << Qt::endl;
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
        (sub.isEmpty() ? m_err : m_out) << "Usage: xident webhook verify|sign|listen [options]\n"
                                           "Run \"xident webhook verify --help\" or \"xident webhook sign --help\".\n";
        finish(sub.isEmpty() ? Usage : Success);
    } else {
        usageError(u"unknown webhook command \"%1\": use verify, sign or listen."_s.arg(sub));
    }
}

void Cli::runWebhookVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Verify a webhook's signature over its exact body."_s);
    addWebhookOptions(parser);
    parser.addOption({u"signature"_s, u"The X-Xident-Signature header value."_s, u"header"_s});
    parser.addOption({u"tolerance"_s, u"Seconds a timestamp may be off, either way (default 300; 0 disables)."_s, u"n"_s});
    parser.addOption({u"now"_s, u"Evaluate at this Unix time instead of the clock."_s, u"unix"_s});
    parser.addOption({u"explain"_s, u"When the signature does not match, try the common accidental changes (line endings, "
                                    "a trailing newline, a BOM, pretty-printing, escapes, quotes from a log line, the "
                                    "secret's white space or prefix) and say which one would make it valid."_s});
    if (!parseCommand(parser, args, u"webhook verify"_s))
        return;
    QString error;
    if (!parser.isSet(u"payload"_s)) {
        usageError(u"webhook verify: --payload FILE|- is required."_s);
        return;
    }
    if (!parser.isSet(u"signature"_s)) {
        usageError(u"webhook verify: --signature HEADER is required (quote it: it contains commas)."_s);
        return;
    }
    qint64 tolerance = WebhookVerifier::DefaultTolerance;
    if (!integerOption(parser, u"tolerance"_s, 0, 10LL * 365 * 86400, &tolerance, u"whole seconds"_s))
        return;
    qint64 now = -1;
    if (!integerOption(parser, u"now"_s, 0, 253402300799LL, &now, u"Unix seconds"_s))
        return;
    if (!oneStdinReader(parser, {u"payload"_s, u"secret-file"_s}))
        return;
    QString secret;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
        return;
    Payload payload;
    if (!payload.open(parser.value(u"payload"_s), &error)) {
        usageError(u"--payload: "_s + error);
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
        m_err << "xident: " << v.message() << Qt::endl;
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
        (v.isValid() ? m_out : m_err) << (v.isValid() ? "valid: " : "invalid: ") << v.message() << Qt::endl;
        if (explain && findings.isEmpty())
            m_err << "why: no common accidental change explains it; the bytes or the secret differ in another way." << Qt::endl;
        for (const ForensicFinding &f : std::as_const(findings))
            m_err << "why: " << f.explanation << Qt::endl;
        if (v.isValid())
            m_out << "event: " << safe(v.event.type) << " " << safe(v.event.id) << Qt::endl;
    }
    finish(v.isValid() ? Success : WebhookInvalid);
}

void Cli::runWebhookSign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sign a payload the way Xident does; prints the X-Xident-Signature value."_s);
    addWebhookOptions(parser);
    parser.addOption({u"timestamp"_s, u"Unix time to sign with (default now)."_s, u"unix"_s});
    if (!parseCommand(parser, args, u"webhook sign"_s))
        return;
    QString error;
    if (!parser.isSet(u"payload"_s)) {
        usageError(u"webhook sign: --payload FILE|- is required."_s);
        return;
    }
    if (!oneStdinReader(parser, {u"payload"_s, u"secret-file"_s}))
        return;
    QString secret;
    if (!secretOption(parser, u"secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
        return;
    if (secret.isEmpty()) {
        usageError(u"webhook sign: no secret; set XIDENT_WEBHOOK_SECRET or pass --secret-file (or --secret)."_s);
        return;
    }
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    if (!integerOption(parser, u"timestamp"_s, 0, 999999999999LL, &timestamp, u"Unix seconds"_s))
        return;
    Payload payload;
    if (!payload.open(parser.value(u"payload"_s), &error)) {
        usageError(u"--payload: "_s + error);
        return;
    }
    const QByteArray header = WebhookVerifier::signatureHeader(payload.bytes(), secret.toUtf8(), timestamp);
    if (header.isEmpty()) {
        m_err << "xident: cannot sign: HMAC-SHA256 is unavailable in this installation (backend "
              << hmacBackend() << ")." << Qt::endl;
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
