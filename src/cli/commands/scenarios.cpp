// xident scenarios run: scenario files run as a matrix, with JUnit and HTML reports, for QA's CI.
#include <XidentQt/config.h>
#include <XidentQt/redaction.h>

#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "scenarios/reports.h"
#include "scenarios/scenarioreader.h"
#include "scenarios/scenariorunner.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QUrl>

using namespace Qt::StringLiterals;

namespace Xident::Cli {

namespace {

using namespace Xident::Scenarios;

class ScenariosCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Cli::Cli)
public:
    using Command::Command;
    void run(const QStringList &args) override;

private:
    //! The scenarios of every file that \a filters and \a names leave; false after a usage error.
    bool readScenarios(const QStringList &files, const QStringList &filters, const QStringList &names);
    bool readOptions(const QCommandLineParser &parser);
    void start();
    void onFinished();
    void printSummary();
    bool writeReport(const QString &path, const QByteArray &bytes);

    QList<Scenario> m_scenarios;
    ScenarioRunner::Options m_options;
    ScenarioRunner *m_runner = nullptr;
    QString m_junit, m_html;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    int m_done = 0;
};

} // namespace

void ScenariosCommand::run(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub != "run"_L1) {
        usageError(sub.isEmpty() ? tr("scenarios: say run, e.g. xident scenarios run smoke.yaml.")
                                 : tr("scenarios: unknown subcommand \"%1\"; use run.").arg(sub));
        return;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run scenario files (YAML): create sessions, end them, check results and webhooks."));
    parser.addPositionalArgument(u"files"_s, tr("Scenario files."), tr("FILE..."));
    parser.addOption({u"junit"_s, tr("Write a JUnit XML report here."), tr("file")});
    parser.addOption({u"html"_s, tr("Write a self-contained HTML report here."), tr("file")});
    parser.addOption({u"jobs"_s, tr("Scenarios run at once, 1 to 64 (default 4)."), tr("n")});
    parser.addOption({u"filter"_s, tr("Only scenarios whose suite or name contains this text (repeatable)."), tr("text")});
    parser.addOption({u"scenario"_s, tr("Only the scenario with exactly this name (repeatable)."), tr("name")});
    parser.addOption({u"list"_s, tr("List the scenarios the files hold and exit; nothing runs.")});
    parser.addOption({u"base-url"_s, tr("Run against this server instead of sandboxes started in this process."), tr("url")});
    parser.addOption({u"receiver-port"_s, tr("With --base-url: receive the server's webhooks on this loopback port."), tr("port")});
    parser.addOption({u"api-key"_s, tr("With --base-url: the one key the server accepts (scenarios then run one at a "
                                       "time); env XIDENT_SECRET_KEY."), tr("key")});
    parser.addOption({u"api-key-file"_s, tr("Read that key from a file, or - for standard input."), tr("file")});
    parser.addOption({u"webhook-secret"_s, tr("With --receiver-port: the server's webhook secret; env XIDENT_WEBHOOK_SECRET."),
                      tr("secret")});
    parser.addOption({u"webhook-secret-file"_s, tr("Read the webhook secret from a file, or - for standard input."), tr("file")});
    parser.addHelpOption();
    if (!parseCommand(parser, args.mid(1), u"scenarios run"_s))
        return;
    if (parser.positionalArguments().isEmpty()) {
        usageError(tr("scenarios run: name at least one scenario file."));
        return;
    }
    if (!readOptions(parser)
        || !readScenarios(parser.positionalArguments(), parser.values(u"filter"_s), parser.values(u"scenario"_s)))
        return;
    if (parser.isSet(u"list"_s)) {
        for (const Scenario &s : std::as_const(m_scenarios))
            m_out << s.suite << " / " << s.name << "  (" << s.file << ':' << s.line << ")\n";
        m_out.flush();
        finish(Success);
        return;
    }
    m_junit = parser.value(u"junit"_s);
    m_html = parser.value(u"html"_s);
    start();
}

bool ScenariosCommand::readOptions(const QCommandLineParser &parser)
{
    qint64 jobs = 4;
    if (!integerOption(parser, u"jobs"_s, 1, 64, &jobs, tr("a whole number")))
        return false;
    m_options.jobs = int(jobs);
    const bool external = parser.isSet(u"base-url"_s);
    for (const char *flag : {"receiver-port", "api-key", "api-key-file", "webhook-secret", "webhook-secret-file"}) {
        if (parser.isSet(QLatin1StringView(flag)) && !external)
            {
            usageError(tr("--%1 goes with --base-url: without it the sandboxes run in this process.")
                                  .arg(QLatin1StringView(flag)));
            return false;
        }
    }
    if (!external)
        return true;
    m_options.baseUrl = parser.value(u"base-url"_s);
    const QUrl url(m_options.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty())
        {
            usageError(tr("--base-url: \"%1\" is not an http:// or https:// URL.").arg(m_options.baseUrl));
            return false;
        }
    if (!secretOption(parser, u"api-key"_s, u"XIDENT_SECRET_KEY"_s, &m_options.apiKey))
        return false;
    if (Config::isLiveKey(m_options.apiKey)) {
        m_err << tr("xident: scenarios never run with a LIVE key (%1): they create sessions and set faults.")
                     .arg(redactSecret(m_options.apiKey))
              << Qt::endl;
        finish(Configuration);
        return false;
    }
    m_redactor = Redactor(m_options.apiKey);
    if (parser.isSet(u"receiver-port"_s)) {
        qint64 port = 0;
        if (!integerOption(parser, u"receiver-port"_s, 1, 65535, &port, tr("a port from 1 to 65535")))
            return false;
        m_options.receiverPort = quint16(port);
        QString secret;
        if (!secretOption(parser, u"webhook-secret"_s, u"XIDENT_WEBHOOK_SECRET"_s, &secret))
            return false;
        if (secret.isEmpty())
            {
            usageError(tr("--receiver-port: the webhooks' signatures need the server's secret "
                                 "(--webhook-secret-file or XIDENT_WEBHOOK_SECRET)."));
            return false;
        }
        m_options.webhookSecret = secret.toUtf8();
    }
    return true;
}

