#include "scenarios/scenarioreader.h"

#include "sandbox/sandbox.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Xident::Scenarios {

namespace {

// Thrown inside the reader only; readText() turns it into a ReadError.
struct Failure
{
    ReadError error;
};

const QStringList ScenarioKeys = {u"name"_s,   u"init"_s,  u"end"_s,         u"faults"_s, u"receiver"_s,
                                  u"shape"_s,  u"api_version"_s, u"expect"_s, u"timeout"_s};
const QStringList InitKeys = {u"callback_url"_s, u"min_age"_s, u"success_url"_s, u"failed_url"_s, u"user_id"_s, u"theme"_s,
                              u"locale"_s, u"metadata"_s, u"liveness_difficulty"_s, u"purpose"_s, u"verification_mode"_s};
const QStringList Statuses = {u"success"_s, u"failed"_s, u"canceled"_s, u"expired"_s, u"claimed"_s};
const QStringList CheckNames = {u"liveness"_s, u"age"_s, u"document"_s, u"face_match"_s, u"eu_wallet"_s, u"aml"_s};
const QStringList CheckStates = {u"passed"_s, u"failed"_s, u"not_performed"_s};

class Reader
{
public:
    explicit Reader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    ScenarioFile read(const YAML::Node &root);

private:
    [[noreturn]] void fail(const YAML::Node &node, const QString &field, const QString &message) const;
    [[noreturn]] void fail(const YAML::Mark &mark, const QString &field, const QString &message) const;
    // The keys of a map, in order; an error for a key not in \a allowed, a repeated key, or a node that is no map.
    QList<QPair<QString, YAML::Node>> entries(const YAML::Node &node, const QString &field, const QStringList &allowed) const;
    QString text(const YAML::Node &node, const QString &field) const;
    qint64 integer(const YAML::Node &node, const QString &field, qint64 min, qint64 max) const;
    double number(const YAML::Node &node, const QString &field, double min, double max) const;
    bool boolean(const YAML::Node &node, const QString &field) const;
    qint64 duration(const YAML::Node &node, const QString &field) const;
    QString oneOf(const YAML::Node &node, const QString &field, const QStringList &choices) const;

    //! Applies one layer (the defaults, a matrix's "with", an axis value, the scenario itself) to \a s: what it
    //! gives replaces what \a s had, key by key for init and expect, whole for the ending, faults and receiver.
    void readScenario(const YAML::Node &node, const QString &field, Scenario &s) const;
    //! What only the whole scenario can tell: errors are placed at \a at.
    void checkScenario(const Scenario &s, const QString &field, const YAML::Mark &at) const;
    void readInit(const YAML::Node &node, const QString &field, InitParams &init) const;
    Ending readEnding(const YAML::Node &node, const QString &field) const;
    Ending outcome(const YAML::Node &node, const QString &field, const QString &value, Ending::Kind kind) const;
    FaultSpec readFaults(const YAML::Node &node, const QString &field) const;
    ReceiverSpec readReceiver(const YAML::Node &node, const QString &field) const;
    void readExpect(const YAML::Node &node, const QString &field, Expectation &e) const;
    void readWebhook(const YAML::Node &node, const QString &field, WebhookExpectation &w) const;
    void expandMatrix(const YAML::Node &group, const QString &field, const YAML::Node &defaults, ScenarioFile &out) const;
    void add(ScenarioFile &out, Scenario s, const YAML::Mark &at, const QString &field) const;

