// The evidence's data: to and from the JSON embedded in the file, redacted on the way in.
#include "text/evidence.h"

#include "text/evidencepage.h"

#include <XidentQt/sessionresult.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace Xident::Text {

namespace {

constexpr auto FormatName = "xident-evidence";

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QJsonObject sessionToJson(const Evidence::Session &s)
{
    QJsonArray checks, timeline, webhooks, exchanges, unfilled;
    for (const auto &c : s.checks) {
        QJsonObject o{{"name"_L1, c.name}, {"performed"_L1, c.performed}};
        o.insert("passed"_L1, c.passed ? QJsonValue(*c.passed) : QJsonValue());
        checks.append(o);
    }
    for (const auto &c : s.timeline)
        timeline.append(QJsonObject{{"at"_L1, iso(c.at)}, {"from"_L1, c.from}, {"to"_L1, c.to},
                                    {"request_id"_L1, c.requestId}, {"event"_L1, c.event}});
    for (const auto &w : s.webhooks)
        webhooks.append(QJsonObject{{"received_at"_L1, iso(w.receivedAt)}, {"event_type"_L1, w.eventType},
                                    {"event_id"_L1, w.eventId}, {"verdict"_L1, w.verdict},
                                    {"body"_L1, QString::fromUtf8(w.body)}});
    for (const auto &x : s.exchanges)
        exchanges.append(QJsonObject{{"at"_L1, iso(x.at)}, {"method"_L1, x.method}, {"url"_L1, x.url},
                                     {"status"_L1, x.status}, {"request_id"_L1, x.requestId}, {"attempt"_L1, x.attempt},
                                     {"duration_ms"_L1, x.durationMs}, {"error"_L1, x.error}});
    for (const auto &u : s.unfilled)
        unfilled.append(QJsonObject{{"section"_L1, u.first}, {"why"_L1, u.second}});
    QJsonObject o{{"token"_L1, s.token}, {"other_tokens"_L1, strings(s.otherTokens)}, {"status"_L1, s.status},
                  {"method"_L1, s.method}, {"reason"_L1, s.reason}, {"checks"_L1, checks}, {"user_id"_L1, s.userId},
                  {"ticket"_L1, s.ticket}, {"note"_L1, s.note}, {"profile"_L1, s.profileName}, {"host"_L1, s.host},
                  {"created_at"_L1, s.createdAt}, {"completed_at"_L1, s.completedAt}, {"timeline"_L1, timeline},
                  {"webhooks"_L1, webhooks}, {"exchanges"_L1, exchanges}, {"result"_L1, s.result},
                  {"unfilled"_L1, unfilled}};
    o.insert("age_bracket"_L1, s.ageBracket ? QJsonValue(*s.ageBracket) : QJsonValue());
    return o;
}

Evidence::Session sessionFromJson(const QJsonObject &o)
{
    Evidence::Session s;
    s.token = o.value("token"_L1).toString();
    s.otherTokens = stringsOf(o.value("other_tokens"_L1));
    s.status = o.value("status"_L1).toString();
    if (o.value("age_bracket"_L1).isDouble())
        s.ageBracket = o.value("age_bracket"_L1).toInt();
    s.method = o.value("method"_L1).toString();
    s.reason = o.value("reason"_L1).toString();
    for (const QJsonValue &v : o.value("checks"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        s.checks.append({c.value("name"_L1).toString(), c.value("performed"_L1).toBool(),
                         c.value("passed"_L1).isBool() ? std::optional<bool>(c.value("passed"_L1).toBool()) : std::nullopt});
    }
    s.userId = o.value("user_id"_L1).toString();
    s.ticket = o.value("ticket"_L1).toString();
    s.note = o.value("note"_L1).toString();
    s.profileName = o.value("profile"_L1).toString();
    s.host = o.value("host"_L1).toString();
    s.createdAt = o.value("created_at"_L1).toString();
    s.completedAt = o.value("completed_at"_L1).toString();
    for (const QJsonValue &v : o.value("timeline"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        s.timeline.append({timeOf(c.value("at"_L1)), c.value("from"_L1).toString(), c.value("to"_L1).toString(),
                           c.value("request_id"_L1).toString(), c.value("event"_L1).toString()});
    }
    for (const QJsonValue &v : o.value("webhooks"_L1).toArray()) {
        const QJsonObject w = v.toObject();
        s.webhooks.append({timeOf(w.value("received_at"_L1)), w.value("event_type"_L1).toString(),
                           w.value("event_id"_L1).toString(), w.value("verdict"_L1).toString(),
                           w.value("body"_L1).toString().toUtf8()});
    }
    for (const QJsonValue &v : o.value("exchanges"_L1).toArray()) {
        const QJsonObject x = v.toObject();
        s.exchanges.append({timeOf(x.value("at"_L1)), x.value("method"_L1).toString(), x.value("url"_L1).toString(),
                            x.value("request_id"_L1).toString(), x.value("error"_L1).toString(),
                            x.value("status"_L1).toInt(), x.value("attempt"_L1).toInt(1),
                            qint64(x.value("duration_ms"_L1).toDouble())});
    }
    s.result = o.value("result"_L1).toObject();
    for (const QJsonValue &v : o.value("unfilled"_L1).toArray())
        s.unfilled.append({v.toObject().value("section"_L1).toString(), v.toObject().value("why"_L1).toString()});
    return s;
}

// Every text that goes in passes the caller's redaction: values of the result included.
QJsonValue redacted(const QJsonValue &value, const std::function<QString(const QString &)> &redact)
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redacted(v, redact));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(redact(it.key()), redacted(it.value(), redact));
        return out;
    }
    return value;
}

} // namespace

