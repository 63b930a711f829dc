// The evidence file's page: no script and no request of its own (its policy forbids both), every value escaped.
#include "text/evidencepage.h"

#include "text/verdicttext.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Xident::Text {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u"'"_s, u"&#39;"_s);
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : QString();
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString out = u"<tr>"_s;
    for (const QString &c : cells)
        out += u"<%1>%2</%1>"_s.arg(QLatin1StringView(tag), esc(c));
    return out + u"</tr>\n"_s;
}

constexpr auto Style =
    "body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#1f1f1f}"
    "h1{font-size:22px;margin:0 0 4px}h2{font-size:26px;margin:8px 0 4px}h3{font-size:16px;margin:18px 0 6px}"
    ".meta{color:#5f6368;font-size:13px}.session{border-top:3px solid #dadce0;margin-top:24px;padding-top:8px}"
    ".good{color:#137333}.bad{color:#a50e0e}.neutral{color:#3c4043}"
    ".reply{background:#f1f3f4;padding:8px 10px;border-radius:4px}"
    "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #dadce0;padding:4px 6px;"
    "text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}th{background:#f8f9fa}"
    "table.facts th{width:28%}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f8f9fa;padding:8px;"
    "font-size:12px}.unfilled{color:#5f6368;font-style:italic}"
    "@media (prefers-color-scheme:dark){body{background:#202124;color:#e8eaed}th{background:#303134}"
    ".reply,pre{background:#303134}.good{color:#81c995}.bad{color:#f28b82}.neutral{color:#e8eaed}}";

} // namespace

EvidencePage::EvidencePage(const Evidence &evidence)
    : m_evidence(evidence)
    , m_book(evidence.language)
{
}

QString EvidencePage::say(const char *source) const
{
    return m_book.say("Xident::Text::EvidencePage", source);
}

QByteArray EvidencePage::html(const QByteArray &json) const
{
    QString tickets;
    for (const Evidence::Session &s : m_evidence.sessions) {
        if (!s.ticket.isEmpty() && !tickets.contains(s.ticket))
            tickets += (tickets.isEmpty() ? QString() : u", "_s) + s.ticket;
    }
    const QString title = tickets.isEmpty() ? say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Verification evidence"))
                                            : say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Verification evidence for %1")).arg(tickets);
    QString page = u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n"
                   "<style>%3</style></head>\n<body>\n<header><h1>%2</h1>\n"_s.arg(esc(m_book.language()), esc(title), QLatin1StringView(Style));
    page += u"<p class=\"meta\">%1</p></header>\n"_s.arg(
        esc(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Exported %1 by Xident Console %2 (Xident-Qt %3, Qt %4); evidence format %5."))
                .arg(utc(m_evidence.exportedAt), m_evidence.consoleVersion, m_evidence.libraryVersion, m_evidence.qtVersion,
                     QString::number(Evidence::FormatVersion))));
    for (const Evidence::Session &s : m_evidence.sessions)
        page += session(s);
    QByteArray out = page.toUtf8();
    out += "<script type=\"application/json\" id=\"xident-evidence\">" + json + "</script>\n</body></html>\n";
    return out;
}

QString EvidencePage::session(const Evidence::Session &s) const
{
    const VerdictWords words = verdictWords(s.status, s.ageBracket, s.method, s.reason, &m_book);
    const bool good = s.status == "success"_L1 || s.status == "completed"_L1 || s.status == "claimed"_L1;
    const QString tone = good ? u"good"_s : (s.status == "failed"_L1 ? u"bad"_s : u"neutral"_s);
    QString out = u"<section class=\"session\">\n<h2 class=\"%1\">%2</h2>\n<p>%3</p>\n"_s.arg(tone, esc(words.headline), esc(words.detail));
    if (!words.reply.isEmpty())
        out += u"<p class=\"reply\"><strong>%1</strong> %2</p>\n"_s.arg(
            esc(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Reply to the customer:"))), esc(words.reply));
    out += facts(s) + checks(s) + timeline(s) + webhooks(s) + exchanges(s);
    if (!s.result.isEmpty())
        out += u"<h3>%1</h3>\n<pre>%2</pre>\n"_s.arg(esc(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "The result as the server sent it"))),
                                                    esc(QString::fromUtf8(QJsonDocument(s.result).toJson(QJsonDocument::Indented))));
    return out + u"</section>\n"_s;
}