    QString m_file;
    mutable QHash<QString, int> m_names;   // every scenario's name so far, with its line
};

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

void Reader::fail(const YAML::Node &node, const QString &field, const QString &message) const
{
    fail(node.Mark(), field, message);
}

void Reader::fail(const YAML::Mark &mark, const QString &field, const QString &message) const
{
    ReadError e;
    e.file = m_file;
    if (!mark.is_null()) {
        e.line = mark.line + 1;
        e.column = mark.column + 1;
    }
    e.field = field;
    e.message = message;
    throw Failure{e};
}

QList<QPair<QString, YAML::Node>> Reader::entries(const YAML::Node &node, const QString &field,
                                                  const QStringList &allowed) const
{
    QList<QPair<QString, YAML::Node>> out;
    if (node.IsNull())
        return out;
    if (!node.IsMap())
        fail(node, field, u"expected a mapping (key: value lines)"_s);
    QSet<QString> seen;
    for (const auto &kv : node) {
        const QString key = fromStd(kv.first.Scalar());
        const QString where = field.isEmpty() ? key : field + u'.' + key;
        if (!allowed.isEmpty() && !allowed.contains(key))
            fail(kv.first, where, u"unknown key; expected one of %1"_s.arg(allowed.join(u", "_s)));
        if (seen.contains(key))
            fail(kv.first, where, u"given twice"_s);
        seen.insert(key);
        out.append({key, kv.second});
    }
    return out;
}

QString Reader::text(const YAML::Node &node, const QString &field) const
{
    if (node.IsNull())
        return {};
    if (!node.IsScalar())
        fail(node, field, u"expected a single value"_s);
    return fromStd(node.Scalar());
}

qint64 Reader::integer(const YAML::Node &node, const QString &field, qint64 min, qint64 max) const
{
    bool ok = false;
    const qint64 value = text(node, field).toLongLong(&ok);
    if (!ok || value < min || value > max)
        fail(node, field, u"expected a whole number from %1 to %2, got \"%3\""_s.arg(min).arg(max).arg(text(node, field)));
    return value;
}

double Reader::number(const YAML::Node &node, const QString &field, double min, double max) const
{
    bool ok = false;
    const double value = text(node, field).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        fail(node, field, u"expected a number from %1 to %2, got \"%3\""_s.arg(min).arg(max).arg(text(node, field)));
    return value;
}

bool Reader::boolean(const YAML::Node &node, const QString &field) const
{
    const QString value = text(node, field).toLower();
    if (value == "true"_L1 || value == "yes"_L1)
        return true;
    if (value == "false"_L1 || value == "no"_L1)
        return false;
    fail(node, field, u"expected true or false, got \"%1\""_s.arg(text(node, field)));
}

qint64 Reader::duration(const YAML::Node &node, const QString &field) const
{
    // "300ms", "5s", "2m", or a plain number of seconds.
    static const QRegularExpression form(uR"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$)"_s);
    const QString value = text(node, field);
    const QRegularExpressionMatch m = form.match(value);
    const double amount = m.hasMatch() ? m.captured(1).toDouble() : -1;
    const QString unit = m.captured(2);
    const double ms = unit == "ms"_L1 ? amount : unit == "m"_L1 ? amount * 60000 : amount * 1000;
    if (!m.hasMatch() || ms > 3600.0 * 1000)
        fail(node, field, u"expected a duration such as 300ms, 5s or 2m (at most an hour), got \"%1\""_s.arg(value));
    return qint64(ms);
}

QString Reader::oneOf(const YAML::Node &node, const QString &field, const QStringList &choices) const
{
    const QString value = text(node, field);
    if (!choices.contains(value))
        fail(node, field, u"expected one of %1, got \"%2\""_s.arg(choices.join(u", "_s), value));
    return value;
}

ScenarioFile Reader::read(const YAML::Node &root)
{
    ScenarioFile out;
    out.path = m_file;
    out.suite = QFileInfo(m_file).completeBaseName();
    if (root.IsNull() || !root.IsDefined())
        fail(root, {}, u"the file is empty; it needs scenarios or a matrix"_s);
    YAML::Node defaults, scenarios, matrix;
    for (const auto &[key, value] : entries(root, {}, {u"version"_s, u"suite"_s, u"defaults"_s, u"scenarios"_s, u"matrix"_s})) {
        if (key == "version"_L1)
            integer(value, key, 1, 1);
        else if (key == "suite"_L1)
            out.suite = text(value, key);
        else if (key == "defaults"_L1)
            defaults = value;
        else if (key == "scenarios"_L1)
            scenarios = value;
        else
            matrix = value;
    }
    if (defaults.IsDefined()) {
        Scenario check;
        entries(defaults, u"defaults"_s, ScenarioKeys.mid(1));
        readScenario(defaults, u"defaults"_s, check);
    }
    if (scenarios.IsDefined() && !scenarios.IsNull()) {
        if (!scenarios.IsSequence())
            fail(scenarios, u"scenarios"_s, u"expected a list (lines starting with \"- \")"_s);
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            const QString field = u"scenarios[%1]"_s.arg(i);
            const YAML::Node node = scenarios[i];
            entries(node, field, ScenarioKeys);
            if (!node["name"])
                fail(node, field, u"a scenario needs a name"_s);
            Scenario s;
            if (defaults.IsDefined())
                readScenario(defaults, u"defaults"_s, s);
            readScenario(node, field, s);
            checkScenario(s, field, node.Mark());
            add(out, s, node.Mark(), field);
        }
    }
    if (matrix.IsDefined() && !matrix.IsNull()) {
        if (!matrix.IsSequence())
            fail(matrix, u"matrix"_s, u"expected a list of groups (lines starting with \"- \")"_s);
        for (std::size_t i = 0; i < matrix.size(); ++i)
            expandMatrix(matrix[i], u"matrix[%1]"_s.arg(i), defaults, out);
    }
    if (out.scenarios.isEmpty())
        fail(root, {}, u"no scenarios: add a scenarios list or a matrix"_s);
    return out;
}

