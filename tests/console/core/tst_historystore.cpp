#include "console/core/history/historystore.h"
#include "console/core/models/inboxmodel.h"

#include <XidentQt/redaction.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Xident::Console;
using Xident::RedactionMarker;
using Xident::WebhookVerdict;

namespace Xident::Console {
// Field by field: the round trip must keep every value exactly.
bool operator==(const TrackedSession &a, const TrackedSession &b)
{
    return a.token == b.token && a.profileId == b.profileId && a.userId == b.userId && a.addedAt == b.addedAt
        && a.lastPolledAt == b.lastPolledAt && a.status == b.status && a.resultJson == b.resultJson
        && a.lastRequestId == b.lastRequestId && a.sandboxRun == b.sandboxRun && a.archived == b.archived
        && a.webhookEvent == b.webhookEvent && a.webhookAt == b.webhookAt && a.aliases == b.aliases
        && a.ticket == b.ticket && a.note == b.note;
}

bool operator==(const StatusChange &a, const StatusChange &b)
{
    return a.token == b.token && a.at == b.at && a.from == b.from && a.to == b.to && a.requestId == b.requestId
        && a.event == b.event;
}

// Lets QCOMPARE print a session that differs.
char *toString(const TrackedSession &s)
{
    const QString text = u"{%1 profile=%2 user=%3 added=%4 polled=%5 status=%6 json=%7 request=%8 run=%9 archived=%10}"_s
                             .arg(s.token, s.profileId, s.userId, s.addedAt.toString(Qt::ISODateWithMs),
                                  s.lastPolledAt.toString(Qt::ISODateWithMs), s.status,
                                  QString::fromLatin1(s.resultJson.toHex()), s.lastRequestId, s.sandboxRun)
                             .arg(s.archived);
    return qstrdup(text.toUtf8().constData());
}

char *toString(const StatusChange &c)
{
    const QString text = u"{%1 at=%2 %3->%4 request=%5}"_s.arg(c.token, c.at.toString(Qt::ISODateWithMs), c.from,
                                                                  c.to, c.requestId);
    return qstrdup(text.toUtf8().constData());
}
} // namespace Xident::Console

