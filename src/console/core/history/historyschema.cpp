#include "console/core/history/historyschema.h"

#include "console/core/history/historystore.h"

#include <QtCore/QDir>
#include <QtSql/QSqlError>

using namespace Qt::StringLiterals;

namespace Xident::Console {

Q_LOGGING_CATEGORY(lcHistory, "xident.console.history", QtInfoMsg)

namespace HistorySchema {

namespace {

// Every schema version's statements, applied in order from the file's user_version. A step never
// changes once released: files in the wild were written by it.
constexpr QLatin1StringView SchemaV1[] = {
    QLatin1StringView("CREATE TABLE sessions ("
                      " token TEXT PRIMARY KEY NOT NULL,"
                      " profile_id TEXT,"
                      " user_id TEXT,"
                      " added_at INTEGER,"           // ms since the epoch, UTC; NULL when invalid
                      " last_polled_at INTEGER,"     // NULL when never polled
                      " status TEXT,"
                      " result_json BLOB,"
                      " last_request_id TEXT,"
                      " sandbox_run TEXT)"),
    QLatin1StringView("CREATE TABLE status_changes ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " token TEXT NOT NULL,"
                      " at INTEGER,"
                      " from_status TEXT,"
                      " to_status TEXT)"),
    QLatin1StringView("CREATE INDEX status_changes_by_token ON status_changes (token, at, id)"),
};
constexpr QLatin1StringView SchemaV2[] = {
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
    QLatin1StringView("ALTER TABLE status_changes ADD COLUMN request_id TEXT"),
};
constexpr QLatin1StringView SchemaV3[] = {
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN webhook_event TEXT"),
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN webhook_at INTEGER"),
    QLatin1StringView("ALTER TABLE status_changes ADD COLUMN event TEXT"),
    QLatin1StringView("CREATE TABLE webhooks ("
                      " id INTEGER PRIMARY KEY NOT NULL,"
                      " received_at INTEGER,"
                      " method TEXT,"
                      " path TEXT,"
                      " headers BLOB,"               // JSON array of [name, value] pairs
                      " body BLOB,"
                      " remote TEXT,"
                      " answered_status INTEGER,"
                      " refused TEXT,"
                      " verdict TEXT,"
                      " message TEXT,"
                      " profile_id TEXT,"
                      " event_type TEXT,"
                      " event_id TEXT,"
                      " session_ref TEXT,"
                      " matched_token TEXT)"),
};
constexpr QLatin1StringView SchemaV4[] = {
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1"),
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN last_at INTEGER"),
};
constexpr std::span<const QLatin1StringView> Steps[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4};
static_assert(std::size(Steps) == HistoryStore::SchemaVersion);

// Reading these proves the schema is the one this version writes, whatever user_version says.
constexpr QLatin1StringView Probes[] = {
    QLatin1StringView("SELECT token, profile_id, user_id, added_at, last_polled_at, status, result_json,"
                      " last_request_id, sandbox_run, archived, webhook_event, webhook_at FROM sessions LIMIT 0"),
    QLatin1StringView("SELECT id, token, at, from_status, to_status, request_id, event FROM status_changes LIMIT 0"),
    QLatin1StringView("SELECT id, received_at, method, path, headers, body, remote, answered_status, refused, verdict,"
                      " message, profile_id, event_type, event_id, session_ref, matched_token, repeats, last_at"
                      " FROM webhooks LIMIT 0"),
};

} // namespace

std::span<const QLatin1StringView> migration(int version)
{
    return Steps[version - 1];
}

std::span<const QLatin1StringView> probes()
{
    return Probes;
}


int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;   // extended codes keep the primary one in the low byte
}

QString reasonOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace HistorySchema

} // namespace Xident::Console