void Reader::add(ScenarioFile &out, Scenario s, const YAML::Mark &at, const QString &field) const
{
    if (const auto other = m_names.constFind(s.name); other != m_names.cend())
        fail(at, field, u"another scenario (line %1) is named \"%2\"; names must differ"_s.arg(*other).arg(s.name));
    if (out.scenarios.size() >= ScenarioReader::MaxScenarios)
        fail(at, field, u"more than %1 scenarios in one file"_s.arg(ScenarioReader::MaxScenarios));
    s.suite = out.suite;
    s.file = m_file;
    s.line = at.is_null() ? 0 : at.line + 1;
    m_names.insert(s.name, s.line);
    out.scenarios.append(std::move(s));
}

void Reader::readScenario(const YAML::Node &node, const QString &field, Scenario &s) const
{
    bool shapeGiven = false, versionGiven = false;
    YAML::Node versionNode;
    for (const auto &[key, value] : entries(node, field, ScenarioKeys)) {
        const QString where = field + u'.' + key;
        if (key == "name"_L1) {
            s.name = text(value, where).simplified();
            if (s.name.isEmpty())
                fail(value, where, u"a scenario needs a name"_s);
        } else if (key == "init"_L1) {
            readInit(value, where, s.init);
        } else if (key == "end"_L1) {
            s.ending = readEnding(value, where);
        } else if (key == "faults"_L1) {
            s.faults = readFaults(value, where);
        } else if (key == "receiver"_L1) {
            s.receiver = readReceiver(value, where);
        } else if (key == "shape"_L1) {
            s.shape = oneOf(value, where, {u"v1"_s, u"legacy"_s}) == "v1"_L1 ? Shape::V1 : Shape::Legacy;
            shapeGiven = true;
        } else if (key == "api_version"_L1) {
            versionNode = value;
            versionGiven = true;
        } else if (key == "expect"_L1) {
            readExpect(value, where, s.expect);
        } else {
            s.timeoutMs = std::max<qint64>(100, duration(value, where));
        }
    }
    if (versionGiven) {
        const QString where = field + u".api_version"_s;
        s.apiVersion = text(versionNode, where);
        static const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (!date.match(s.apiVersion).hasMatch())
            fail(versionNode, where, u"expected a date such as 2026-08-13, got \"%1\""_s.arg(s.apiVersion));
        const Shape implied = s.apiVersion < QLatin1StringView(Sandbox::Server::V1ContractVersion) ? Shape::Legacy : Shape::V1;
        if (shapeGiven && implied != s.shape)
            fail(versionNode, where, u"API version %1 answers in the %2 shape, but shape says otherwise"_s
                                         .arg(s.apiVersion, implied == Shape::V1 ? u"v1"_s : u"legacy"_s));
        s.shape = implied;
    } else if (shapeGiven) {
        s.apiVersion.clear();   // an earlier layer's version would contradict the shape given here
    }
}

void Reader::checkScenario(const Scenario &s, const QString &field, const YAML::Mark &at) const
{
    if (s.ending.kind == Ending::Kind::Magic && !s.init.userId.isEmpty() && !s.init.metadata.isEmpty())
        fail(at, field, u"a magic ending goes into user_id or metadata, and init sets both"_s);
    if (s.ending.kind == Ending::Kind::None && s.expect.status.isEmpty() && !s.name.isEmpty())
        fail(at, field + u".expect.status"_s, u"a session that ends by itself (end: none) needs an expected status"_s);
}

