#include "console/scenarios/scenariospane.h"

#include "ui_ScenariosPane.h"

#include "console/core/models/scenariomodel.h"
#include "scenarios/reports.h"
#include "scenarios/scenarioreader.h"
#include "scenarios/scenariorunner.h"
#include "text/evidence.h"

#include <XidentQt/client.h>

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;
using namespace Xident::Scenarios;

namespace Xident::Console {

ScenariosPane::ScenariosPane(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScenariosPane>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    if (m_settings)
        m_ui->jobs->setValue(m_settings->value(u"scenarios/jobs"_s, 4).toInt());
    makeRunner();
    m_ui->table->setModel(m_model);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ScenarioModel::StateColumn, fontMetrics().horizontalAdvance(ScenarioModel::stateLabel(int(RunState::Skipped))) + 24);
    header->resizeSection(ScenarioModel::SuiteColumn, fontMetrics().horizontalAdvance(u"resilience "_s) + 16);
    header->resizeSection(ScenarioModel::NameColumn, fontMetrics().horizontalAdvance(QString(40, u'x')));
    header->resizeSection(ScenarioModel::TimeColumn, fontMetrics().horizontalAdvance(u"100.0 s "_s) + 16);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->summary->setText(tr("Open one or more scenario files (YAML). They run against sandboxes started for them in this "
                              "program, each scenario with its own key, and never touch a profile's server."));
    connect(m_ui->openFiles, &QPushButton::clicked, this, &ScenariosPane::chooseFiles);
    connect(m_ui->runAll, &QPushButton::clicked, this, &ScenariosPane::runAll);
    connect(m_ui->runSelected, &QPushButton::clicked, this, &ScenariosPane::runSelected);
    connect(m_ui->runFailed, &QPushButton::clicked, this, &ScenariosPane::runFailed);
    connect(m_ui->stop, &QPushButton::clicked, this, &ScenariosPane::stop);
    connect(m_ui->inspect, &QPushButton::clicked, this, [this] {
        const std::optional<Text::Evidence> evidence = selectedSession();
        if (!evidence)
            return;
        const Scenario &s = m_runner->scenario(selectedRows().first());
        Q_EMIT inspectRequested(*evidence, s.name,
                                tr("The session of the scenario \"%1\" (%2, line %3), as its last poll read it. Read-only: "
                                   "its key belongs to no profile, so it is not polled and not added to the watchlist.")
                                    .arg(s.name, s.file)
                                    .arg(s.line));
    });
    connect(m_ui->exportJunit, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_ui->exportHtml, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_ui->jobs, &QSpinBox::valueChanged, this, [this](int jobs) {
        m_runner->setJobs(jobs);
        if (m_settings)
            m_settings->setValue(u"scenarios/jobs"_s, jobs);
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetail();
        showProgress();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        m_ui->inspect->setEnabled(selectedSession().has_value());
    });
    showProgress();
}

ScenariosPane::~ScenariosPane()
{
    // The view lets go of the model before the runner it reads goes.
    m_ui->table->setModel(nullptr);
}

void ScenariosPane::makeRunner()
{
    ScenarioRunner::Options o;
    o.jobs = m_ui->jobs->value();
    m_runner = std::make_unique<ScenarioRunner>(o);
    m_model = new ScenarioModel(m_runner.get(), this);
    connect(m_runner.get(), &ScenarioRunner::scenarioStarted, this, &ScenariosPane::showProgress);
    connect(m_runner.get(), &ScenarioRunner::scenarioFinished, this, [this](int row) {
        showProgress();
        if (selectedRows().contains(row))
            showDetail();
    });
    connect(m_runner.get(), &ScenarioRunner::finished, this, &ScenariosPane::showProgress);
    connect(m_runner.get(), &ScenarioRunner::setupFailed, this, [this](const QString &problem) {
        showProgress();
        m_ui->summary->setText(tr("The scenarios cannot run: %1").arg(problem));
    });
}

void ScenariosPane::chooseFiles()
{
    const QString dir = m_settings ? m_settings->value(u"scenarios/dir"_s).toString() : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open scenario files"), dir,
                                                            tr("Scenario files (*.yaml *.yml);;All files (*)"));
    if (paths.isEmpty())
        return;
    if (m_settings)
        m_settings->setValue(u"scenarios/dir"_s, QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

bool ScenariosPane::openFiles(const QStringList &paths)
{
    if (m_runner->isRunning()) {
        QMessageBox::information(this, tr("Scenarios"), tr("Stop the running scenarios first."));
        return false;
    }
    QList<Scenario> scenarios;
    for (const QString &path : paths) {
        ReadError error;
        const std::optional<ScenarioFile> file = ScenarioReader::readFile(path, &error);
        if (!file) {
            QMessageBox::warning(this, tr("Scenarios"), tr("%1 cannot be read:\n%2").arg(QFileInfo(path).fileName(), error.toString()));
            return false;
        }
        scenarios += file->scenarios;
    }
    m_paths = paths;
    m_runner->setScenarios(scenarios);
    m_model->reload();
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    m_ui->files->setText(names.join(u", "_s));
    m_ui->files->setToolTip(paths.join(u'\n'));
    m_ui->detail->clear();
    showProgress();
    return true;
}

QList<int> ScenariosPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ScenariosPane::runAll()
{
    m_runner->run();
    showProgress();
}

void ScenariosPane::runSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        m_runner->run(rows);
    showProgress();
}

