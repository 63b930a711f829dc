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
// A webhook's verdict keeps its parameters (so its sentence is written when shown, in the language of the day),
// and the headers whose values were not kept are named instead of being told by a marker in their value:
// the markers earlier versions stored ("[redacted]", "<redacted>") become the one marker and a name in the list.
// (The statements are Latin-1: the marker, U+2022 four times, is written with SQLite's char().)
#define XIDENT_MARKER "char(8226, 8226, 8226, 8226)"
#define XIDENT_OLD_MARKERS "('[redacted]', '<redacted>', " XIDENT_MARKER ")"
constexpr QLatin1StringView SchemaV5[] = {
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN withheld_headers BLOB"),   // JSON array of lower-case names
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN verdict_timestamp INTEGER"),   // NULL: no parameters kept
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN verdict_age INTEGER"),
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN verdict_matched INTEGER"),
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN verdict_signatures INTEGER"),
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN verdict_well_formed INTEGER"),
    QLatin1StringView("ALTER TABLE webhooks ADD COLUMN verdict_malformed TEXT"),
    QLatin1StringView("UPDATE webhooks SET withheld_headers ="
                      " (SELECT json_group_array(lower(json_extract(h.value, '$[0]')))"
                      "  FROM json_each(CAST(webhooks.headers AS TEXT)) AS h"
                      "  WHERE json_extract(h.value, '$[1]') IN " XIDENT_OLD_MARKERS ")"
                      " WHERE json_valid(CAST(headers AS TEXT))"),
    QLatin1StringView("UPDATE webhooks SET headers ="
                      " (SELECT json_group_array(json_array(json_extract(h.value, '$[0]'),"
                      "   CASE WHEN json_extract(h.value, '$[1]') IN " XIDENT_OLD_MARKERS
                      "   THEN " XIDENT_MARKER " ELSE json_extract(h.value, '$[1]') END))"
                      "  FROM json_each(CAST(webhooks.headers AS TEXT)) AS h)"
                      " WHERE json_valid(CAST(headers AS TEXT)) AND withheld_headers <> '[]'"),
};
#undef XIDENT_OLD_MARKERS
#undef XIDENT_MARKER
// One session, one row: the tokens of rows merged into a session (space-separated), and support's ticket and note.
constexpr QLatin1StringView SchemaV6[] = {
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN aliases TEXT"),
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN ticket TEXT"),
    QLatin1StringView("ALTER TABLE sessions ADD COLUMN note TEXT"),
};
constexpr std::span<const QLatin1StringView> Steps[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4, SchemaV5, SchemaV6};
static_assert(std::size(Steps) == HistoryStore::SchemaVersion);

// Reading these proves the schema is the one this version writes, whatever user_version says.
constexpr QLatin1StringView Probes[] = {
    QLatin1StringView("SELECT token, profile_id, user_id, added_at, last_polled_at, status, result_json,"
                      " last_request_id, sandbox_run, archived, webhook_event, webhook_at, aliases, ticket, note FROM sessions LIMIT 0"),
    QLatin1StringView("SELECT id, token, at, from_status, to_status, request_id, event FROM status_changes LIMIT 0"),
    QLatin1StringView("SELECT id, received_at, method, path, headers, body, remote, answered_status, refused, verdict,"
                      " message, profile_id, event_type, event_id, session_ref, matched_token, repeats, last_at,"
                      " withheld_headers, verdict_timestamp, verdict_age, verdict_matched, verdict_signatures,"
                      " verdict_well_formed, verdict_malformed FROM webhooks LIMIT 0"),
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