bool ScenariosCommand::readScenarios(const QStringList &files, const QStringList &filters, const QStringList &names)
{
    for (const QString &path : files) {
        ReadError error;
        const std::optional<ScenarioFile> file = ScenarioReader::readFile(path, &error);
        if (!file) {
            usageError(tr("scenarios run: %1").arg(error.toString()));
            return false;
        }
        for (const Scenario &s : file->scenarios) {
            const bool filtered = !filters.isEmpty() && std::none_of(filters.cbegin(), filters.cend(), [&s](const QString &f) {
                return s.id().contains(f, Qt::CaseInsensitive);
            });
            if (!filtered && (names.isEmpty() || names.contains(s.name)))
                m_scenarios.append(s);
        }
    }
    if (m_scenarios.isEmpty()) {
        usageError(tr("scenarios run: no scenario matches --filter or --scenario."));
        return false;
    }
    return true;
}

void ScenariosCommand::start()
{
    m_runner = new ScenarioRunner(m_options, this);
    m_runner->setScenarios(m_scenarios);
    connect(m_runner, &ScenarioRunner::scenarioFinished, this, [this](int index) {
        const ScenarioResult &r = m_runner->result(index);
        ++m_done;
        QString line = tr("[%1/%2] %3  %4 (%5 s)").arg(m_done).arg(m_runner->count()).arg(stateName(r.state),
                                                                                       m_runner->scenario(index).id())
                           .arg(double(r.durationMs) / 1000.0, 0, 'f', 1);
        if (!r.message.isEmpty())
            line += u"\n      "_s + r.message;
        m_err << safe(line) << Qt::endl;
    });
    connect(m_runner, &ScenarioRunner::finished, this, &ScenariosCommand::onFinished);
    connect(m_runner, &ScenarioRunner::setupFailed, this, [this](const QString &problem) {
        m_err << tr("xident: the scenarios cannot run: %1").arg(safe(problem)) << Qt::endl;
        finish(Network);
    });
    m_err << tr("Running %n scenario(s), %1 at a time, on %2.", nullptr, int(m_scenarios.size()))
                 .arg(m_runner->options().jobs)
                 .arg(m_options.baseUrl.isEmpty() ? tr("sandboxes in this process") : m_options.baseUrl)
          << Qt::endl;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_runner->run();
}

void ScenariosCommand::printSummary()
{
    int width = 8;
    for (int i = 0; i < m_runner->count(); ++i)
        width = std::max(width, int(m_runner->scenario(i).id().size()) + 2);
    width = std::min(width, 72);
    m_out << tr("State").leftJustified(9) << tr("Scenario").leftJustified(width) << tr("Time").rightJustified(8) << "  "
          << tr("Why") << '\n';
    QMap<RunState, int> counts;
    for (int i = 0; i < m_runner->count(); ++i) {
        const ScenarioResult &r = m_runner->result(i);
        ++counts[r.state];
        m_out << stateName(r.state).leftJustified(9) << m_runner->scenario(i).id().leftJustified(width)
              << u"%1 s"_s.arg(double(r.durationMs) / 1000.0, 0, 'f', 1).rightJustified(8) << "  " << safe(r.message) << '\n';
    }
    m_out << tr("%1 passed, %2 failed, %3 errors, %4 skipped in %5 s")
                 .arg(counts.value(RunState::Passed))
                 .arg(counts.value(RunState::Failed))
                 .arg(counts.value(RunState::Error))
                 .arg(counts.value(RunState::Skipped))
                 .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
}

bool ScenariosCommand::writeReport(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << tr("xident: cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    m_err << tr("Wrote %1.").arg(path) << Qt::endl;
    return true;
}

void ScenariosCommand::onFinished()
{
    printSummary();
    Report report;
    report.startedAt = m_startedAt;
    report.target = m_options.baseUrl.isEmpty() ? QString::fromLatin1(Report::InProcess) : m_options.baseUrl;
    bool anyFailed = false, anyError = false;
    for (int i = 0; i < m_runner->count(); ++i) {
        report.rows.append({m_runner->scenario(i), m_runner->result(i)});
        anyFailed = anyFailed || m_runner->result(i).state == RunState::Failed;
        anyError = anyError || m_runner->result(i).state == RunState::Error;
    }
    // The reports go through the one redaction path: a key given with --api-key never reaches a file.
    bool written = true;
    if (!m_junit.isEmpty())
        written = writeReport(m_junit, m_redactor.apply(junitReport(report))) && written;
    if (!m_html.isEmpty())
        written = writeReport(m_html, m_redactor.apply(htmlReport(report))) && written;
    if (!written)
        finish(Usage);
    else if (anyFailed)
        finish(Unexpected);
    else if (anyError)
        finish(Failure);
    else
        finish(Success);
}

std::unique_ptr<Command> makeScenariosCommand(Command::Done done)
{
    return std::make_unique<ScenariosCommand>(std::move(done));
}

} // namespace Xident::Cli
