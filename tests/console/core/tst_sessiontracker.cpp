#include "console/core/history/historystore.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
#include "console/core/sessiontracker.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Xident::Console;

namespace {

// The services a tracker stands on, over a real SQLite file. No client: nothing is polled.
struct Fixture
{
    explicit Fixture(const QString &dir)
        : settings(dir + u"/console.ini"_s, QSettings::IniFormat)
        , profiles(&settings)
        , scheduler(&sessions)
        , tracker(&sessions, &scheduler, &history, &profiles)
    {
        scheduler.setClientLookup([](const QString &) { return nullptr; });
    }

    QSettings settings;
    ProfileStore profiles;
    SessionModel sessions;
    PollScheduler scheduler;
    HistoryStore history;
    SessionTracker tracker;
};

TrackedSession stored(const QString &token, const QString &status)
{
    TrackedSession s;
    s.token = token;
    s.profileId = QString::fromLatin1(Profile::SandboxId);
    s.addedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    s.status = status;
    s.resultJson = R"({"status":"success","request_id":"req_kept"})";
    return s;
}

} // namespace

class tst_SessionTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A history from an earlier run holds one finished session.
        HistoryStore earlier;
        QSignalSpy opened(&earlier, &HistoryStore::opened);
        earlier.open(path());
        QVERIFY(opened.wait(5000));
        earlier.saveSession(stored(u"xit_fromhistory0001"_s, u"success"_s));
        earlier.flush();
    }

    // A track asked for before the history has loaded (a link that started the console, a fast paste) waits:
    // the session the history holds keeps its stored status and result instead of a blank row.
    void tracksBeforeTheHistoryLoadedWaitForIt()
    {
        Fixture f(m_dir->path());
        QVERIFY(!f.tracker.isReady());
        const QStringList fresh = f.tracker.track({u"xit_fromhistory0001"_s, u"xit_brandnew000002"_s},
                                                  QString::fromLatin1(Profile::SandboxId));
        QCOMPARE(fresh.size(), 2);
        QCOMPARE(f.sessions.rowCount(), 0);
        bool ranWhenReady = false;
        f.tracker.whenReady(this, [&] { ranWhenReady = f.sessions.contains(u"xit_brandnew000002"_s); });

        QSignalSpy loaded(&f.tracker, &SessionTracker::historyLoaded);
        f.history.open(path());
        QVERIFY(loaded.wait(5000));
        QVERIFY(f.tracker.isReady());
        QVERIFY(ranWhenReady);
        QCOMPARE(f.sessions.rowCount(), 2);
        const auto kept = f.sessions.session(u"xit_fromhistory0001"_s);
        QVERIFY(kept);
        QCOMPARE(kept->status, u"success"_s);
        QVERIFY(kept->resultJson.contains("req_kept"));
        // Once loaded, a track is immediate, and a session already listed is not new.
        QCOMPARE(f.tracker.track({u"xit_fromhistory0001"_s}, QString::fromLatin1(Profile::SandboxId)), QStringList());
        QCOMPARE(f.tracker.track({u"xit_third000000003"_s}, QString::fromLatin1(Profile::SandboxId)),
                 QStringList{u"xit_third000000003"_s});
        QVERIFY(f.sessions.contains(u"xit_third000000003"_s));
    }

    // A key pasted into a note by mistake is taken out before the note is kept anywhere.
    void aNoteNeverKeepsAKey()
    {
        Fixture f(m_dir->path());
        QSignalSpy loaded(&f.tracker, &SessionTracker::historyLoaded);
        f.history.open(path());
        QVERIFY(loaded.wait(5000));
        f.tracker.track({u"xit_annotated00001"_s}, QString::fromLatin1(Profile::SandboxId));
        f.tracker.annotate(u"xit_annotated00001"_s, u"ZD-1 sk_test_abcdefghijklmnop"_s,
                           u"They sent whsec_abcdefghijklmnopqrst and sk_live_abcdefghijklmnop by mail."_s);
        const auto s = f.sessions.session(u"xit_annotated00001"_s);
        QVERIFY(s);
        QVERIFY2(!s->ticket.contains(u"abcdefgh"_s) && s->ticket.startsWith(u"ZD-1 "_s), qPrintable(s->ticket));
        QVERIFY2(!s->note.contains(u"abcdefgh"_s) && s->note.startsWith(u"They sent "_s), qPrintable(s->note));
        f.history.flush();
        for (const QString &name : QStringList{path(), path() + u"-wal"_s}) {   // the write may still be in the log
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains("abcdefghijklmnop"));
        }
    }

    // Without a history the watchlist still works for the run: the tracker is ready, and says why.
    void aHistoryThatCannotOpenStillMakesItReady()
    {
        Fixture f(m_dir->path());
        QSignalSpy notice(&f.tracker, &SessionTracker::notice);
        QSignalSpy loaded(&f.tracker, &SessionTracker::historyLoaded);
        f.tracker.track({u"xit_brandnew000002"_s}, QString::fromLatin1(Profile::SandboxId));
        // A file where the history's folder should be.
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        f.history.open(blocker.fileName() + u"/history.sqlite"_s);
        QVERIFY(loaded.wait(5000));
        QVERIFY(f.tracker.isReady());
        QVERIFY(!notice.isEmpty());
        QVERIFY(f.sessions.contains(u"xit_brandnew000002"_s));
    }

    // A history that opened but cannot be read (a lock, an I/O error) still lets tracks through for the run.
    void aHistoryThatFailsToLoadStillMakesItReady()
    {
        Fixture f(m_dir->path());
        QSignalSpy notice(&f.tracker, &SessionTracker::notice);
        QCOMPARE(f.tracker.track({u"xit_brandnew000002"_s}, QString::fromLatin1(Profile::SandboxId)).size(), 1);
        QVERIFY(!f.sessions.contains(u"xit_brandnew000002"_s));
        Q_EMIT f.history.failed(u"The history cannot be read: disk I/O error."_s);
        QVERIFY(f.tracker.isReady());
        QVERIFY(f.sessions.contains(u"xit_brandnew000002"_s));
        QCOMPARE(notice.size(), 1);
    }

    // A waiter whose context is gone is not called.
    void aWaiterWhoseContextIsGoneIsSkipped()
    {
        Fixture f(m_dir->path());
        auto context = std::make_unique<QObject>();
        bool called = false;
        f.tracker.whenReady(context.get(), [&] { called = true; });
        context.reset();
        QSignalSpy loaded(&f.tracker, &SessionTracker::historyLoaded);
        f.history.open(path());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!called);
    }

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_SessionTracker)
#include "tst_sessiontracker.moc"
