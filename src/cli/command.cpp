#include "cli/command.h"

#include "cli/exitcodes.h"
#include "text/errortext.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

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

QByteArray readUpTo(QIODevice &device, qint64 limit)
{
    // A pipe or terminal gives what it holds at the moment (64 KiB at most from a pipe): read until the end.
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = device.read(limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

namespace {

// A secret from a file or standard input: one line, its line break dropped.
bool readSecretFile(const QString &source, QString *secret, QString *error)
{
    QFile file;
    const bool fromStdin = isStandardInput(source);
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        *error = fromStdin ? Command::tr("cannot read standard input") : Command::tr("cannot read %1: %2").arg(source, file.errorString());
        return false;
    }
    QByteArray data = readUpTo(file, 64 * 1024);
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty()) {
        *error = fromStdin ? Command::tr("standard input is empty") : Command::tr("%1 is empty").arg(source);
        return false;
    }
    if (data.contains('\n')) {
        *error = Command::tr("expected the secret alone on one line");
        return false;
    }
    *secret = QString::fromUtf8(data);
    return true;
}

} // namespace

Command::Command(Done done, QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
    , m_done(std::move(done))
{
}

Command::~Command() = default;

void Command::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    if (m_done)
        m_done(code);
}

int Command::usageError(const QString &message, const QString &hint)
{
    m_err << tr("xident: %1").arg(message) << Qt::endl;
    if (!hint.isEmpty())
        m_err << hint << Qt::endl;
    finish(Usage);
    return Usage;
}

void addApiOptions(QCommandLineParser &parser)
{
    parser.addOption({u"base-url"_s, Command::tr("API base URL (env XIDENT_BASE_URL; default http://localhost:9000)."), Command::tr("url")});
    parser.addOption({u"api-key"_s, Command::tr("Secret API key. Visible in the process list: prefer the environment "
                                            "(XIDENT_SECRET_KEY) or --api-key-file. Never printed."), Command::tr("key")});
    parser.addOption({u"api-key-file"_s, Command::tr("Read the secret API key from a file, or - for standard input."), Command::tr("file")});
    parser.addOption({u"timeout"_s, Command::tr("Seconds per attempt (default 30, at least 1)."), Command::tr("s")});
    parser.addOption({u"max-retries"_s, Command::tr("Retries on 5xx, network errors and 429 (default 3)."), Command::tr("n")});
    parser.addOption({u"api-version"_s, Command::tr("X-API-Version to send (default 2026-08-13)."), Command::tr("date")});
    parser.addOption({u"json"_s, Command::tr("Machine-readable output.")});
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


bool Command::secretOption(const QCommandLineParser &parser, const QString &flag, const QString &envName, QString *value)
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

bool Command::numberOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *value,
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

bool Command::integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
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

bool Command::oneStdinReader(const QCommandLineParser &parser, const QStringList &flags)
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

bool Command::parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command)
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
    m_json = parser.optionNames().contains(u"json"_s);   // not every command has --json
    return true;
}

bool Command::setUpClient(QCommandLineParser &parser)
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

void Command::printError(const Error &e)
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

void Command::printFields(const QList<Field> &fields)
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
        err << Command::tr("xident: attempt %1 in %2 ms, after: %3").arg(QString::number(attempt), QString::number(delayMs), reason) << Qt::endl;
    });
}

namespace {
constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;
} // namespace

bool Command::readImage(const QString &source, QByteArray *image)
{
    QFile file;
    const bool fromStdin = source == "-"_L1 || source == "/dev/stdin"_L1;
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        usageError(tr("--image: cannot read %1: %2").arg(fromStdin ? tr("standard input") : source, file.errorString()));
        return false;
    }
    *image = readUpTo(file, MaxImageBytes);
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