Evidence::Session evidenceFromResult(const QString &token, const QString &status, const QByteArray &resultJson,
                                     bool includeUserId, bool includeRaw)
{
    Evidence::Session part;
    const QJsonObject raw = QJsonDocument::fromJson(resultJson).object();
    const SessionResult result = SessionResult::fromJson(raw);
    part.token = token;
    if (!result.token().isEmpty() && result.token() != token)
        part.otherTokens.append(result.token());
    part.status = status;
    part.ageBracket = result.ageBracket();
    part.method = result.method();
    part.reason = result.reason();
    if (!raw.isEmpty()) {   // no result, no checks (not a list of them all "not performed")
        for (const CheckResult &c : result.checks())
            part.checks.append({c.name, c.performed, c.passed});
    }
    if (includeUserId)
        part.userId = result.externalUserId();
    part.createdAt = result.createdAt();
    part.completedAt = result.completedAt();
    if (includeRaw) {
        QJsonObject shown = raw;
        if (!includeUserId)
            shown.remove("external_user_id"_L1);
        part.result = shown;
    }
    return part;
}

QJsonObject evidenceToJson(const Evidence &evidence)
{
    QJsonArray sessions;
    for (const Evidence::Session &s : evidence.sessions)
        sessions.append(sessionToJson(s));
    return {{"format"_L1, QString::fromLatin1(FormatName)}, {"version"_L1, Evidence::FormatVersion},
            {"language"_L1, evidence.language}, {"exported_at"_L1, iso(evidence.exportedAt)},
            {"versions"_L1, QJsonObject{{"console"_L1, evidence.consoleVersion}, {"library"_L1, evidence.libraryVersion},
                                        {"qt"_L1, evidence.qtVersion}}},
            {"sessions"_L1, sessions}};
}

Evidence redactedEvidence(const Evidence &evidence, const std::function<QString(const QString &)> &redact)
{
    if (!redact)
        return evidence;
    Evidence out = evidence;
    out.sessions.clear();
    for (const Evidence::Session &s : evidence.sessions)
        out.sessions.append(sessionFromJson(redacted(sessionToJson(s), redact).toObject()));
    return out;
}

QByteArray embeddedJson(const QJsonObject &data)
{
    // Nothing in a value can end the element or start markup: <, > and & and the two line separators JavaScript
    // once treated as line ends are written as escapes, which JSON reads back as the same characters.
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    json.replace("\xe2\x80\xa8", "\\u2028").replace("\xe2\x80\xa9", "\\u2029");
    return json;
}

QByteArray evidenceHtml(const Evidence &evidence, const std::function<QString(const QString &)> &redact)
{
    const Evidence safe = redactedEvidence(evidence, redact);
    return EvidencePage(safe).html(embeddedJson(evidenceToJson(safe)));
}

std::optional<Evidence> readEvidence(const QByteArray &file, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (file.size() > Evidence::MaxFileBytes)
        return fail(EvidencePage::tr("The file is larger than %1 MB, the most an evidence file can be.")
                        .arg(Evidence::MaxFileBytes / (1024 * 1024)));
    const QByteArray open = "<script type=\"application/json\" id=\"xident-evidence\">";
    const qsizetype start = file.indexOf(open);
    const qsizetype end = start < 0 ? -1 : file.indexOf("</script>", start);
    if (start < 0 || end < 0)
        return fail(EvidencePage::tr("This is not an evidence file of Xident Console: it holds no evidence data."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.mid(start + open.size(), end - start - open.size()), &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || o.value("format"_L1).toString() != QLatin1StringView(FormatName))
        return fail(EvidencePage::tr("The evidence data in this file is damaged: %1.").arg(error.errorString()));
    const int version = o.value("version"_L1).toInt();
    if (version < 1 || version > Evidence::FormatVersion)
        return fail(EvidencePage::tr("This evidence file has format version %1; this program reads version %2. Open it "
                                     "with a newer Xident Console.").arg(version).arg(Evidence::FormatVersion));
    Evidence e;
    e.language = o.value("language"_L1).toString();
    e.exportedAt = timeOf(o.value("exported_at"_L1));
    const QJsonObject versions = o.value("versions"_L1).toObject();
    e.consoleVersion = versions.value("console"_L1).toString();
    e.libraryVersion = versions.value("library"_L1).toString();
    e.qtVersion = versions.value("qt"_L1).toString();
    for (const QJsonValue &v : o.value("sessions"_L1).toArray())
        e.sessions.append(sessionFromJson(v.toObject()));
    return e;
}

QString evidenceFileName(const Evidence &evidence)
{
    // Letters, digits, - and _ only: a ticket reference is free text.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]+"_s);
    QString name;
    for (const Evidence::Session &s : evidence.sessions) {
        if (!s.ticket.isEmpty()) {
            name = QString(s.ticket).replace(unsafe, u"-"_s).left(40);
            break;
        }
    }
    name.remove(QRegularExpression(u"^-+|-+$"_s));
    if (name.isEmpty() && !evidence.sessions.isEmpty())
        name = evidence.sessions.first().token.left(12);
    const QString date = evidence.exportedAt.toUTC().date().toString(Qt::ISODate);
    return u"evidence-%1%2.html"_s.arg(name.isEmpty() ? QString() : name + u'-', date);
}

} // namespace Xident::Text