void Reader::readInit(const YAML::Node &node, const QString &field, InitParams &init) const
{
    for (const auto &[key, value] : entries(node, field, InitKeys)) {
        const QString where = field + u'.' + key;
        if (key == "min_age"_L1) {
            init.minAge = int(integer(value, where, 0, 99));
            continue;
        }
        const QString v = text(value, where);
        if (key == "callback_url"_L1)
            init.callbackUrl = v;
        else if (key == "success_url"_L1)
            init.successUrl = v;
        else if (key == "failed_url"_L1)
            init.failedUrl = v;
        else if (key == "user_id"_L1)
            init.userId = v;
        else if (key == "theme"_L1)
            init.theme = v;
        else if (key == "locale"_L1)
            init.locale = v;
        else if (key == "metadata"_L1)
            init.metadata = v;
        else if (key == "liveness_difficulty"_L1)
            init.livenessDifficulty = v;
        else if (key == "purpose"_L1)
            init.purpose = v;
        else
            init.verificationMode = v;
    }
}

Ending Reader::outcome(const YAML::Node &node, const QString &field, const QString &value, Ending::Kind kind) const
{
    Ending e;
    e.kind = kind;
    e.outcome = value.section(u':', 0, 0);
    e.detail = value.section(u':', 1);
    const QString problem = Sandbox::Server::outcomeProblem(e.outcome, e.detail);
    if (!problem.isEmpty())
        fail(node, field, u"\"%1\": %2"_s.arg(value, problem));
    if (kind == Ending::Kind::Widget && e.outcome == "expire"_L1)
        fail(node, field, u"the widget has no expire button; use end: expire or end: {admin: expire}"_s);
    return e;
}

Ending Reader::readEnding(const YAML::Node &node, const QString &field) const
{
    if (node.IsScalar()) {
        const QString value = text(node, field);
        if (value == "none"_L1)
            return {};
        return outcome(node, field, value, Ending::Kind::Magic);
    }
    const auto items = entries(node, field, {u"magic"_s, u"widget"_s, u"admin"_s, u"method"_s, u"reason"_s});
    Ending e;
    QString how, detail;
    YAML::Node howNode;
    for (const auto &[key, value] : items) {
        if (key == "method"_L1 || key == "reason"_L1) {
            detail = text(value, field + u'.' + key);
            continue;
        }
        if (!how.isEmpty())
            fail(value, field + u'.' + key, u"an ending is one of magic, widget or admin"_s);
        how = key;
        howNode = value;
    }
    if (how.isEmpty())
        fail(node, field, u"expected none, an outcome (pass, fail:face_mismatch, cancel, expire), or magic:, widget: or admin:"_s);
    QString value = text(howNode, field + u'.' + how);
    if (!detail.isEmpty() && !value.contains(u':'))
        value += u':' + detail;
    const Ending::Kind kind = how == "magic"_L1 ? Ending::Kind::Magic : how == "widget"_L1 ? Ending::Kind::Widget : Ending::Kind::Admin;
    return outcome(howNode, field + u'.' + how, value, kind);
}

FaultSpec Reader::readFaults(const YAML::Node &node, const QString &field) const
{
    FaultSpec f;
    const auto items = entries(node, field, {u"latency"_s, u"error_rate"_s, u"script"_s, u"rate_limit"_s, u"retry_after"_s,
                                             u"body"_s, u"body_count"_s});
    for (const auto &[key, value] : items) {
        const QString where = field + u'.' + key;
        if (key == "latency"_L1) {
            f.latencyMs = int(std::min<qint64>(duration(value, where), 120000));
        } else if (key == "error_rate"_L1) {
            f.errorRate = number(value, where, 0, 1);
        } else if (key == "script"_L1) {
            if (!value.IsSequence())
                fail(value, where, u"expected a list of HTTP statuses, e.g. [503, 503, 200]"_s);
            for (std::size_t i = 0; i < value.size(); ++i)
                f.script.append(int(integer(value[i], u"%1[%2]"_s.arg(where).arg(i), 100, 599)));
            if (f.script.size() > 1000)
                fail(value, where, u"at most 1000 statuses"_s);
        } else if (key == "rate_limit"_L1) {
            f.rateLimitPerMinute = int(integer(value, where, 1, 1000000));
        } else if (key == "retry_after"_L1) {
            f.retryAfter = int(duration(value, where) / 1000);
        } else if (key == "body"_L1) {
            f.body = oneOf(value, where, {u"non_json"_s, u"html_502"_s, u"drop"_s});
            f.bodyCount = std::max(f.bodyCount, 1);
        } else {
            f.bodyCount = int(integer(value, where, 1, 1000000));
        }
    }
    if (f.bodyCount > 0 && f.body.isEmpty())
        fail(node, field + u".body_count"_s, u"counts the malformed bodies; say which with body:"_s);
    return f;
}

