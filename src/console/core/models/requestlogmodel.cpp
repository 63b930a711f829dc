#include "console/core/models/requestlogmodel.h"

#include "console/core/plaintext.h"

#include <XidentQt/error.h>
#include <XidentQt/redaction.h>
#include "console/core/profile.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QUrlQuery>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// The library redacts the key; the values of other credential-like headers are the console's to hide.
QList<QPair<QByteArray, QByteArray>> hideCredentials(QList<QPair<QByteArray, QByteArray>> headers)
{
    for (auto &h : headers) {
        if (Profile::isSensitiveHeader(h.first) && h.first.compare("x-api-key", Qt::CaseInsensitive) != 0)
            h.second = RedactionMarker.toUtf8();
    }
    return headers;
}

// The library cuts logged bodies at Exchange::BodyLogLimit after taking out its own key only: another secret
// that straddled the cut leaves its start at the very end, too short for a fragment match. Such an end goes.
QByteArray withoutCutSecret(QByteArray body, const Redactor &r)
{
    if (body.size() < Exchange::BodyLogLimit - 4)
        return body;   // not cut
    const QByteArray secret = r.secret().toUtf8();
    const qsizetype underscore = secret.lastIndexOf('_');
    const QByteArray part = underscore > 0 && underscore < 12 ? secret.mid(underscore + 1) : secret;
    for (const QByteArray &whole : {secret, part}) {
        for (qsizetype n = std::min(whole.size() - 1, body.size()); n >= 4; --n) {
            if (body.endsWith(whole.left(n))) {
                body.chop(n);
                body += RedactionMarker.toUtf8();
                return body;
            }
        }
    }
    return body;
}

QJsonArray harHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonObject{{"name"_L1, QString::fromUtf8(h.first)}, {"value"_L1, QString::fromUtf8(h.second)}});
    return out;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    const Exchange &x = e.exchange;
    if (role == StatusClassRole)
        return x.httpStatus / 100;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return x.httpStatus >= 200 && x.httpStatus < 300 ? QVariant() : QVariant(QColor(0xc5, 0x22, 0x1f));
    if (role == Qt::ToolTipRole) {
        // Names, paths and errors come from users and servers: a tooltip shows them as they are.
        const QString tip = cellText(e, index.column(), true);
        return tip.isEmpty() ? QVariant() : QVariant(plainToolTip(tip));
    }
    if (role == Qt::DisplayRole)
        return index.column() == AttemptColumn ? QVariant(x.attempt) : QVariant(cellText(e, index.column(), false));
    return {};
}

QString RequestLogModel::cellText(const Entry &e, int column, bool whole)
{
    const Exchange &x = e.exchange;
    switch (column) {
    case TimeColumn:
        return QLocale().toString(e.at.toLocalTime(), u"HH:mm:ss.zzz"_s);
    case ProfileColumn:
        return e.profile;
    case MethodColumn:
        return QString::fromLatin1(x.method);
    case PathColumn:
        return x.url.path();
    case StatusColumn:
        return x.httpStatus > 0 ? QString::number(x.httpStatus) : tr("no answer");
    case DurationColumn:
        return tr("%1 ms").arg(x.durationMs);
    case AttemptColumn:
        return QString::number(x.attempt);
    case RequestIdColumn:
        return x.requestId;
    case ErrorColumn:
        if (!x.error)
            return QString();
        if (whole)
            return x.error.toString();
        // The kind, and the server's own code when it gave one ("server · SERVICE_UNAVAILABLE").
        return x.error.code().isEmpty() ? Error::kindName(x.error.kind())
                                        : Error::kindName(x.error.kind()) + u" · "_s + x.error.code();
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProfileColumn: return tr("Profile");
    case MethodColumn: return tr("Method");
    case PathColumn: return tr("Path");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case AttemptColumn: return tr("Attempt");
    case RequestIdColumn: return tr("Request id");
    case ErrorColumn: return tr("Error");
    }
    return {};
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (int(m_entries.size()) > m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
    }
}

