// The watchlist's model and proxy under QAbstractItemModelTester, and the export that must carry no
// personal data unless asked.
#include <XidentQt/sessionresult.h>
#include "console/core/models/sessionfiltermodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/sessionexport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

class tst_SessionModel : public QObject
{
    Q_OBJECT

    static TrackedSession row(int i, const QString &status = {})
    {
        TrackedSession s;
        s.token = u"xit_model%1"_s.arg(i, 8, 10, QLatin1Char('0'));
        s.profileId = u"p"_s;
        s.userId = u"person-%1"_s.arg(i);
        s.addedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC).addSecs(i);
        s.status = status;
        return s;
    }

private Q_SLOTS:
    // SortRole and the proxy's comparison come from one definition: for every column, ordering the rows by
    // SortRole gives the order compareRows() gives.
    void sortRoleAgreesWithTheProxysOrder()
    {
        SessionModel model;
        QList<TrackedSession> rows;
        for (int i = 0; i < 12; ++i) {
            TrackedSession s = row((i * 7) % 12, i % 4 == 0 ? u"success"_s : (i % 4 == 1 ? u"failed"_s : u"pending"_s));
            s.userId = i % 3 == 0 ? QString() : u"Person-%1"_s.arg((i * 5) % 12);
            if (i % 2)
                s.lastPolledAt = s.addedAt.addSecs(60 - i);
            rows.append(s);
        }
        model.addSessions(rows);
        model.setProfileNames({{u"p"_s, u"Profile"_s}});
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int a = 0; a < model.rowCount(); ++a) {
                for (int b = 0; b < model.rowCount(); ++b) {
                    const QVariant l = model.index(a, column).data(SessionModel::SortRole);
                    const QVariant r = model.index(b, column).data(SessionModel::SortRole);
                    const int byRole = l.typeId() == QMetaType::QString
                                           ? QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive)
                                           : (l.toLongLong() < r.toLongLong() ? -1 : (l.toLongLong() > r.toLongLong() ? 1 : 0));
                    const int byProxy = model.compareRows(a, b, column);
                    // Equal values are ordered by token: a stable, predictable order, and only a row equals itself.
                    const int expected = byRole != 0 ? byRole : QString::compare(model.tokens().at(a), model.tokens().at(b));
                    QVERIFY2((expected < 0) == (byProxy < 0) && (expected > 0) == (byProxy > 0),
                             qPrintable(u"column %1, rows %2 and %3"_s.arg(column).arg(a).arg(b)));
                }
            }
        }
    }

    // Sorting ranks every row once per column; a row that changes, arrives or goes afterwards still lands in
    // its place, in the proxy's dynamic sort, and ranking again agrees.
    void ranksFollowChanges()
    {
        SessionModel model;
        SessionFilterModel proxy;
        proxy.setSourceModel(&model);
        QList<TrackedSession> rows;
        for (int i = 0; i < 40; ++i) {
            TrackedSession s = row(i, u"success"_s);
            s.ticket = u"ZD-%1"_s.arg(100 + (i * 17) % 40);
            rows.append(s);
        }
        model.addSessions(rows);
        proxy.sort(SessionModel::TicketColumn, Qt::AscendingOrder);
        const auto ticketsInOrder = [&proxy] {
            QStringList tickets;
            for (int r = 0; r < proxy.rowCount(); ++r)
                tickets.append(proxy.index(r, SessionModel::TicketColumn).data(SessionModel::SortRole).toString());
            return tickets;
        };
        const auto isSorted = [&] {
            const QStringList t = ticketsInOrder();
            return std::is_sorted(t.cbegin(), t.cend(), [](const QString &a, const QString &b) {
                return QString::compare(a, b, Qt::CaseInsensitive) < 0;
            });
        };
        QVERIFY(isSorted());
        // One row changes: it moves, the others keep their ranks.
        model.annotate(row(5).token, u"ZD-000"_s, {});
        QVERIFY(isSorted());
        QCOMPARE(proxy.index(0, SessionModel::TokenColumn).data().toString(), row(5).token);
        model.annotate(row(7).token, u"zd-999"_s, {});
        QVERIFY(isSorted());
        QCOMPARE(proxy.index(proxy.rowCount() - 1, SessionModel::TokenColumn).data().toString(), row(7).token);
        // Rows arrive (unranked) and go (the others keep their order).
        TrackedSession late = row(90, u"failed"_s);
        late.ticket = u"ZD-120a"_s;
        model.addSessions({late});
        model.removeTokens({row(3).token, row(4).token, row(30).token});
        QVERIFY(isSorted());
        QCOMPARE(proxy.rowCount(), 38);
        // Another column, then back: ranked again from the values.
        proxy.sort(SessionModel::TokenColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SessionModel::TokenColumn).data().toString(), late.token);
        proxy.sort(SessionModel::TicketColumn, Qt::AscendingOrder);
        QVERIFY(isSorted());
        QCOMPARE(proxy.index(0, SessionModel::TokenColumn).data().toString(), row(5).token);
    }

    void rowsComeAndGoConsistently()
    {
        SessionModel model;
        SessionFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(SessionModel::CreatedColumn, Qt::DescendingOrder);
        QList<TrackedSession> rows;
        for (int i = 0; i < 50; ++i)
            rows.append(row(i, i % 3 == 0 ? u"success"_s : u"pending"_s));
        QCOMPARE(model.addSessions(rows), 50);
        QCOMPARE(model.addSessions(rows.mid(0, 5)), 0);   // duplicates are ignored
        QCOMPARE(proxy.index(0, 0).data(SessionModel::TokenRole).toString(), rows.last().token);
        // Scattered removals, in any order.
        model.removeTokens({rows[3].token, rows[40].token, rows[4].token, rows[5].token, u"xit_unknown00000"_s, rows[0].token});
        QCOMPARE(model.rowCount(), 45);
        QCOMPARE(model.rowOf(rows[3].token), -1);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.index(r, 0).data(SessionModel::TokenRole).toString()), r);
        // A poll answer changes the row and what the filter sees.
        const QJsonObject data{{"status"_L1, u"failed"_s}, {"reason"_L1, u"face_mismatch"_s},
                               {"checks"_L1, QJsonObject{{"age"_L1, QJsonObject{{"performed"_L1, true}, {"passed"_L1, true}, {"gate"_L1, 21}}}}}};
        QCOMPARE(model.applyResult(rows[7].token, SessionResult::fromJson(data), u"req_1"_s, QDateTime::currentDateTimeUtc()),
                 u"pending"_s);
        proxy.setStatusFilter(SessionFilterModel::StatusFilter::Failed);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, SessionModel::ReasonColumn).data().toString(), u"face_mismatch"_s);
        QCOMPARE(proxy.index(0, SessionModel::AgeColumn).data().toString(), u"21+"_s);
        proxy.setStatusFilter(SessionFilterModel::StatusFilter::All);
        proxy.setSearchText(u"PERSON-1"_s);   // person-1, person-10..19
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setSearchText({});
        model.setArchived({rows[8].token}, true);
        QCOMPARE(proxy.rowCount(), 44);
        proxy.setShowArchived(true);
        QCOMPARE(proxy.rowCount(), 45);
        // Sorting by status and by age keeps working as rows change.
        proxy.sort(SessionModel::StatusColumn, Qt::AscendingOrder);
        proxy.sort(SessionModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SessionModel::TokenRole).toString(), rows[7].token);
        // Inside each removal the model already answers for the rows that are left.
        int checks = 0;
        const auto consistent = [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                const QString t = model.index(r, 0).data(SessionModel::TokenRole).toString();
                QCOMPARE(model.rowOf(t), r);
                QCOMPARE(model.session(t)->token, t);
                ++checks;
            }
        };
        connect(&model, &QAbstractItemModel::rowsRemoved, this, consistent);
        const QStringList all = model.tokens();
        model.removeTokens({all[1], all[5], all[9], all[20]});
        QVERIFY(checks > 0);
        QCOMPARE(model.rowCount(), 41);
        model.removeTokens(model.tokens());
        QCOMPARE(proxy.rowCount(), 0);
    }

    void exportLeavesPersonalDataOutUnlessAsked()
    {
        TrackedSession s = row(1, u"success"_s);
        s.userId = u"alice@example.com"_s;
        s.resultJson = QJsonDocument(QJsonObject{{"status"_L1, u"success"_s}, {"external_user_id"_L1, u"alice@example.com"_s}})
                           .toJson(QJsonDocument::Compact);
        TrackedSession formula = row(2, u"failed"_s);
        formula.userId = u"=HYPERLINK(\"x\")"_s;
        for (ExportFormat f : {ExportFormat::Json, ExportFormat::Csv}) {
            const QByteArray without = exportSessions({s, formula}, f, false);
            QVERIFY(!without.contains("alice@example.com"));
            QVERIFY(without.contains(s.token.toUtf8()));
            const QByteArray with = exportSessions({s, formula}, f, true);
            QVERIFY(with.contains("alice@example.com"));
        }
        // A cell that a spreadsheet would run as a formula is defused.
        const QByteArray csv = exportSessions({formula}, ExportFormat::Csv, true);
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.constData());
        const QJsonArray json = QJsonDocument::fromJson(exportSessions({s}, ExportFormat::Json, true)).array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first().toObject().value("user_id"_L1).toString(), u"alice@example.com"_s);
    }

    void exportsCarryTheTicketTheNoteAndEveryToken()
    {
        TrackedSession s = row(3, u"failed"_s);
        s.aliases = {u"xtk_othertoken01"_s};
        s.ticket = u"ZD-48213"_s;
        s.note = u"=cmd|' /C calc'!A0\nsecond line"_s;
        const QJsonObject json = QJsonDocument::fromJson(exportSessions({s}, ExportFormat::Json, false)).array().first().toObject();
        QCOMPARE(json.value("ticket"_L1).toString(), s.ticket);
        QCOMPARE(json.value("note"_L1).toString(), s.note);
        QCOMPARE(json.value("other_tokens"_L1).toArray(), QJsonArray{u"xtk_othertoken01"_s});
        // Times carry their offset (UTC, written Z).
        QCOMPARE(json.value("added_at"_L1).toString(), u"2026-11-26T12:00:03.000Z"_s);
        const QByteArray csv = exportSessions({s}, ExportFormat::Csv, false);
        QVERIFY2(csv.startsWith("token,profile,status,added_at,last_polled_at,last_request_id,age_bracket,method,reason,"
                                "other_tokens,ticket,note\r\n"),
                 csv.constData());
        QVERIFY2(csv.contains(",xtk_othertoken01,ZD-48213,\"'=cmd|' /C calc'!A0\nsecond line\"\r\n"), csv.constData());
    }

    void rowsThatAreOneSessionMerge()
    {
        SessionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrackedSession first = row(1);   // the result token, opened first
        first.token = u"xtk_mergemodel01"_s;
        first.ticket = u"ZD-1"_s;
        first.note = u"from the first row"_s;
        first.status = u"success"_s;
        first.resultJson = R"({"token":"xtk_mergemodel01","status":"success"})";
        first.lastPolledAt = first.addedAt.addSecs(5);
        TrackedSession second = row(2);   // the init token, opened later, not polled yet
        second.note = u"from the second row"_s;
        model.addSessions({first, second});
        QCOMPARE(model.sameSessionAs(first.token), QString());
        QCOMPARE(model.sameSessionAs(second.token), QString());
        // Its first poll names the result token: the two rows are one session.
        second.resultJson = R"({"token":"xtk_mergemodel01","status":"success"})";
        model.applyResult(second.token, SessionResult::fromJson(QJsonDocument::fromJson(second.resultJson).object()),
                          u"req_2"_s, first.addedAt.addSecs(9));
        QCOMPARE(model.sameSessionAs(second.token), first.token);
        model.merge(second.token, first.token);
        QCOMPARE(model.rowCount(), 1);
        const TrackedSession merged = *model.session(second.token);
        QCOMPARE(merged.aliases, QStringList{first.token});
        QCOMPARE(merged.ticket, u"ZD-1"_s);
        QCOMPARE(merged.note, u"from the second row\n\nfrom the first row"_s);
        QCOMPARE(merged.addedAt, first.addedAt);
        QCOMPARE(merged.lastRequestId, u"req_2"_s);
        QCOMPARE(model.trackedTokenFor(first.token), second.token);
        QCOMPARE(model.sameSessionAs(second.token), QString());
        QVERIFY(model.rowMatches(0, u"mergemodel01"_s));
        QVERIFY(model.rowMatches(0, u"ZD-1"_s));
        QVERIFY(model.rowMatches(0, u"first row"_s));
        QCOMPARE(model.otherNames(second.token), QStringList{first.token});
        // A note with markup is shown as the text it is, in the column and in its tooltip.
        model.annotate(second.token, u"ZD-1"_s, u"<img src=x><b>bold</b>"_s);
        const QModelIndex ticket = model.index(0, SessionModel::TicketColumn);
        QCOMPARE(ticket.data().toString(), u"ZD-1 — <img src=x><b>bold</b>"_s);
        const QString tip = ticket.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;img src=x&gt;&lt;b&gt;bold&lt;/b&gt;"_s) && !tip.contains(u"<img"_s), qPrintable(tip));
    }

    void csvDefusesEveryFormulaStart_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QByteArray>("cell");
        // OWASP's CSV injection list: = + - @, TAB and CR, and the same after leading white space.
        QTest::newRow("equals") << u"=1+1"_s << QByteArray("'=1+1");
        QTest::newRow("plus") << u"+1"_s << QByteArray("'+1");
        QTest::newRow("minus") << u"-1"_s << QByteArray("'-1");
        QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << u"\t=HYPERLINK(1)"_s << QByteArray("\"'\t=HYPERLINK(1)\"");
        QTest::newRow("cr") << u"\r=1"_s << QByteArray("\"'\r=1\"");
        QTest::newRow("space then equals") << u"  =1"_s << QByteArray("'  =1");
        QTest::newRow("newline then at") << u"\n@x"_s << QByteArray("\"'\n@x\"");
        QTest::newRow("no-break space then plus") << u"\u00a0+1"_s << QByteArray("'\xc2\xa0+1");
        QTest::newRow("plain") << u"jane"_s << QByteArray("jane");
        QTest::newRow("space then letter") << u" jane"_s << QByteArray(" jane");
        QTest::newRow("minus inside") << u"a-b"_s << QByteArray("a-b");
    }

    void csvDefusesEveryFormulaStart()
    {
        QFETCH(QString, userId);
        QFETCH(QByteArray, cell);
        TrackedSession s = row(1, u"success"_s);
        s.userId = userId;
        const QByteArray csv = exportSessions({s}, ExportFormat::Csv, true);
        const QByteArray expected = "," + cell + "\r\n";   // the user id is the last column
        QVERIFY2(csv.contains(expected), csv.constData());
    }
};

QTEST_MAIN(tst_SessionModel)
#include "tst_sessionmodel.moc"
