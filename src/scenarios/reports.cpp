#include "scenarios/reports.h"

#include <QtCore/QMap>
#include <QtCore/QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

namespace {

// XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD.
QString xmlSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    return out;
}

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=@%+-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString secondsText(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// The rows of each file, the files in the order they first appear.
QList<QPair<QString, QList<const Report::Row *>>> bySuite(const Report &report)
{
    QList<QPair<QString, QList<const Report::Row *>>> out;
    for (const Report::Row &row : report.rows) {
        const QString key = row.scenario.file + u'\n' + row.scenario.suite;
        auto it = std::find_if(out.begin(), out.end(), [&key](const auto &p) { return p.first == key; });
        if (it == out.end()) {
            out.append({key, {}});
            it = out.end() - 1;
        }
        it->second.append(&row);
    }
    return out;
}

QString systemOut(const Report::Row &row)
{
    QString text = u"Ending: %1\nFaults: %2\nReceiver: %3\n"_s.arg(row.scenario.ending.summary(), row.scenario.faults.summary(),
                                                                  row.scenario.receiver.summary());
    if (!row.result.requestIds.isEmpty())
        text += u"Request ids: "_s + row.result.requestIds.join(u", "_s) + u'\n';
    text += u"\nSteps:\n"_s + row.result.log.join(u'\n') + u"\n\nExchanges (keys withheld):\n"_s
            + row.result.exchanges.join(u"\n\n"_s) + u"\n\nRe-run: "_s + rerunCommand(row.scenario) + u'\n';
    return xmlSafe(text);
}

void writeCase(QXmlStreamWriter &xml, const Report::Row &row)
{
    const ScenarioResult &r = row.result;
    xml.writeStartElement(u"testcase"_s);
    xml.writeAttribute(u"classname"_s, xmlSafe(row.scenario.suite));
    xml.writeAttribute(u"name"_s, xmlSafe(row.scenario.name));
    xml.writeAttribute(u"time"_s, secondsText(r.durationMs));
    xml.writeAttribute(u"file"_s, xmlSafe(row.scenario.file));
    xml.writeAttribute(u"line"_s, QString::number(row.scenario.line));
    if (r.state == RunState::Failed) {
        xml.writeStartElement(u"failure"_s);
        xml.writeAttribute(u"message"_s, xmlSafe(r.message));
        xml.writeAttribute(u"type"_s, u"expectation"_s);
        QString body = r.failures().join(u'\n');
        if (!r.requestIds.isEmpty())
            body += u"\nrequest ids: "_s + r.requestIds.join(u", "_s);
        xml.writeCharacters(xmlSafe(body));
        xml.writeEndElement();
    } else if (r.state == RunState::Error || r.state == RunState::Waiting || r.state == RunState::Running) {
        xml.writeStartElement(u"error"_s);
        xml.writeAttribute(u"message"_s, xmlSafe(r.isFinished() ? r.message : u"did not run to the end"_s));
        xml.writeAttribute(u"type"_s, u"run"_s);
        xml.writeEndElement();
    } else if (r.state == RunState::Skipped) {
        xml.writeStartElement(u"skipped"_s);
        xml.writeAttribute(u"message"_s, xmlSafe(r.message));
        xml.writeEndElement();
    }
    xml.writeTextElement(u"system-out"_s, systemOut(row));
    xml.writeEndElement();
}

struct Counts
{
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    qint64 ms = 0;
    void add(const ScenarioResult &r)
    {
        ++tests;
        failures += r.state == RunState::Failed;
        errors += r.state == RunState::Error || !r.isFinished();
        skipped += r.state == RunState::Skipped;
        ms += r.durationMs;
    }
    void write(QXmlStreamWriter &xml) const
    {
        xml.writeAttribute(u"tests"_s, QString::number(tests));
        xml.writeAttribute(u"failures"_s, QString::number(failures));
        xml.writeAttribute(u"errors"_s, QString::number(errors));
        xml.writeAttribute(u"skipped"_s, QString::number(skipped));
        xml.writeAttribute(u"time"_s, secondsText(ms));
    }
};

} // namespace

QString rerunCommand(const Scenario &scenario)
{
    return u"xident scenarios run %1 --scenario %2"_s.arg(shellQuote(scenario.file), shellQuote(scenario.name));
}

QByteArray junitReport(const Report &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"xident scenarios"_s);
    Counts all;
    for (const Report::Row &row : report.rows)
        all.add(row.result);
    all.write(xml);
    const QString timestamp = report.startedAt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    for (const auto &[key, rows] : bySuite(report)) {
        Counts suite;
        for (const Report::Row *row : rows)
            suite.add(row->result);
        xml.writeStartElement(u"testsuite"_s);
        xml.writeAttribute(u"name"_s, xmlSafe(rows.first()->scenario.suite));
        suite.write(xml);
        xml.writeAttribute(u"timestamp"_s, timestamp);
        xml.writeAttribute(u"file"_s, xmlSafe(rows.first()->scenario.file));
        for (const Report::Row *row : rows)
            writeCase(xml, *row);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Xident::Scenarios