void RequestLogModel::append(const QString &profile, const Exchange &exchange)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    Entry e{QDateTime::currentDateTimeUtc(), m_nextSerial++, profile, exchange};
    e.exchange.requestHeaders = hideCredentials(e.exchange.requestHeaders);
    e.exchange.responseHeaders = hideCredentials(e.exchange.responseHeaders);
    for (const Redactor &r : std::as_const(m_redactors)) {
        Exchange &x = e.exchange;
        // The URL as sent (percent-encoded) and as read: a token with / + = hides in %2F %2B %3D.
        const QByteArray decoded = QUrl::fromPercentEncoding(x.url.toEncoded()).toUtf8();
        if (r.leaks(x.url.toEncoded()) || r.leaks(decoded))
            x.url = QUrl(QString::fromUtf8(r.apply(decoded)), QUrl::TolerantMode);
        x.requestBody = withoutCutSecret(r.apply(x.requestBody), r);
        x.responseBody = withoutCutSecret(r.apply(x.responseBody), r);
        x.requestId = r.applyText(x.requestId);
        for (auto *headers : {&x.requestHeaders, &x.responseHeaders}) {
            for (auto &h : *headers)
                h.second = r.apply(h.second);
        }
        if (x.error) {
            x.error.setMessage(r.applyText(x.error.message()));
            x.error.setCode(r.applyText(x.error.code()));
            x.error.setRedirectTarget(r.applyText(x.error.redirectTarget()));
            x.error.setRequestId(r.applyText(x.error.requestId()));
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(e));
    endInsertRows();
}

void RequestLogModel::setSecrets(const QStringList &secrets)
{
    m_redactors.clear();
    QStringList seen;
    for (const QString &s : secrets) {
        // Short values would redact ordinary words; such a "secret" protects nothing anyway.
        if (s.size() < 8 || seen.contains(s))
            continue;
        seen.append(s);
        m_redactors.append(Redactor(s));
    }
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString RequestLogModel::curlCommand(const Exchange &x)
{
    const auto quote = [](const QString &s) -> QString { return u'\'' + QString(s).replace(u"'"_s, u"'\\''"_s) + u'\''; };
    QStringList parts{u"curl -sS -X "_s + QString::fromLatin1(x.method)};
    for (const auto &h : x.requestHeaders) {
        if (h.first.compare("x-api-key", Qt::CaseInsensitive) == 0)
            parts.append(u"-H \"X-API-Key: $XIDENT_SECRET_KEY\""_s);
        else if (h.first.compare("user-agent", Qt::CaseInsensitive) != 0)
            parts.append(u"-H "_s + quote(QString::fromUtf8(h.first + ": " + h.second)));
    }
    if (!x.requestBody.isEmpty())
        parts.append(u"--data-raw "_s + quote(QString::fromUtf8(x.requestBody)));
    parts.append(quote(x.url.toString(QUrl::FullyEncoded)));
    return parts.join(u' ');
}

QString RequestLogModel::detailText(const Entry &e)
{
    const Exchange &x = e.exchange;
    QString out = u"%1 %2\n"_s.arg(QString::fromLatin1(x.method), x.url.toString(QUrl::FullyEncoded));
    for (const auto &h : x.requestHeaders)
        out += QString::fromUtf8(h.first + ": " + h.second) + u'\n';
    if (!x.requestBody.isEmpty())
        out += u'\n' + QString::fromUtf8(x.requestBody) + u'\n';
    out += u"\n"_s + (x.httpStatus > 0 ? tr("HTTP %1, %2 ms, attempt %3").arg(x.httpStatus).arg(x.durationMs).arg(x.attempt)
                                      : tr("No HTTP answer, %1 ms, attempt %2").arg(x.durationMs).arg(x.attempt))
           + u'\n';
    if (x.error)
        out += x.error.toString() + u'\n';
    for (const auto &h : x.responseHeaders)
        out += QString::fromUtf8(h.first + ": " + h.second) + u'\n';
    if (!x.responseBody.isEmpty())
        out += u'\n' + QString::fromUtf8(x.responseBody) + u'\n';
    return out;
}

QList<int> RequestLogModel::rowsOf(const QList<quint64> &serials) const
{
    QList<int> rows;
    for (const quint64 serial : serials) {
        // Serials grow with the rows: a binary search finds each.
        const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), serial,
                                         [](const Entry &e, quint64 s) { return e.serial < s; });
        if (it != m_entries.end() && it->serial == serial)
            rows.append(int(it - m_entries.begin()));
    }
    return rows;
}

