#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QLatin1StringView>
#include <QtCore/QLoggingCategory>
#include <QtCore/QVariant>

#include <span>

class QSqlError;

namespace Xident::Console {

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

//! The history's SQLite schema, version by version, and the small conversions its rows need.
namespace HistorySchema {

// SQLite's primary result codes; Qt puts the code of a failed call in QSqlError::nativeErrorCode().
constexpr int SqliteError = 1;          // generic: a statement that does not fit the schema
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

// A lock held by another process is waited for this long, on the worker thread only; less while closing. A
// write that still cannot go is refused (the inbox then asks its sender to come back).
constexpr int BusyTimeoutMs = 1000;
constexpr int ClosingBusyTimeoutMs = 250;

//! The statements of schema version \a version (1 to HistoryStore::SchemaVersion); a released step never changes.
std::span<const QLatin1StringView> migration(int version);
//! Statements whose reading proves the schema is the one this version writes, whatever user_version says.
std::span<const QLatin1StringView> probes();

//! SQLite's primary result code of a failed call; -1 when there is none.
int sqliteCode(const QSqlError &error);
QString reasonOf(const QSqlError &error);
//! Times are stored as UTC milliseconds since the epoch, NULL when unset.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
QString nativePath(const QString &path);

} // namespace HistorySchema

} // namespace Xident::Console