ReceiverSpec Reader::readReceiver(const YAML::Node &node, const QString &field) const
{
    ReceiverSpec r;
    for (const auto &[key, value] : entries(node, field, {u"status"_s, u"delay"_s, u"close"_s, u"times"_s})) {
        const QString where = field + u'.' + key;
        if (key == "status"_L1)
            r.status = int(integer(value, where, 200, 599));
        else if (key == "delay"_L1)
            r.delayMs = int(std::min<qint64>(duration(value, where), 60000));
        else if (key == "close"_L1)
            r.close = boolean(value, where);
        else
            r.times = int(integer(value, where, 1, 100));
    }
    return r;
}

void Reader::readExpect(const YAML::Node &node, const QString &field, Expectation &e) const
{
    const auto items = entries(node, field, {u"status"_s, u"reason"_s, u"method"_s, u"checks"_s, u"age_bracket"_s,
                                             u"webhook"_s, u"max_duration"_s});
    for (const auto &[key, value] : items) {
        const QString where = field + u'.' + key;
        if (key == "status"_L1) {
            e.status = oneOf(value, where, Statuses);
        } else if (key == "reason"_L1) {
            const QString reason = text(value, where);
            e.reason = reason == "none"_L1 ? QString() : reason;
        } else if (key == "method"_L1) {
            e.method = text(value, where);
        } else if (key == "checks"_L1) {
            e.checks.clear();
            for (const auto &[name, state] : entries(value, where, CheckNames))
                e.checks.append({name, oneOf(state, where + u'.' + name, CheckStates)});
        } else if (key == "age_bracket"_L1) {
            e.ageBracket = text(value, where) == "none"_L1 ? 0 : int(integer(value, where, 1, 99));
        } else if (key == "webhook"_L1) {
            readWebhook(value, where, e.webhook);
        } else {
            e.maxDurationMs = duration(value, where);
        }
    }
}

void Reader::readWebhook(const YAML::Node &node, const QString &field, WebhookExpectation &w) const
{
    if (node.IsScalar()) {
        w.wanted = boolean(node, field);
        return;
    }
    const auto items = entries(node, field, {u"within"_s, u"type"_s, u"signature"_s, u"matches_result"_s, u"deliveries"_s});
    w.wanted = true;
    for (const auto &[key, value] : items) {
        const QString where = field + u'.' + key;
        if (key == "within"_L1)
            w.withinMs = duration(value, where);
        else if (key == "type"_L1)
            w.type = text(value, where);
        else if (key == "signature"_L1)
            w.validSignature = oneOf(value, where, {u"valid"_s, u"any"_s}) == "valid"_L1;
        else if (key == "matches_result"_L1)
            w.matchesResult = boolean(value, where);
        else
            w.deliveries = int(integer(value, where, 1, 100));
    }
}

