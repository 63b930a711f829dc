// The scenarios' report as one HTML file: inline CSS, no script, nothing fetched from anywhere.
#include "scenarios/reports.h"

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

namespace {

constexpr auto Style = R"(
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1b1f24;background:#fff}
h1{font-size:1.5em}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{text-align:left;padding:.3em .6em;border-bottom:1px solid #d5d9de;vertical-align:top}
th{background:#f2f4f6}.passed{color:#116329}.failed{color:#b3261e}.error{color:#8a4b00}.skipped{color:#57606a}
.state{font-weight:600;text-transform:uppercase;font-size:.85em}
details{border:1px solid #d5d9de;border-radius:6px;margin:.6em 0;padding:.4em .8em}
summary{cursor:pointer;font-weight:600}pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.6em;
border-radius:4px;font-size:12px}code{font-size:12px}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}th{background:#161b22}
th,td,details{border-color:#30363d}pre{background:#161b22}.passed{color:#3fb950}.failed{color:#f85149}
.error{color:#d29922}.skipped{color:#8b949e}}
)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, const QString &cls = {})
{
    return cls.isEmpty() ? u"<td>%1</td>"_s.arg(esc(text)) : u"<td class=\"%1\">%2</td>"_s.arg(cls, esc(text));
}

QString details(const Report::Row &row)
{
    const ScenarioResult &r = row.result;
    const QString state = stateName(r.state);
    QString html = u"<details id=\"s%1\"><summary><span class=\"state %2\">%2</span> %3 <small>(%4, line %5)</small>"
                   "</summary>"_s.arg(qHash(row.scenario.id()))
                       .arg(state, esc(row.scenario.name), esc(row.scenario.suite))
                       .arg(row.scenario.line);
    if (!r.message.isEmpty())
        html += u"<p class=\"%1\">%2</p>"_s.arg(state, esc(r.message));
    html += u"<p>Ending: %1 · Faults: %2 · Receiver: %3</p>"_s.arg(esc(row.scenario.ending.summary()),
                                                                   esc(row.scenario.faults.summary()),
                                                                   esc(row.scenario.receiver.summary()));
    if (!r.checks.isEmpty()) {
        html += u"<table><tr><th>Check</th><th>Expected</th><th>Observed</th></tr>"_s;
        for (const Check &c : r.checks)
            html += u"<tr>"_s + cell(c.what) + cell(c.expected) + cell(c.observed, c.ok ? u"passed"_s : u"failed"_s) + u"</tr>"_s;
        html += u"</table>"_s;
    }
    if (!r.requestIds.isEmpty())
        html += u"<p>Request ids: <code>%1</code></p>"_s.arg(esc(r.requestIds.join(u", "_s)));
    html += u"<p>Re-run: <code>%1</code></p>"_s.arg(esc(rerunCommand(row.scenario)));
    if (!r.log.isEmpty())
        html += u"<pre>%1</pre>"_s.arg(esc(r.log.join(u'\n')));
    if (!r.exchanges.isEmpty())
        html += u"<details><summary>Exchanges (keys withheld)</summary><pre>%1</pre></details>"_s.arg(esc(r.exchanges.join(u"\n\n"_s)));
    return html + u"</details>"_s;
}

} // namespace

QByteArray htmlReport(const Report &report)
{
    int passed = 0, failed = 0, errors = 0, skipped = 0;
    qint64 ms = 0;
    for (const Report::Row &row : report.rows) {
        passed += row.result.state == RunState::Passed;
        failed += row.result.state == RunState::Failed;
        errors += row.result.state == RunState::Error || !row.result.isFinished();
        skipped += row.result.state == RunState::Skipped;
        ms += row.result.durationMs;
    }
    QString html = u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                   "<meta name=\"viewport\" content=\"width=device-width\"><title>Xident scenarios</title><style>"_s
                   + QString::fromLatin1(Style) + u"</style></head><body><h1>Xident scenarios</h1>"_s;
    html += u"<p>%1 scenarios: <span class=\"passed\">%2 passed</span>, <span class=\"failed\">%3 failed</span>, "
            "<span class=\"error\">%4 errors</span>, <span class=\"skipped\">%5 skipped</span> · started %6 UTC · "
            "%7 s of scenario time · %8</p>"_s.arg(report.rows.size())
                .arg(passed)
                .arg(failed)
                .arg(errors)
                .arg(skipped)
                .arg(report.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                .arg(double(ms) / 1000.0, 0, 'f', 1)
                .arg(esc(report.target));
    html += u"<table><tr><th>State</th><th>Suite</th><th>Scenario</th><th>Time</th><th>Why</th></tr>"_s;
    for (const Report::Row &row : report.rows) {
        const QString state = stateName(row.result.state);
        html += u"<tr>"_s + cell(state, u"state "_s + state) + cell(row.scenario.suite)
                + u"<td><a href=\"#s%1\">%2</a></td>"_s.arg(qHash(row.scenario.id())).arg(esc(row.scenario.name))
                + cell(u"%1 s"_s.arg(double(row.result.durationMs) / 1000.0, 0, 'f', 2)) + cell(row.result.message) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    for (const Report::Row &row : report.rows)
        html += details(row);
    return (html + u"</body></html>\n"_s).toUtf8();
}

} // namespace Xident::Scenarios
