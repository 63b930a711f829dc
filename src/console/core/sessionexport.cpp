#include "console/core/sessionexport.h"

#include <XidentQt/sessionresult.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

struct Fields
{
    QString age, method, reason;
    QJsonObject result;
};

Fields fieldsOf(const TrackedSession &s, bool personal)
{
    Fields f;
    QJsonObject data = QJsonDocument::fromJson(s.resultJson).object();
    if (!data.isEmpty()) {
        const SessionResult r = SessionResult::fromJson(data);
        if (const auto age = r.ageBracket())
            f.age = QString::number(*age);
        f.method = r.method();
        f.reason = r.reason();
        if (!personal)
            data.remove("external_user_id"_L1);
        f.result = data;
    }
    return f;
}

bool startsLikeAFormula(QStringView v)
{
    for (const QChar c : v) {
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return true;
        // Spreadsheets skip leading white space before they look for a formula.
        if (!c.isSpace())
            return false;
    }
    return false;
}

QString csvField(const QString &value)
{
    // Quote everything that could break a row, and neutralise formulas for spreadsheet programs (OWASP's
    // CSV injection advice): a cell that starts with = + - @, TAB or CR, also after leading white space.
    QString v = value;
    if (startsLikeAFormula(v))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u'\t'))
        return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray exportSessions(const QList<TrackedSession> &sessions, ExportFormat format, bool includePersonalData,
                          const QHash<QString, QString> &profileNames)
{
    if (format == ExportFormat::Json) {
        QJsonArray rows;
        for (const TrackedSession &s : sessions) {
            const Fields f = fieldsOf(s, includePersonalData);
            QJsonObject o{{"token"_L1, s.token},
                          {"profile"_L1, profileNames.value(s.profileId, s.profileId)},
                          {"status"_L1, s.status},
                          {"added_at"_L1, iso(s.addedAt)},
                          {"last_polled_at"_L1, iso(s.lastPolledAt)},
                          {"last_request_id"_L1, s.lastRequestId},
                          {"age_bracket"_L1, f.age},
                          {"method"_L1, f.method},
                          {"reason"_L1, f.reason},
                          {"other_tokens"_L1, QJsonArray::fromStringList(s.aliases)},
                          {"ticket"_L1, s.ticket},
                          {"note"_L1, s.note}};
            if (includePersonalData)
                o.insert("user_id"_L1, s.userId);
            if (!f.result.isEmpty())
                o.insert("result"_L1, f.result);
            rows.append(o);
        }
        return QJsonDocument(rows).toJson(QJsonDocument::Indented);
    }
    QStringList header{u"token"_s, u"profile"_s, u"status"_s, u"added_at"_s, u"last_polled_at"_s,
                       u"last_request_id"_s, u"age_bracket"_s, u"method"_s, u"reason"_s, u"other_tokens"_s,
                       u"ticket"_s, u"note"_s};
    if (includePersonalData)
        header.append(u"user_id"_s);
    QString out = header.join(u',') + u"\r\n"_s;
    for (const TrackedSession &s : sessions) {
        const Fields f = fieldsOf(s, includePersonalData);
        QStringList row{s.token, profileNames.value(s.profileId, s.profileId), s.status, iso(s.addedAt),
                        iso(s.lastPolledAt), s.lastRequestId, f.age, f.method, f.reason, s.aliases.join(u' '),
                        s.ticket, s.note};
        if (includePersonalData)
            row.append(s.userId);
        for (QString &v : row)
            v = csvField(v);
        out += row.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace Xident::Console
