#pragma once

#include "scenarios/scenario.h"
#include "scenarios/scenarioresult.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>

namespace Xident::Scenarios {

//! What a report is made of: each scenario with its result, in the order they were listed.
struct Report
{
    struct Row
    {
        Scenario scenario;
        ScenarioResult result;
    };
    QList<Row> rows;
    QDateTime startedAt;
    //! The target of a run without a base URL, as the reports (which are English) name it.
    static constexpr auto InProcess = "sandboxes in process";
    QString target;   //!< InProcess or the base URL
};

//! JUnit XML as Jenkins, GitLab and GitHub read it: a testsuite per file, a testcase per scenario, failures with
//! expected and observed values and request ids, and each scenario's exchanges and re-run command in system-out.
QByteArray junitReport(const Report &report);
//! One HTML file with inline CSS, no script and no outside requests.
QByteArray htmlReport(const Report &report);
//! The command that runs just \a scenario again, quoted for a POSIX shell.
QString rerunCommand(const Scenario &scenario);

} // namespace Xident::Scenarios