QString EvidencePage::facts(const Evidence::Session &s) const
{
    QString rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(esc(label), esc(value));
    };
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Session token")), s.token);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Also known as")), s.otherTokens.join(u", "_s));
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Status")), s.status);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Failure reason")), s.reason);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Method")), s.method);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Profile")),
        s.host.isEmpty() || s.profileName.isEmpty() ? s.profileName + s.host : u"%1 (%2)"_s.arg(s.profileName, s.host));
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Created")), s.createdAt);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Completed")), s.completedAt);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "User id")), s.userId);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Ticket")), s.ticket);
    add(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Note")), s.note);
    return u"<table class=\"facts\">\n%1</table>\n"_s.arg(rows);
}

QString EvidencePage::checks(const Evidence::Session &s) const
{
    QString out = u"<h3>%1</h3>\n"_s.arg(esc(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Checks"))));
    if (s.checks.isEmpty() || s.status.isEmpty() || s.status == "not_found"_L1)
        return out + u"<p class=\"unfilled\">%1</p>\n"_s.arg(esc(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "No checks reported."))));
    out += u"<table>\n"_s + row({say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Check")),
                                 say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Performed")),
                                 say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Passed"))}, "th");
    const QString yes = say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "yes"));
    const QString no = say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "no"));
    for (const Evidence::Check &c : s.checks)
        out += row({checkLabel(c.name, &m_book), c.performed ? yes : no,
                    c.performed && c.passed ? (*c.passed ? yes : no) : u"—"_s});   // a check not made did not fail
    return out + u"</table>\n"_s;
}

QString EvidencePage::table(const char *title, const QStringList &headers, const QList<QStringList> &rows,
                            const Evidence::Session &s, const QString &section) const
{
    const QString heading = u"<h3>%1</h3>\n"_s.arg(esc(say(title)));
    if (rows.isEmpty())
        return heading + unfilled(s, section);
    QString out = heading + u"<table>\n"_s + row(headers, "th");
    for (const QStringList &cells : rows)
        out += row(cells);
    return out + u"</table>\n"_s;
}

QString EvidencePage::timeline(const Evidence::Session &s) const
{
    QList<QStringList> rows;
    for (const Evidence::Change &c : s.timeline)
        rows.append({utc(c.at), c.from, c.to, c.event.isEmpty() ? c.requestId : u"%1 (%2)"_s.arg(c.requestId, c.event)});
    return table(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Timeline"),
                 {say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Time")), say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "From")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "To")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Request id or event"))},
                 rows, s, u"timeline"_s);
}

QString EvidencePage::webhooks(const Evidence::Session &s) const
{
    QList<QStringList> rows;
    for (const Evidence::Webhook &w : s.webhooks)
        rows.append({utc(w.receivedAt), u"%1 %2"_s.arg(w.eventType, w.eventId), w.verdict, QString::fromUtf8(w.body)});
    return table(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Webhooks received"),
                 {say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Received")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Event")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Verdict")), say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Body"))},
                 rows, s, u"webhooks"_s);
}

QString EvidencePage::exchanges(const Evidence::Session &s) const
{
    QList<QStringList> rows;
    for (const Evidence::Exchange &x : s.exchanges) {
        const QString answer = x.status > 0 ? QString::number(x.status) : x.error;
        rows.append({utc(x.at), u"%1 %2 (#%3, %4 ms)"_s.arg(x.method, x.url, QString::number(x.attempt), QString::number(x.durationMs)),
                     x.status > 0 && !x.error.isEmpty() ? u"%1 %2"_s.arg(answer, x.error) : answer, x.requestId});
    }
    return table(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Requests"),
                 {say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Time")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Request")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Answer")),
                  say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "Request id"))},
                 rows, s, u"exchanges"_s);
}

QString EvidencePage::unfilled(const Evidence::Session &s, const QString &section) const
{
    for (const auto &u : s.unfilled) {
        if (u.first == section)   // a Gap sentence in the page's language; other words as they are
            return u"<p class=\"unfilled\">%1</p>\n"_s.arg(esc(m_book.say("Xident::Text::EvidencePage", u.second.toUtf8().constData())));
    }
    return u"<p class=\"unfilled\">%1</p>\n"_s.arg(esc(say(QT_TRANSLATE_NOOP("Xident::Text::EvidencePage", "None."))));
}

} // namespace Xident::Text