void Reader::expandMatrix(const YAML::Node &group, const QString &field, const YAML::Node &defaults, ScenarioFile &out) const
{
    QString prefix;
    YAML::Node base, axesNode;
    for (const auto &[key, value] : entries(group, field, {u"name"_s, u"with"_s, u"axes"_s})) {
        if (key == "name"_L1)
            prefix = text(value, field + u".name"_s);
        else if (key == "with"_L1)
            base = value;
        else
            axesNode = value;
    }
    if (base.IsDefined())
        entries(base, field + u".with"_s, ScenarioKeys.mid(1));
    // Each axis: its values, each a name and the part of a scenario it sets.
    QList<QList<QPair<QString, YAML::Node>>> axes;
    QStringList axisFields;
    for (const auto &[axis, values] : entries(axesNode, field + u".axes"_s, {})) {
        const QString where = field + u".axes."_s + axis;
        axisFields.append(where);
        QList<QPair<QString, YAML::Node>> choices;
        if (values.IsSequence()) {
            // A list of plain values sets the key the axis is named after (outcome stands for end).
            const QString target = axis == "outcome"_L1 ? u"end"_s : axis;
            if (!ScenarioKeys.mid(1).contains(target) || target == "init"_L1 || target == "expect"_L1)
                fail(values, where, u"a list of values needs an axis named after what it sets (outcome, end, shape, "
                                    "api_version, timeout); otherwise give each value a name and what it sets"_s);
            for (std::size_t i = 0; i < values.size(); ++i) {
                YAML::Node part(YAML::NodeType::Map);
                part.force_insert(target.toStdString(), values[i]);
                choices.append({text(values[i], u"%1[%2]"_s.arg(where).arg(i)), part});
            }
        } else {
            for (const auto &[name, part] : entries(values, where, {})) {
                entries(part, where + u'.' + name, ScenarioKeys.mid(1));
                choices.append({name, part});
            }
        }
        if (choices.isEmpty())
            fail(values, where, u"an axis needs at least one value"_s);
        axes.append(choices);
    }
    if (axes.isEmpty())
        fail(group, field + u".axes"_s, u"a matrix needs axes"_s);
    qint64 combinations = 1;
    for (const auto &axis : std::as_const(axes))
        combinations = std::min<qint64>(combinations * axis.size(), qint64(ScenarioReader::MaxScenarios) + 1);
    if (combinations + out.scenarios.size() > ScenarioReader::MaxScenarios)
        fail(group, field + u".axes"_s, u"expands to %1 scenarios; a file holds at most %2"_s
                                            .arg(combinations > ScenarioReader::MaxScenarios ? u"more than %1"_s.arg(ScenarioReader::MaxScenarios)
                                                                                            : QString::number(combinations))
                                            .arg(ScenarioReader::MaxScenarios));
    QList<int> at(axes.size(), 0);
    for (;;) {
        Scenario s;
        if (defaults.IsDefined())
            readScenario(defaults, u"defaults"_s, s);
        if (base.IsDefined())
            readScenario(base, field + u".with"_s, s);
        QStringList names;
        for (int a = 0; a < axes.size(); ++a) {
            readScenario(axes[a][at[a]].second, axisFields[a] + u'.' + axes[a][at[a]].first, s);
            names.append(axes[a][at[a]].first);
        }
        s.name = (prefix.isEmpty() ? QString() : prefix + u": "_s) + names.join(u", "_s);
        checkScenario(s, field, group.Mark());
        add(out, s, group.Mark(), field);
        int a = int(axes.size()) - 1;
        while (a >= 0 && ++at[a] == axes[a].size())
            at[a--] = 0;
        if (a < 0)
            break;
    }
}

std::optional<ScenarioFile> ScenarioReader::readText(const QByteArray &text, const QString &fileName, ReadError *error)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return Reader(fileName).read(root);
    } catch (const Failure &failure) {
        *error = failure.error;
    } catch (const YAML::DeepRecursion &e) {
        *error = ReadError{fileName, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1, {},
                           u"nested too deeply to be a scenario file"_s};
    } catch (const YAML::Exception &e) {
        *error = ReadError{fileName, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
                           {}, u"not valid YAML: "_s + QString::fromStdString(e.msg)};
    }
    return std::nullopt;
}

std::optional<ScenarioFile> ScenarioReader::readFile(const QString &path, ReadError *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = ReadError{path, 0, 0, {}, QFileInfo::exists(path) ? u"not a file"_s : u"no such file"_s};
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *error = ReadError{path, 0, 0, {}, u"larger than %1 MB"_s.arg(MaxFileBytes / (1024 * 1024))};
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{path, 0, 0, {}, file.errorString()};
        return std::nullopt;
    }
    return readText(file.read(MaxFileBytes + 1), path, error);
}

} // namespace Xident::Scenarios