QByteArray RequestLogModel::toHar(const QList<int> &rows) const
{
    QJsonArray entries;
    for (int row : rows) {
        if (row < 0 || row >= int(m_entries.size()))
            continue;
        const Entry &e = m_entries[size_t(row)];
        const Exchange &x = e.exchange;
        QJsonArray query;
        const QUrlQuery q(x.url);
        for (const auto &item : q.queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{"name"_L1, item.first}, {"value"_L1, item.second}});
        QJsonObject request{{"method"_L1, QString::fromLatin1(x.method)},
                            {"url"_L1, x.url.toString(QUrl::FullyEncoded)},
                            {"httpVersion"_L1, u"HTTP/1.1"_s},
                            {"headers"_L1, harHeaders(x.requestHeaders)},
                            {"queryString"_L1, query},
                            {"cookies"_L1, QJsonArray()},
                            {"headersSize"_L1, -1},
                            {"bodySize"_L1, x.requestBody.size()}};
        if (!x.requestBody.isEmpty())
            request.insert("postData"_L1, QJsonObject{{"mimeType"_L1, QString::fromUtf8(headerValue(x.requestHeaders, "content-type"))},
                                                      {"text"_L1, QString::fromUtf8(x.requestBody)}});
        const QJsonObject response{{"status"_L1, x.httpStatus},
                                   {"statusText"_L1, QString()},
                                   {"httpVersion"_L1, u"HTTP/1.1"_s},
                                   {"headers"_L1, harHeaders(x.responseHeaders)},
                                   {"cookies"_L1, QJsonArray()},
                                   {"content"_L1, QJsonObject{{"size"_L1, x.responseBody.size()},
                                                              {"mimeType"_L1, QString::fromUtf8(headerValue(x.responseHeaders, "content-type"))},
                                                              {"text"_L1, QString::fromUtf8(x.responseBody)}}},
                                   {"redirectURL"_L1, QString()},
                                   {"headersSize"_L1, -1},
                                   {"bodySize"_L1, x.responseBody.size()}};
        entries.append(QJsonObject{{"startedDateTime"_L1, e.at.addMSecs(-x.durationMs).toString(Qt::ISODateWithMs)},
                                   {"time"_L1, x.durationMs},
                                   {"request"_L1, request},
                                   {"response"_L1, response},
                                   {"cache"_L1, QJsonObject()},
                                   {"timings"_L1, QJsonObject{{"send"_L1, 0}, {"wait"_L1, x.durationMs}, {"receive"_L1, 0}}},
                                   {"comment"_L1, tr("attempt %1; request id %2").arg(x.attempt).arg(x.requestId)}});
    }
    const QJsonObject log{{"version"_L1, u"1.2"_s},
                          {"creator"_L1, QJsonObject{{"name"_L1, u"Xident Console"_s}, {"version"_L1, QStringLiteral(XIDENT_CONSOLE_VERSION)}}},
                          {"entries"_L1, entries}};
    return QJsonDocument(QJsonObject{{"log"_L1, log}}).toJson(QJsonDocument::Indented);
}

QByteArray RequestLogModel::toJson(const QList<int> &rows) const
{
    QJsonArray out;
    for (int row : rows) {
        if (row < 0 || row >= int(m_entries.size()))
            continue;
        const Entry &e = m_entries[size_t(row)];
        const Exchange &x = e.exchange;
        out.append(QJsonObject{{"time"_L1, e.at.toString(Qt::ISODateWithMs)},
                               {"profile"_L1, e.profile},
                               {"method"_L1, QString::fromLatin1(x.method)},
                               {"url"_L1, x.url.toString(QUrl::FullyEncoded)},
                               {"status"_L1, x.httpStatus},
                               {"duration_ms"_L1, x.durationMs},
                               {"attempt"_L1, x.attempt},
                               {"request_id"_L1, x.requestId},
                               {"error"_L1, x.error ? x.error.toString() : QString()},
                               {"request_headers"_L1, harHeaders(x.requestHeaders)},
                               {"request_body"_L1, QString::fromUtf8(x.requestBody)},
                               {"response_headers"_L1, harHeaders(x.responseHeaders)},
                               {"response_body"_L1, QString::fromUtf8(x.responseBody)}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace Xident::Console