namespace {

constexpr auto ChildWriterArgument = "--child-writer";

// The v1 schema as released: files in the wild look like this, so the test keeps its own copy.
const char *const SchemaV1Sql[] = {
    "CREATE TABLE sessions (token TEXT PRIMARY KEY NOT NULL, profile_id TEXT, user_id TEXT, added_at INTEGER,"
    " last_polled_at INTEGER, status TEXT, result_json BLOB, last_request_id TEXT, sandbox_run TEXT)",
    "CREATE TABLE status_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, token TEXT NOT NULL, at INTEGER,"
    " from_status TEXT, to_status TEXT)",
    "CREATE INDEX status_changes_by_token ON status_changes (token, at, id)",
};

// What versions 2 to 4 added, as the files they wrote have it.
const char *const SchemaV2ToV4Sql[] = {
    "ALTER TABLE sessions ADD COLUMN archived INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE status_changes ADD COLUMN request_id TEXT",
    "ALTER TABLE sessions ADD COLUMN webhook_event TEXT",
    "ALTER TABLE sessions ADD COLUMN webhook_at INTEGER",
    "ALTER TABLE status_changes ADD COLUMN event TEXT",
    "CREATE TABLE webhooks (id INTEGER PRIMARY KEY NOT NULL, received_at INTEGER, method TEXT, path TEXT, headers BLOB,"
    " body BLOB, remote TEXT, answered_status INTEGER, refused TEXT, verdict TEXT, message TEXT, profile_id TEXT,"
    " event_type TEXT, event_id TEXT, session_ref TEXT, matched_token TEXT)",
    "ALTER TABLE webhooks ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE webhooks ADD COLUMN last_at INTEGER",
};

const QDateTime BaseTime(QDate(2026, 11, 26), QTime(12, 3, 1, 234), Qt::UTC);

TrackedSession sampleSession(const QString &token, int minutes = 0)
{
    TrackedSession s;
    s.token = token;
    s.profileId = u"5b0e3a52-8f0c-4f3e-9d3c-2f2a6a1f7c11"_s;
    s.userId = u"Zoë \U0001F469\u200D\U0001F4BB"_s;
    s.addedAt = BaseTime.addSecs(60 * minutes);
    s.status = u"pending"_s;
    // Raw bytes as the server sent them: unsorted keys, escapes, a NUL and bytes that are not UTF-8.
    s.resultJson = QByteArray("{\"z\":1,\"a\":\"\\u00e9\\\"x\",\"n\":null}") + QByteArray("\0\xff\xfe", 3);
    s.lastRequestId = u"req_0001"_s;
    s.sandboxRun = u"run-7"_s;
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray garbage(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

//! A connection of the test's own, on the test thread, for what the store does not expose.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(u"tst-raw-%1"_s.arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    bool m_open = false;
};

struct OpenResult
{
    bool ok = false;
    QString message;
    QString movedAside;
};

OpenResult openStore(HistoryStore &store, const QString &path)
{
    QSignalSpy spy(&store, &HistoryStore::opened);
    store.open(path);
    store.flush();
    if (spy.size() != 1)
        return {false, u"opened emitted %1 times"_s.arg(spy.size()), {}};
    return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toString(), spy.at(0).at(2).toString()};
}

// Every piece loadSessions() gives, in order; nothing when the last piece does not say it is the last.
QList<TrackedSession> loadSessions(HistoryStore &store)
{
    QSignalSpy spy(&store, &HistoryStore::sessionsLoaded);
    store.loadSessions();
    store.flush();
    QList<TrackedSession> all;
    for (qsizetype i = 0; i < spy.size(); ++i) {
        if (spy.at(i).at(1).toBool() != (i == spy.size() - 1))
            return {};
        all += spy.at(i).at(0).value<QList<TrackedSession>>();
    }
    return all;
}

QList<StatusChange> loadTimeline(HistoryStore &store, const QString &token)
{
    QSignalSpy spy(&store, &HistoryStore::timelineLoaded);
    store.loadTimeline(token);
    store.flush();
    if (spy.size() != 1 || spy.at(0).at(0).toString() != token)
        return {};
    return spy.at(0).at(1).value<QList<StatusChange>>();
}

QList<ReceivedWebhook> loadWebhooks(HistoryStore &store, int limit)
{
    QSignalSpy spy(&store, &HistoryStore::webhooksLoaded);
    store.loadWebhooks(limit);
    store.flush();
    return spy.size() == 1 ? spy.at(0).at(0).value<QList<ReceivedWebhook>>() : QList<ReceivedWebhook>();
}

const TrackedSession *findSession(const QList<TrackedSession> &sessions, const QString &token)
{
    for (const TrackedSession &s : sessions) {
        if (s.token == token)
            return &s;
    }
    return nullptr;
}

QStringList corruptFilesIn(const QString &dir)
{
    return QDir(dir).entryList({u"*.corrupt-*"_s}, QDir::Files);
}

// The child of survivesKill: saves sessions for ever, printing each token once flush() has confirmed it.
int runChildWriter(const QString &path, const QString &prefix)
{
    HistoryStore store;
    QSignalSpy failures(&store, &HistoryStore::failed);
    if (!openStore(store, path).ok)
        return 3;
    QElapsedTimer alive;
    alive.start();
    for (int i = 0; alive.elapsed() < 20000; ++i) {   // the parent kills it long before
        TrackedSession s = sampleSession(u"xit_%1%2"_s.arg(prefix).arg(i, 6, 10, QChar(u'0')), i);
        s.resultJson = garbage(512 + (i * 997) % 6000, quint32(i)).toHex();
        store.saveSession(s);
        store.recordChange({s.token, s.addedAt, {}, s.status, s.lastRequestId});
        store.flush();
        if (!failures.isEmpty())
            return 4;
        std::fputs(qPrintable(s.token + u'\n'), stdout);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"xident.console.history.info=false"_s);
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"history.sqlite"_s);
    }

    void cleanup()
    {
        // A failed read-only row must not keep the temporary folder from being removed.
        QFile::setPermissions(m_dir->filePath(u"locked"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    // A long history comes newest first, in pieces: the count first, a small first piece (what the window lists at
    // once), then larger ones, the last marked; each result already read (off the window's thread).
    void longHistoryComesNewestFirstInPieces()
    {
        HistoryStore store;
        QVERIFY(openStore(store, m_path).ok);
        const int count = int(HistoryStore::FirstLoadPiece + HistoryStore::LoadPiece + 7);
        QList<TrackedSession> sessions;
        for (int i = 0; i < count; ++i) {
            TrackedSession s = sampleSession(u"xit_piece%1"_s.arg(i, 6, 10, QLatin1Char('0')), i);
            s.resultJson = "{\"token\":\"xtk_piece" + QByteArray::number(i) + "\",\"status\":\"failed\",\"reason\":\"face_mismatch\"}";
            sessions.append(s);
        }
        store.saveSessions(sessions);
        QSignalSpy counted(&store, &HistoryStore::sessionsToLoad);
        QSignalSpy pieces(&store, &HistoryStore::sessionsLoaded);
        store.loadSessions();
        store.flush();
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toInt(), count);
        QCOMPARE(pieces.size(), 3);
        QList<qsizetype> sizes;
        QList<bool> complete;
        QList<TrackedSession> all;
        for (const QList<QVariant> &piece : std::as_const(pieces)) {
            const auto rows = piece.at(0).value<QList<TrackedSession>>();
            sizes.append(rows.size());
            complete.append(piece.at(1).toBool());
            all += rows;
        }
        QCOMPARE(sizes, (QList<qsizetype>{HistoryStore::FirstLoadPiece, HistoryStore::LoadPiece, 7}));
        QCOMPARE(complete, (QList<bool>{false, false, true}));
        QCOMPARE(all.first().token, sessions.last().token);   // the newest
        QCOMPARE(all.last().token, sessions.first().token);
        QVERIFY(std::is_sorted(all.cbegin(), all.cend(), [](const TrackedSession &l, const TrackedSession &r) { return l.addedAt > r.addedAt; }));
        QVERIFY(all.first().summary.parsed);
        QCOMPARE(all.first().summary.reason, u"face_mismatch"_s);
        QCOMPARE(all.first().summary.token, u"xtk_piece%1"_s.arg(count - 1));
    }

    void roundTrip()
    {
        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        const OpenResult opened = openStore(store, m_path);
        QVERIFY2(opened.ok, qPrintable(opened.message));
        QCOMPARE(opened.message, QString());
        QCOMPARE(opened.movedAside, QString());
        QCOMPARE(loadSessions(store), QList<TrackedSession>());

        TrackedSession a = sampleSession(u"xit_aaaaaaaa"_s, 0);
        TrackedSession b = sampleSession(u"xtk_bbbbbbbb"_s, 1);
        b.userId.clear();
        b.resultJson.clear();
        b.sandboxRun.clear();
        b.lastPolledAt = BaseTime.addMSecs(90'001);
        TrackedSession c = sampleSession(u"xit_cccccccc"_s, 2);
        for (const TrackedSession &s : {a, b, c})
            store.saveSession(s);
        QCOMPARE(loadSessions(store), (QList<TrackedSession>{c, b, a}));   // newest first

        // Times come back as UTC to the millisecond, whatever the caller's zone.
        const QList<TrackedSession> loaded = loadSessions(store);
        QCOMPARE(loaded.size(), 3);
        const TrackedSession &loadedA = *findSession(loaded, a.token);
        QCOMPARE(loadedA.addedAt.timeSpec(), Qt::UTC);
        QCOMPARE(loadedA.addedAt.time().msec(), 234);
        QVERIFY(!loadedA.lastPolledAt.isValid());
        QCOMPARE(findSession(loaded, b.token)->lastPolledAt, BaseTime.addMSecs(90'001));
        QCOMPARE(loadedA.resultJson, a.resultJson);
        QCOMPARE(loadedA.userId, a.userId);

        // Saving again replaces the row.
        a.status = u"success"_s;
        a.lastPolledAt = BaseTime.addMSecs(123'456).toLocalTime();
        a.resultJson = QByteArray(R"({"status":"success","b":2,"a":1})");
        a.lastRequestId = u"req_0002"_s;
        store.saveSession(a);
        const QList<TrackedSession> updated = loadSessions(store);
        QCOMPARE(updated.size(), 3);
        QCOMPARE(*findSession(updated, a.token), a);
        QCOMPARE(findSession(updated, a.token)->lastPolledAt.timeSpec(), Qt::UTC);

        // The timeline comes back oldest first, ties in the order they were recorded.
        const StatusChange first{a.token, BaseTime, {}, u"pending"_s, u"req_1"_s};
        const StatusChange second{a.token, BaseTime.addMSecs(1500), u"pending"_s, u"processing"_s, u"req_2"_s};
        const StatusChange third{a.token, BaseTime.addMSecs(1500), u"processing"_s, u"success"_s, {}};
        const StatusChange earliest{a.token, BaseTime.addMSecs(-500), {}, u"created"_s, u"req_0"_s};
        const StatusChange other{b.token, BaseTime.addMSecs(-1000), {}, u"pending"_s, u"req_b"_s};
        for (const StatusChange &change : {first, second, other, third, earliest})
            store.recordChange(change);
        QCOMPARE(loadTimeline(store, a.token), (QList<StatusChange>{earliest, first, second, third}));
        QCOMPARE(loadTimeline(store, b.token), QList<StatusChange>{other});
        QCOMPARE(loadTimeline(store, u"xit_unknown"_s), QList<StatusChange>());
        QCOMPARE(loadTimeline(store, a.token).at(1).at.timeSpec(), Qt::UTC);

        // The archived mark.
        store.setArchived({b.token, c.token}, true);
        QList<TrackedSession> archived = loadSessions(store);
        QCOMPARE(archived.size(), 3);
        QVERIFY(!findSession(archived, a.token)->archived);
        QVERIFY(findSession(archived, b.token)->archived);
        QVERIFY(findSession(archived, c.token)->archived);
        store.setArchived({b.token}, false);
        archived = loadSessions(store);
        QVERIFY(!findSession(archived, b.token)->archived);
        QVERIFY(findSession(archived, c.token)->archived);

        // Removing takes the timelines along and leaves the others.
        const StatusChange ofC{c.token, BaseTime, {}, u"pending"_s, {}};
        store.recordChange(ofC);
        QCOMPARE(loadTimeline(store, c.token), QList<StatusChange>{ofC});
        store.removeSessions({a.token, u"xit_unknown"_s, c.token});
        const QList<TrackedSession> remaining = loadSessions(store);
        QCOMPARE(remaining.size(), 1);
        QCOMPARE(remaining.at(0).token, b.token);
        QCOMPARE(loadTimeline(store, a.token), QList<StatusChange>());
        QCOMPARE(loadTimeline(store, c.token), QList<StatusChange>());
        QCOMPARE(loadTimeline(store, b.token), QList<StatusChange>{other});
        {
            RawDatabase raw(m_path);
            QCOMPARE(raw.value(u"SELECT count(*) FROM status_changes"_s).toInt(), 1);
        }
        QCOMPARE(failures.size(), 0);

        // A session without a token is refused plainly.
        store.saveSession(TrackedSession());
        store.flush();
        QCOMPARE(failures.size(), 1);
        QVERIFY(!failures.at(0).at(0).toString().isEmpty());
    }

    void restartSeesEverything()
    {
        const TrackedSession a = sampleSession(u"xit_restart1"_s, 0);
        TrackedSession b = sampleSession(u"xit_restart2"_s, 1);
        const StatusChange change{a.token, BaseTime, u"pending"_s, u"success"_s, u"req_r"_s};
        {
            HistoryStore store;
            store.open(m_path);
            store.saveSession(a);
            store.saveSession(b);
            store.recordChange(change);
            store.setArchived({b.token}, true);
            // No flush: the destructor carries out what was queued.
        }
        b.archived = true;
        QVERIFY(QFileInfo::exists(m_path));
        {
            RawDatabase raw(m_path);
            QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        }

        HistoryStore again;
        QVERIFY(openStore(again, m_path).ok);
        QCOMPARE(loadSessions(again), (QList<TrackedSession>{b, a}));
        QCOMPARE(loadTimeline(again, a.token), QList<StatusChange>{change});
    }

    void mergedSessionsKeepBothTokensAndEveryNote()
    {
        TrackedSession init = sampleSession(u"xit_mergeinit"_s, 0);
        const TrackedSession result = sampleSession(u"xtk_mergeresult"_s, 1);
        const StatusChange first{result.token, BaseTime, {}, u"pending"_s, u"req_1"_s};
        const StatusChange second{init.token, BaseTime.addSecs(5), u"pending"_s, u"failed"_s, u"req_2"_s};
        {
            HistoryStore store;
            QVERIFY(openStore(store, m_path).ok);
            store.saveSession(init);
            store.saveSession(result);
            store.recordChange(first);
            store.recordChange(second);
            ReceivedWebhook w;
            w.id = 3;
            w.body = "{}";
            w.matchedToken = result.token;
            store.saveWebhook(w);
            init.aliases = {result.token};
            init.ticket = u"ZD-48213"_s;
            init.note = u"Customer wrote twice.\nSecond line: <b>ü</b>"_s;
            store.saveSession(init);
            store.mergeSessions(init.token, result.token);
        }
        HistoryStore again;
        QVERIFY(openStore(again, m_path).ok);
        QCOMPARE(loadSessions(again), QList<TrackedSession>{init});
        StatusChange moved = first;
        moved.token = init.token;
        QCOMPARE(loadTimeline(again, init.token), (QList<StatusChange>{moved, second}));
        QCOMPARE(loadTimeline(again, result.token), QList<StatusChange>());
        QCOMPARE(loadWebhooks(again, 10).value(0).matchedToken, init.token);
    }

    void migratesFromV1()
    {
        {
            RawDatabase raw(m_path);
            QVERIFY(raw.isOpen());
            for (const char *statement : SchemaV1Sql)
                QVERIFY(raw.exec(QString::fromLatin1(statement)));
            QVERIFY(raw.exec(u"INSERT INTO sessions VALUES ('xit_old00001', 'profile-1', 'user-1', 1795694581234,"
                             " NULL, 'success', x'7b2261223a317d', 'req_old', '')"_s));
            QVERIFY(raw.exec(u"INSERT INTO status_changes (token, at, from_status, to_status) VALUES"
                             " ('xit_old00001', 1795694581234, '', 'pending'),"
                             " ('xit_old00001', 1795694590000, 'pending', 'success')"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
        }

        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        const OpenResult opened = openStore(store, m_path);
        QVERIFY2(opened.ok, qPrintable(opened.message));
        QCOMPARE(opened.message, QString());
        QCOMPARE(corruptFilesIn(m_dir->path()), QStringList());

        const QList<TrackedSession> sessions = loadSessions(store);
        QCOMPARE(sessions.size(), 1);
        const TrackedSession &old = sessions.at(0);
        QCOMPARE(old.token, u"xit_old00001"_s);
        QCOMPARE(old.profileId, u"profile-1"_s);
        QCOMPARE(old.userId, u"user-1"_s);
        QCOMPARE(old.addedAt, QDateTime::fromMSecsSinceEpoch(1795694581234, Qt::UTC));
        QVERIFY(!old.lastPolledAt.isValid());
        QCOMPARE(old.status, u"success"_s);
        QCOMPARE(old.resultJson, QByteArray(R"({"a":1})"));
        QCOMPARE(old.lastRequestId, u"req_old"_s);
        QVERIFY(!old.archived);

        const QList<StatusChange> timeline = loadTimeline(store, old.token);
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline.at(1).from, u"pending"_s);
        QCOMPARE(timeline.at(1).to, u"success"_s);
        QCOMPARE(timeline.at(1).requestId, QString());

        QCOMPARE(old.webhookEvent, QString());
        QVERIFY(!old.webhookAt.isValid());
        QCOMPARE(timeline.at(1).event, QString());

        // What v2 and v3 added works on the migrated file.
        store.setArchived({old.token}, true);
        const StatusChange change{old.token, BaseTime.addSecs(60), u"success"_s, u"expired"_s, u"req_new"_s};
        store.recordChange(change);
        const StatusChange hook{old.token, BaseTime.addSecs(61), u"expired"_s, u"success"_s, u"evt_1"_s, u"session.success"_s};
        store.recordChange(hook);
        QVERIFY(loadSessions(store).value(0).archived);
        QCOMPARE(loadTimeline(store, old.token).value(2), change);
        QCOMPARE(loadTimeline(store, old.token).value(3), hook);
        TrackedSession noted = loadSessions(store).value(0);
        noted.webhookEvent = u"session.success"_s;
        noted.webhookAt = BaseTime.addSecs(61);
        store.saveSession(noted);
        QCOMPARE(loadSessions(store).value(0), noted);
        ReceivedWebhook w;
        w.id = 7;
        w.body = "{}";
        store.saveWebhook(w);
        QCOMPARE(loadWebhooks(store, 10).size(), 1);
        QCOMPARE(loadWebhooks(store, 10).value(0).repeats, 1);
        QCOMPARE(failures.size(), 0);

        RawDatabase raw(m_path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
        QCOMPARE(HistoryStore::SchemaVersion, 6);
    }

    void migratesWebhooksFromV4()
    {
        // A version 4 file: verdicts kept as a code and a sentence in the language of that day, credential
        // values kept as one of the markers of that time.
        {
            RawDatabase raw(m_path);
            QVERIFY(raw.isOpen());
            for (const char *statement : SchemaV1Sql)
                QVERIFY(raw.exec(QString::fromLatin1(statement)));
            for (const char *statement : SchemaV2ToV4Sql)
                QVERIFY(raw.exec(QString::fromLatin1(statement)));
            QVERIFY(raw.exec(
                u"INSERT INTO webhooks (id, received_at, method, path, headers, body, remote, answered_status, refused,"
                " verdict, message, profile_id) VALUES"
                " (1, 1795694581234, 'POST', '/webhooks', CAST('[[\"Content-Type\",\"application/json\"],"
                "[\"Authorization\",\"[redacted]\"],[\"X-Api-Key\",\"<redacted>\"],[\"X-Note\",\"kept\"]]' AS BLOB),"
                " x'7b7d', '127.0.0.1', 200, '', 'valid', 'Die Signatur passt, signiert vor 5 s.', 'p1'),"
                " (2, 1795694582234, 'POST', '/webhooks', CAST('[[\"X-Xident-Signature\",\"t=1,v1=ab\"]]' AS BLOB),"
                " x'7b7d', '127.0.0.1', 200, '', 'signature_mismatch', 'La signature ne correspond pas.', 'p1'),"
                " (3, 1795694583234, 'GET', '/webhooks', CAST('[]' AS BLOB), x'', '127.0.0.1', 405, '405: only POST',"
                " 'refused', '405: only POST', ''),"
                " (4, 1795694584234, 'POST', '/webhooks', CAST('[]' AS BLOB), x'7b7d', '127.0.0.1', 200, '',"
                " 'unverified', 'No profile has a webhook secret.', ''),"
                " (5, 1795694585234, 'POST', '/webhooks', CAST('[]' AS BLOB), x'7b7d', '127.0.0.1', 503, '503: not kept',"
                " 'valid', 'signed 1 s before', 'p1'),"
                " (6, 1795694586234, 'POST', '/webhooks', CAST('[]' AS BLOB), x'7b7d', '127.0.0.1', 200, '',"
                " 'a_code_from_elsewhere', 'Said by another version.', 'p1')"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 4"_s));
        }
        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        const OpenResult opened = openStore(store, m_path);
        QVERIFY2(opened.ok, qPrintable(opened.message));
        const QList<ReceivedWebhook> rows = loadWebhooks(store, 10);
        QCOMPARE(rows.size(), 6);
        const ReceivedWebhook &valid = rows.at(0);
        // The markers became the one marker, and the flag says which values are gone.
        QCOMPARE(valid.withheld, (QByteArrayList{"authorization", "x-api-key"}));
        const HeaderList expected{{"Content-Type", "application/json"},
                                  {"Authorization", RedactionMarker.toUtf8()},
                                  {"X-Api-Key", RedactionMarker.toUtf8()},
                                  {"X-Note", "kept"}};
        QCOMPARE(valid.headers, expected);
        // The verdict is a code again; without its parameters the stored sentence is what is said.
        QCOMPARE(valid.judgement, ReceivedWebhook::Judgement::Judged);
        QCOMPARE(valid.verdict.reason, WebhookVerdict::Reason::Valid);
        QVERIFY(valid.isValid());
        QVERIFY(!valid.verdictHasParameters);
        QCOMPARE(valid.note, u"Die Signatur passt, signiert vor 5 s."_s);
        const ReceivedWebhook &mismatch = rows.at(1);
        QCOMPARE(mismatch.verdict.reason, WebhookVerdict::Reason::SignatureMismatch);
        QVERIFY(mismatch.withheld.isEmpty());
        QCOMPARE(mismatch.headers, (HeaderList{{"X-Xident-Signature", "t=1,v1=ab"}}));
        QCOMPARE(rows.at(2).judgement, ReceivedWebhook::Judgement::Refused);
        QCOMPARE(rows.at(2).refused, u"405: only POST"_s);
        QCOMPARE(rows.at(3).judgement, ReceivedWebhook::Judgement::Unverified);
        // Judged, then answered 503: a refusal is what it says.
        QCOMPARE(InboxModel::verdictLabel(rows.at(4)), u"refused (503)"_s);
        // A code this version does not know is kept, with its sentence, and written back as it was.
        QCOMPARE(rows.at(5).verdictCode(), u"a_code_from_elsewhere"_s);
        QCOMPARE(InboxModel::verdictDetail(rows.at(5)), u"Said by another version."_s);
        store.saveWebhook(rows.at(5));
        QCOMPARE(loadWebhooks(store, 10).at(5).verdictCode(), u"a_code_from_elsewhere"_s);
        QCOMPARE(failures.size(), 0);
        RawDatabase raw(m_path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
    }

    void receivedWebhooksKeptAndTrimmed()
    {
        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        QVERIFY(openStore(store, m_path).ok);
        QList<ReceivedWebhook> sent;
        for (int i = 0; i < 4; ++i) {
            ReceivedWebhook w;
            w.id = 1000 + i;
            w.receivedAt = BaseTime.addSecs(i);
            w.method = "POST";
            w.path = u"/webhooks"_s;
            w.headers = {{"Content-Type", "application/json"}, {"X-Xident-Signature", "t=1,v1=ab"}};
            w.body = QByteArray("{\"n\":") + QByteArray::number(i) + "}\r\n\xff";   // raw bytes, not text
            w.remote = u"127.0.0.1"_s;
            w.answeredStatus = i == 3 ? 413 : 200;
            w.refused = i == 3 ? u"413: too large"_s : QString();
            if (i == 3) {
                w.judgement = ReceivedWebhook::Judgement::Refused;
                w.note = u"413: too large (11 MB)"_s;
            } else {
                // Each parameter of the verdict comes back.
                w.judgement = ReceivedWebhook::Judgement::Judged;
                w.verdict.reason = i == 1 ? WebhookVerdict::Reason::MalformedHeader : WebhookVerdict::Reason::Valid;
                w.verdict.timestamp = 1795694581 + i;
                w.verdict.ageSeconds = -7 - i;
                w.verdict.matchedSignature = i == 1 ? -1 : i;
                w.verdict.signatureCount = 3 + i;
                w.verdict.wellFormedSignatures = 2 + i;
                w.verdict.malformedPart = i == 1 ? u"t= appears twice"_s : QString();
            }
            w.withheld = {"authorization"};
            w.profileId = u"local-sandbox"_s;
            w.eventType = u"session.success"_s;
            w.eventId = u"evt_%1"_s.arg(i);
            w.sessionRef = u"xtk_%1"_s.arg(i);
            w.matchedToken = u"xit_%1"_s.arg(i);
            if (i == 3) {
                w.repeats = 40;
                w.lastAt = BaseTime.addSecs(30);
            }
            store.saveWebhook(w, 3);
            sent.append(w);
        }
        const QList<ReceivedWebhook> kept = loadWebhooks(store, 100);
        QCOMPARE(kept.size(), 3);   // the oldest went
        for (int i = 0; i < 3; ++i) {
            const ReceivedWebhook &a = kept.at(i);
            const ReceivedWebhook &b = sent.at(i + 1);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.receivedAt, b.receivedAt);
            QCOMPARE(a.method, b.method);
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.headers, b.headers);
            QCOMPARE(a.body, b.body);
            QCOMPARE(a.remote, b.remote);
            QCOMPARE(a.answeredStatus, b.answeredStatus);
            QCOMPARE(a.refused, b.refused);
            QCOMPARE(a.judgement, b.judgement);
            QCOMPARE(a.verdictCode(), b.verdictCode());
            QCOMPARE(a.verdict.reason, b.verdict.reason);
            QCOMPARE(a.verdict.timestamp, b.verdict.timestamp);
            QCOMPARE(a.verdict.ageSeconds, b.verdict.ageSeconds);
            QCOMPARE(a.verdict.matchedSignature, b.verdict.matchedSignature);
            QCOMPARE(a.verdict.signatureCount, b.verdict.signatureCount);
            QCOMPARE(a.verdict.wellFormedSignatures, b.verdict.wellFormedSignatures);
            QCOMPARE(a.verdict.malformedPart, b.verdict.malformedPart);
            QVERIFY(a.verdictHasParameters);
            QCOMPARE(a.note, b.note);
            QCOMPARE(a.withheld, b.withheld);
            QCOMPARE(a.profileId, b.profileId);
            QCOMPARE(a.eventType, b.eventType);
            QCOMPARE(a.eventId, b.eventId);
            QCOMPARE(a.sessionRef, b.sessionRef);
            QCOMPARE(a.matchedToken, b.matchedToken);
            QCOMPARE(a.repeats, b.repeats);
            QCOMPARE(a.lastAt, b.lastAt);
        }
        // A repeated refusal updates its row's count and latest time, and nothing else of it.
        store.noteWebhookRepeats(sent.at(3).id, 41, BaseTime.addSecs(31));
        const QList<ReceivedWebhook> noted = loadWebhooks(store, 100);
        QCOMPARE(noted.size(), 3);
        QCOMPARE(noted.last().repeats, 41);
        QCOMPARE(noted.last().lastAt, BaseTime.addSecs(31));
        QCOMPARE(noted.last().body, sent.at(3).body);
        QCOMPARE(noted.last().note, sent.at(3).note);
        // The latest two, oldest first.
        const QList<ReceivedWebhook> latest = loadWebhooks(store, 2);
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).id, 1002);
        QCOMPARE(latest.at(1).id, 1003);
        store.clearWebhooks();
        QCOMPARE(loadWebhooks(store, 100).size(), 0);
        QCOMPARE(failures.size(), 0);
    }

    void writesThatWaitTogetherShareATransaction()
    {
        // A flood of deliveries is a few transactions, not one (with two trimming queries) per row.
        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        QVERIFY(openStore(store, m_path).ok);
        const quint64 before = store.transactions();
        // Another connection holds the write lock while the deliveries are queued, so they wait together
        // however fast this machine is.
        auto locker = std::make_unique<RawDatabase>(m_path);
        QVERIFY(locker->exec(u"BEGIN IMMEDIATE"_s));
        int kept = 0;
        QElapsedTimer clock;
        clock.start();
        constexpr int Deliveries = 5000;
        for (int i = 0; i < Deliveries; ++i) {
            ReceivedWebhook w;
            w.id = 10000 + i;
            w.receivedAt = BaseTime.addMSecs(i);
            w.body = QByteArray(100, 'b');
            store.saveWebhook(w, 2000, [&kept](HistoryStore::Kept k) { kept += k == HistoryStore::Kept::Yes; });
            if (i % 1000 == 0)
                store.saveSession(sampleSession(u"xit_batched%1"_s.arg(i, 6, 10, QChar(u'0'))));
        }
        QVERIFY(store.pendingWrites() > 0);
        QVERIFY(locker->exec(u"COMMIT"_s));
        locker.reset();
        store.flush();
        const qint64 ms = std::max<qint64>(1, clock.elapsed());
        std::printf("%d deliveries kept in %lld ms (%.0f rows/s) in %llu transactions\n", Deliveries, ms,
                    Deliveries * 1000.0 / ms, store.transactions() - before);
        QCOMPARE(kept, Deliveries);
        QCOMPARE(store.pendingWrites(), 0);
        QCOMPARE(store.pendingBytes(), 0);
        // The one the worker took first, waiting for the lock, and the rest.
        QVERIFY2(store.transactions() - before <= 2, qPrintable(QString::number(store.transactions() - before)));
        const QList<ReceivedWebhook> rows = loadWebhooks(store, 100000);
        QCOMPARE(rows.size(), 2000);   // trimmed once per batch to the latest 2000
        QCOMPARE(rows.first().id, 10000 + Deliveries - 2000);
        QCOMPARE(loadSessions(store).size(), 5);
        QCOMPARE(failures.size(), 0);
    }

    void webhookBodiesAreKeptWithinTheirBytes()
    {
        HistoryStore store;
        QVERIFY(openStore(store, m_path).ok);
        store.setMaxWebhookBytes(1000);
        for (int i = 0; i < 10; ++i) {
            ReceivedWebhook w;
            w.id = 500 + i;
            w.body = QByteArray(300, char('a' + i));
            store.saveWebhook(w);
            store.flush();   // one batch each: the trimming runs every time
        }
        QList<ReceivedWebhook> rows = loadWebhooks(store, 100);
        QCOMPARE(rows.size(), 3);   // 900 bytes fit, a fourth would not
        QCOMPARE(rows.first().id, 507);
        // A row replaced by id counts its new body, not both.
        ReceivedWebhook bigger;
        bigger.id = 509;
        bigger.body = QByteArray(600, 'z');
        store.saveWebhook(bigger);
        store.flush();
        rows = loadWebhooks(store, 100);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().id, 508);
        QCOMPARE(rows.last().body, bigger.body);
        // A restart counts what is there.
        HistoryStore again;
        QVERIFY(openStore(again, m_path).ok);
        again.setMaxWebhookBytes(1000);
        ReceivedWebhook w;
        w.id = 600;
        w.body = QByteArray(300, 'n');
        again.saveWebhook(w);
        QCOMPARE(loadWebhooks(again, 100).size(), 2);   // 600 + 300 fit; the 300 of 508 no longer do
    }

    void aFailedWriteSparesItsBatch()
    {
        {
            HistoryStore store;
            QVERIFY(openStore(store, m_path).ok);
        }
        {
            RawDatabase raw(m_path);
            QVERIFY(raw.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON status_changes WHEN NEW.token = 'xit_refused01'"
                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        }
        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        QVERIFY(openStore(store, m_path).ok);
        store.saveSession(sampleSession(u"xit_before0001"_s));
        store.recordChange({u"xit_refused01"_s, BaseTime, {}, u"pending"_s, {}, {}});
        store.saveSession(sampleSession(u"xit_after00001"_s));
        store.flush();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().first().toString().contains("xit_refused01"_L1), qPrintable(failures.first().first().toString()));
        const QList<TrackedSession> sessions = loadSessions(store);
        QVERIFY(findSession(sessions, u"xit_before0001"_s));
        QVERIFY(findSession(sessions, u"xit_after00001"_s));
        QCOMPARE(store.pendingWrites(), 0);
    }

    void keptIsSaidAfterTheCommit()
    {
        HistoryStore closed;
        QList<HistoryStore::Kept> outcomes;
        closed.saveWebhook(ReceivedWebhook{}, 10, [&](HistoryStore::Kept k) { outcomes.append(k); });
        closed.flush();
        QCOMPARE(outcomes, QList<HistoryStore::Kept>{HistoryStore::Kept::NoHistory});

        HistoryStore store;
        QVERIFY(openStore(store, m_path).ok);
        // While another connection holds the write lock, nothing is said; once it lets go, Yes.
        RawDatabase locker(m_path);
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        ReceivedWebhook w;
        w.id = 77;
        w.body = "kept";
        outcomes.clear();
        store.saveWebhook(w, 10, [&](HistoryStore::Kept k) { outcomes.append(k); });
        QTest::qWait(200);
        QVERIFY2(outcomes.isEmpty(), qPrintable(QString::number(int(outcomes.value(0)))));
        QCOMPARE(store.pendingWrites(), 1);
        QVERIFY(locker.exec(u"COMMIT"_s));
        QTRY_COMPARE(outcomes, QList<HistoryStore::Kept>{HistoryStore::Kept::Yes});
        QCOMPARE(loadWebhooks(store, 10).value(0).body, QByteArray("kept"));
    }

    void anotherProcessHoldingTheFileFailsTheBatchOnce()
    {
        // Busy means busy for every write of the batch: they fail together after one wait, not one wait each.
        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        QVERIFY(openStore(store, m_path).ok);
        store.setBusyTimeout(300);
        RawDatabase locker(m_path);
        QVERIFY(locker.exec(u"PRAGMA busy_timeout = 0"_s));
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        QList<HistoryStore::Kept> outcomes;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            ReceivedWebhook w;
            w.id = 900 + i;
            store.saveWebhook(w, 10, [&](HistoryStore::Kept k) { outcomes.append(k); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 5, 30000);
        const qint64 ms = clock.elapsed();
        QVERIFY(std::all_of(outcomes.cbegin(), outcomes.cend(), [](HistoryStore::Kept k) { return k == HistoryStore::Kept::No; }));
        QVERIFY2(ms < 300 * 2 + 1500, qPrintable(QString::number(ms)));   // at most two waits (two batches), not five
        QVERIFY(failures.size() <= 2);
        QVERIFY(locker.exec(u"ROLLBACK"_s));
    }

    void closingDoesNotWaitLongForALock()
    {
        // A quit while another process holds the file: the store gives up within a fraction of a second per batch.
        auto store = std::make_unique<HistoryStore>();
        QVERIFY(openStore(*store, m_path).ok);
        store->flush();
        RawDatabase locker(m_path);
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i)
            store->saveSession(sampleSession(u"xit_closing%1"_s.arg(i, 6, 10, QChar(u'0'))));
        QTest::qWait(50);   // the first batch is already waiting for the lock, as long as writes wait in normal use
        store.reset();
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
        QVERIFY(locker.exec(u"ROLLBACK"_s));
    }

    void aWriterFarBehindSaysSo()
    {
        HistoryStore store;
        QVERIFY(openStore(store, m_path).ok);
        RawDatabase locker(m_path);
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(!store.isBacklogged());
        ReceivedWebhook w;
        w.body = QByteArray(1024, 'q');
        for (qsizetype i = 0; i < HistoryStore::MaxPendingWrites; ++i) {
            w.id = 1 + i;
            store.saveWebhook(w);
        }
        QVERIFY(store.isBacklogged());
        QVERIFY(locker.exec(u"COMMIT"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isBacklogged(), 20000);
        store.flush();
        QCOMPARE(store.pendingWrites(), 0);
    }

    void newerSchemaIsLeftAlone()
    {
        {
            RawDatabase raw(m_path);
            QVERIFY(raw.exec(u"CREATE TABLE future (x)"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = readAll(m_path);

        HistoryStore store;
        const OpenResult opened = openStore(store, m_path);
        QVERIFY(!opened.ok);
        QVERIFY(opened.message.contains(u"newer"_s));
        QCOMPARE(opened.movedAside, QString());
        QCOMPARE(corruptFilesIn(m_dir->path()), QStringList());
        QCOMPARE(readAll(m_path), before);
    }

    void damagedFileMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("wal");
        QTest::newRow("garbage") << garbage(64 * 1024, 1) << QByteArray();
        QTest::newRow("garbage after a SQLite header")
            << QByteArray("SQLite format 3\0", 16) + garbage(16 * 1024, 2) << QByteArray();
        QTest::newRow("garbage with -wal and -shm") << garbage(8 * 1024, 3) << garbage(4 * 1024, 4);
        QTest::newRow("empty file with a -wal") << QByteArray("") << garbage(4 * 1024, 5);
        QTest::newRow("truncated database") << truncatedDatabase() << QByteArray();
        QTest::newRow("tables without a version") << foreignDatabase() << QByteArray();
    }

    void damagedFileMovedAside()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, wal);
        QVERIFY(writeAll(m_path, bytes));
        if (!wal.isEmpty()) {
            QVERIFY(writeAll(m_path + u"-wal"_s, wal));
            QVERIFY(writeAll(m_path + u"-shm"_s, wal.left(1024)));
        }

        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        const OpenResult opened = openStore(store, m_path);
        QVERIFY2(opened.ok, qPrintable(opened.message));
        QVERIFY(!opened.message.isEmpty());
        QVERIFY2(opened.message.contains(QDir::toNativeSeparators(opened.movedAside)), qPrintable(opened.message));
        static const QRegularExpression name(u"^history\\.sqlite\\.corrupt-\\d{8}-\\d{6}(-\\d+)?$"_s);
        QVERIFY2(name.match(QFileInfo(opened.movedAside).fileName()).hasMatch(), qPrintable(opened.movedAside));
        QCOMPARE(QFileInfo(opened.movedAside).absolutePath(), QFileInfo(m_path).absolutePath());
        QCOMPARE(readAll(opened.movedAside), bytes);
        if (!wal.isEmpty()) {
            QCOMPARE(readAll(opened.movedAside + u"-wal"_s), wal);
            // The -shm only indexes the -wal: SQLite may rebuild it, but it moves along.
            QVERIFY(QFileInfo::exists(opened.movedAside + u"-shm"_s));
        }

        // The fresh database works.
        const TrackedSession s = sampleSession(u"xit_fresh001"_s);
        store.saveSession(s);
        QCOMPARE(loadSessions(store), QList<TrackedSession>{s});
        QCOMPARE(failures.size(), 0);
        RawDatabase raw(m_path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
    }

    void twoDamagedFilesKeepBoth()
    {
        QStringList moved;
        for (quint32 round = 0; round < 2; ++round) {
            QVERIFY(writeAll(m_path, garbage(4096, 10 + round)));
            HistoryStore store;
            const OpenResult opened = openStore(store, m_path);
            QVERIFY(opened.ok);
            moved << opened.movedAside;
        }
        QCOMPARE(corruptFilesIn(m_dir->path()).size(), 2);
        QVERIFY(moved.at(0) != moved.at(1));
        QCOMPARE(readAll(moved.at(0)), garbage(4096, 10));
        QCOMPARE(readAll(moved.at(1)), garbage(4096, 11));
    }

    void unopenable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("path is a folder") << u"folder"_s;
        QTest::newRow("parent is a file") << u"file parent"_s;
        QTest::newRow("read-only folder") << u"read-only"_s;
        QTest::newRow("no file can be made there") << u"proc"_s;
    }

    void unopenable()
    {
        QFETCH(QString, kind);
        QString path;
        if (kind == u"folder"_s) {
            path = m_path;
            QVERIFY(QDir().mkpath(path));
        } else if (kind == u"file parent"_s) {
            QVERIFY(writeAll(m_dir->filePath(u"plain"_s), "not a folder"));
            path = m_dir->filePath(u"plain/history.sqlite"_s);
        } else if (kind == u"proc"_s) {
            // Even root cannot create a file in /proc, so this row runs where the read-only one is skipped.
            if (!QFileInfo(u"/proc/self"_s).isDir())
                QSKIP("No /proc here.");
            path = u"/proc/self/xident-history.sqlite"_s;
        } else {
            const QString locked = m_dir->filePath(u"locked"_s);
            QVERIFY(QDir().mkpath(locked));
            QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
            if (::access(QFile::encodeName(locked).constData(), W_OK) == 0)
                QSKIP("This user can write to read-only folders (root).");
            path = locked + u"/history.sqlite"_s;
        }

        HistoryStore store;
        QSignalSpy failures(&store, &HistoryStore::failed);
        QSignalSpy loaded(&store, &HistoryStore::sessionsLoaded);
        const OpenResult opened = openStore(store, path);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.message.contains(QDir::toNativeSeparators(path)), qPrintable(opened.message));
        QCOMPARE(opened.movedAside, QString());
        QCOMPARE(corruptFilesIn(m_dir->path()), QStringList());
        if (kind == u"folder"_s)
            QVERIFY(QFileInfo(path).isDir());

        // Later calls fail plainly instead of crashing.
        store.saveSession(sampleSession(u"xit_nowhere1"_s));
        store.loadSessions();
        store.flush();
        QCOMPARE(failures.size(), 2);
        QVERIFY(!failures.at(0).at(0).toString().isEmpty());
        QCOMPARE(loaded.size(), 0);

        // The same store can open a good file afterwards.
        QVERIFY(openStore(store, m_dir->filePath(u"good.sqlite"_s)).ok);
        QCOMPARE(loadSessions(store), QList<TrackedSession>());
    }

    void survivesKill()
    {
        // Several rounds on one file, each killed at a random point, so that writes held back in a
        // batch (or an open transaction) would show up as confirmed tokens that are missing.
        QStringList confirmed;
        constexpr int Rounds = 4;
        for (int round = 0; round < Rounds; ++round) {
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({QString::fromLatin1(ChildWriterArgument), m_path, u"round%1x"_s.arg(round)});
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"QT_LOGGING_RULES"_s, u"xident.console.history.info=false"_s);
            child.setProcessEnvironment(environment);
            child.start();
            QVERIFY(child.waitForStarted());

            QByteArray output;
            qsizetype lines = 0;
            const auto takeLines = [&] {
                output += child.readAllStandardOutput();
                const qsizetype end = output.lastIndexOf('\n');
                if (end < 0)
                    return;
                for (const QByteArray &line : output.left(end).split('\n')) {
                    confirmed << QString::fromLatin1(line);
                    ++lines;
                }
                output.remove(0, end + 1);   // a line cut off by the kill is no confirmation
            };
            const int killAfter = 20 + int(QRandomGenerator::global()->bounded(30));
            QElapsedTimer waited;
            waited.start();
            while (lines < killAfter && waited.elapsed() < 15000 && child.state() == QProcess::Running) {
                child.waitForReadyRead(20);
                takeLines();
            }
            QVERIFY2(lines >= killAfter, qPrintable(u"the child confirmed %1 writes"_s.arg(lines)));
            QThread::usleep(QRandomGenerator::global()->bounded(3000));
            child.kill();   // SIGKILL, somewhere in its next writes
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            takeLines();
        }

        {
            RawDatabase raw(m_path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        HistoryStore store;
        QVERIFY(openStore(store, m_path).ok);
        QSet<QString> stored;
        for (const TrackedSession &s : loadSessions(store))
            stored.insert(s.token);
        for (const QString &token : std::as_const(confirmed))
            QVERIFY2(stored.contains(token), qPrintable(token + u" was confirmed but is missing"_s));
        // At most the one write in flight per round beyond what was confirmed.
        QVERIFY2(stored.size() <= confirmed.size() + Rounds,
                 qPrintable(u"%1 stored, %2 confirmed"_s.arg(stored.size()).arg(confirmed.size())));
        QCOMPARE(loadTimeline(store, confirmed.last()).size(), 1);
    }

    void workRunsOffCallerThread()
    {
        HistoryStore store;
        QVERIFY(openStore(store, m_path).ok);
        QThread *emittedOn = nullptr;
        connect(&store, &HistoryStore::sessionsLoaded, this, [&] { emittedOn = QThread::currentThread(); },
                Qt::DirectConnection);
        QSignalSpy loaded(&store, &HistoryStore::sessionsLoaded);

        // Another connection holds the write lock, so the store's next write has to wait for it.
        RawDatabase locker(m_path);
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        QElapsedTimer timer;
        timer.start();
        const TrackedSession s = sampleSession(u"xit_locked01"_s);
        store.saveSession(s);
        store.loadSessions();
        // Had the caller done the write, it would have waited for the lock (the busy timeout is seconds).
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        QTest::qWait(300);
        QVERIFY(ticks >= 10);               // the caller's event loop kept running...
        QCOMPARE(loaded.size(), 0);         // ...while the worker still waited for the lock
        QVERIFY(locker.exec(u"COMMIT"_s));

        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).value<QList<TrackedSession>>(), QList<TrackedSession>{s});
        QCOMPARE(emittedOn, QThread::currentThread());   // results come back on the caller's thread
    }

private:
    static QByteArray truncatedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.sqlite"_s);
        {
            HistoryStore store;
            store.open(path);
            for (int i = 0; i < 60; ++i) {
                TrackedSession s = sampleSession(u"xit_full%1"_s.arg(i, 4, 10, QChar(u'0')), i);
                s.resultJson = garbage(1500, quint32(100 + i)).toHex();
                store.saveSession(s);
                store.recordChange({s.token, s.addedAt, {}, s.status, {}});
            }
        }   // closing checkpoints the WAL into the file
        const QByteArray full = readAll(path);
        const qsizetype pageSize = 4096;
        return full.left((full.size() / 2) / pageSize * pageSize);
    }

    static QByteArray foreignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"foreign.sqlite"_s);
        {
            RawDatabase raw(path);
            raw.exec(u"CREATE TABLE sessions (something_else TEXT)"_s);
            raw.exec(u"INSERT INTO sessions VALUES ('keep me')"_s);
        }
        return readAll(path);
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], ChildWriterArgument) == 0)
        return runChildWriter(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]));
    tst_HistoryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