void ScenariosPane::runFailed()
{
    m_runner->runFailed();
    showProgress();
}

void ScenariosPane::stop()
{
    m_runner->stop();
    showProgress();
}

void ScenariosPane::showProgress()
{
    const int total = m_runner->count();
    const QList<int> c = m_model->counts();
    const int done = c[int(RunState::Passed)] + c[int(RunState::Failed)] + c[int(RunState::Error)] + c[int(RunState::Skipped)];
    const bool running = m_runner->isRunning();
    m_ui->progress->setMaximum(std::max(1, total));
    m_ui->progress->setValue(done);
    m_ui->runAll->setEnabled(total > 0 && !running);
    m_ui->runSelected->setEnabled(!selectedRows().isEmpty());
    m_ui->inspect->setEnabled(selectedRows().size() == 1 && !m_runner->result(selectedRows().first()).initToken.isEmpty());
    m_ui->runFailed->setEnabled(!running && c[int(RunState::Failed)] + c[int(RunState::Error)] > 0);
    m_ui->stop->setEnabled(running);
    m_ui->exportJunit->setEnabled(done > 0 && !running);
    m_ui->exportHtml->setEnabled(done > 0 && !running);
    m_ui->openFiles->setEnabled(!running);
    if (total == 0)
        return;
    m_ui->summary->setText(tr("%1 of %2 done: %3 passed, %4 failed, %5 errors, %6 skipped%7")
                               .arg(done)
                               .arg(total)
                               .arg(c[int(RunState::Passed)])
                               .arg(c[int(RunState::Failed)])
                               .arg(c[int(RunState::Error)])
                               .arg(c[int(RunState::Skipped)])
                               .arg(running ? tr("; %n running", nullptr, c[int(RunState::Running)]) : QString()));
}

void ScenariosPane::showDetail()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1) {
        m_ui->detail->clear();
        return;
    }
    const Scenario &s = m_runner->scenario(rows.first());
    const ScenarioResult &r = m_runner->result(rows.first());
    QString text = tr("%1 / %2 (%3, line %4): %5\n").arg(s.suite, s.name, s.file).arg(s.line).arg(ScenarioModel::stateLabel(int(r.state)));
    if (!r.message.isEmpty())
        text += r.message + u'\n';
    text += tr("Ending: %1 · faults: %2 · receiver: %3\n").arg(s.ending.summary(), s.faults.summary(), s.receiver.summary());
    if (!r.initToken.isEmpty())
        text += tr("Session: %1 %2\n").arg(r.initToken, r.resultToken);
    for (const Check &c : r.checks)
        text += u"%1 %2: %3 / %4\n"_s.arg(c.ok ? u"✓"_s : u"✗"_s, c.what, c.expected, c.observed);
    if (!r.requestIds.isEmpty())
        text += tr("Request ids: %1\n").arg(r.requestIds.join(u", "_s));
    text += tr("Run again from a shell: %1\n").arg(rerunCommand(s));
    text += u'\n' + r.log.join(u'\n') + u"\n\n"_s + r.exchanges.join(u"\n\n"_s);
    m_ui->detail->setPlainText(text);
}

std::optional<Text::Evidence> ScenariosPane::selectedSession() const
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || m_runner->result(rows.first()).initToken.isEmpty())
        return std::nullopt;
    const ScenarioResult &r = m_runner->result(rows.first());
    Text::Evidence evidence;
    evidence.exportedAt = QDateTime::currentDateTimeUtc();
    evidence.libraryVersion = Client::version();
    evidence.qtVersion = QString::fromLatin1(qVersion());
    const QString lang = QLocale().name().left(2);
    evidence.language = lang == "de"_L1 || lang == "fr"_L1 ? lang : u"en"_s;
    // Scenario sessions carry test data only (a magic user id at most): nothing personal to leave out.
    Text::Evidence::Session session = Text::evidenceFromResult(r.initToken, r.observedStatus, r.resultJson, true, true);
    session.profileName = tr("Scenario %1").arg(m_runner->scenario(rows.first()).name);
    session.note = r.message;
    evidence.sessions.append(session);
    return evidence;
}

void ScenariosPane::chooseExport(bool html)
{
    const QString suggested = html ? u"scenarios.html"_s : u"scenarios.xml"_s;
    const QString path = QFileDialog::getSaveFileName(this, html ? tr("Export an HTML report") : tr("Export a JUnit report"),
                                                      suggested, html ? tr("HTML (*.html)") : tr("JUnit XML (*.xml)"));
    if (!path.isEmpty())
        exportReport(path, html);
}

bool ScenariosPane::exportReport(const QString &path, bool html)
{
    Report report;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.target = QString::fromLatin1(Report::InProcess);
    for (int row = 0; row < m_runner->count(); ++row) {
        const ScenarioResult &r = m_runner->result(row);
        if (r.startedAt.isValid() && r.startedAt < report.startedAt)
            report.startedAt = r.startedAt;
        report.rows.append({m_runner->scenario(row), r});
    }
    const QByteArray bytes = html ? htmlReport(report) : junitReport(report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Scenarios"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_ui->summary->setText(tr("Wrote %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace Xident::Console
