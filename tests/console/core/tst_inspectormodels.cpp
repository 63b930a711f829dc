#include "console/core/models/checksmodel.h"
#include "console/core/models/jsontreemodel.h"
#include "console/core/models/timelinemodel.h"
#include "console/core/verdict.h"

#include <XidentQt/sessionresult.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtGui/QIcon>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

StatusChange change(const QString &token, int second, const QString &from, const QString &to, const QString &event = {})
{
    return StatusChange{token, QDateTime(QDate(2026, 12, 5), QTime(10, 0, second), Qt::UTC), from, to,
                        u"req_%1"_s.arg(second), event};
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// The inspector's and the validator's tables, checked without a window.
class tst_InspectorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictInBigWords()
    {
        // The golden result: every check in the order a person goes through them; those not performed left out.
        QFile golden(QStringLiteral(XIDENT_TEST_DATA_DIR "/result-v1-golden.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QJsonObject data = QJsonDocument::fromJson(golden.readAll()).object();
        QJsonObject checks = data.value("checks"_L1).toObject();
        // Shuffled on the wire: the verdict still goes liveness, age, document, face match.
        QJsonObject face = checks.take("face_match"_L1).toObject();
        face.insert("passed"_L1, QJsonValue(QJsonValue::Null));
        checks.insert("face_match"_L1, face);
        data.insert("checks"_L1, checks);
        const Verdict passed = Verdict::of(WatchStatus::Success, SessionResult::fromJson(data));
        QCOMPARE(passed.tone, Verdict::Tone::Good);
        QCOMPARE(passed.headline, u"Verified, 21+"_s);
        QStringList names;
        for (const Verdict::Check &c : passed.checks)
            names << c.name;
        QCOMPARE(names, (QStringList{u"liveness"_s, u"age"_s, u"document"_s, u"face_match"_s}));
        QCOMPARE(passed.checks.at(1).label, u"Age"_s);
        QCOMPARE(passed.checks.at(0).passed, std::optional<bool>(true));
        QCOMPARE(passed.checks.at(3).passed, std::nullopt);   // the server did not say: not a pass, not a failure

        data.insert("status"_L1, u"failed"_s);
        data.insert("reason"_L1, u"face_mismatch"_s);
        const Verdict failed = Verdict::of(WatchStatus::Failed, SessionResult::fromJson(data));
        QCOMPARE(failed.tone, Verdict::Tone::Bad);
        QCOMPARE(failed.headline, u"Not verified"_s);
        QVERIFY2(failed.detail.contains(u"face"_s, Qt::CaseInsensitive), qPrintable(failed.detail));
        // Nothing decided yet: no checks, no colour of a verdict.
        const Verdict waiting = Verdict::of(WatchStatus::Pending, SessionResult::fromJson(data));
        QCOMPARE(waiting.tone, Verdict::Tone::Neutral);
        QVERIFY(waiting.checks.isEmpty());
        QCOMPARE(Verdict::of(WatchStatus::InProgress, {}).tone, Verdict::Tone::Working);
        QCOMPARE(Verdict::of(WatchStatus::Success, {}).headline, u"Verified"_s);   // no age bracket said
        QCOMPARE(Verdict::checkLabel(u"something_new"_s), u"something_new"_s);
    }

    void timelineKeepsLiveChangesAfterTheStoredOnes()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Request id"_s);
        model.setToken(u"xit_a"_s);
        // Seen live while the history's load was on its way: one older than what it holds, one newer.
        model.append(change(u"xit_a"_s, 1, {}, u"pending"_s));
        model.append(change(u"xit_a"_s, 9, u"pending"_s, u"success"_s));
        model.append(change(u"xit_other"_s, 5, {}, u"failed"_s));   // not the shown session
        QCOMPARE(model.rowCount(), 2);
        model.setStored(u"xit_other"_s, {change(u"xit_other"_s, 2, {}, u"pending"_s)});
        QCOMPARE(model.rowCount(), 2);
        model.setStored(u"xit_a"_s, {change(u"xit_a"_s, 1, {}, u"pending"_s), change(u"xit_a"_s, 4, u"pending"_s, u"processing"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TimelineModel::FromColumn).data().toString(), u"(first seen)"_s);
        QCOMPARE(model.index(1, TimelineModel::ToColumn).data().toString(), u"processing"_s);
        QCOMPARE(model.index(2, TimelineModel::ToColumn).data().toString(), u"success"_s);
        QCOMPARE(model.index(2, TimelineModel::RequestIdColumn).data().toString(), u"req_9"_s);
        // A webhook's entry names what it announced, with its icon and why it is there.
        model.append(change(u"xit_a"_s, 10, u"success"_s, u"success"_s, u"verification.completed"_s));
        const QModelIndex from = model.index(3, TimelineModel::FromColumn);
        QCOMPARE(from.data().toString(), u"webhook"_s);
        QVERIFY(!from.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!from.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(3, TimelineModel::ToColumn).data().toString(), u"success (verification.completed)"_s);
        QCOMPARE(model.changes().size(), 4);
        model.setToken({});
        QCOMPARE(model.rowCount(), 0);
        model.append(change(QString(), 11, {}, u"pending"_s));
        QCOMPARE(model.rowCount(), 0);
    }

    void checksSayWhatWasPerformedAndPassed()
    {
        ChecksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckResult age{u"age"_s, true, true, object(R"({"gate":18,"estimate":null,"method":"document"})")};
        CheckResult face{u"face_match"_s, true, false, {}};
        CheckResult liveness{u"liveness"_s, true, std::nullopt, {}};
        CheckResult aml{u"aml"_s, false, std::nullopt, {}};
        model.setChecks({age, face, liveness, aml});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.headerData(ChecksModel::PassedColumn, Qt::Horizontal).toString(), u"Passed"_s);
        QCOMPARE(model.index(0, ChecksModel::PassedColumn).data().toString(), u"yes"_s);
        QVERIFY(!model.index(0, ChecksModel::PassedColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, ChecksModel::DetailsColumn).data().toString(), u"estimate: —, gate: 18, method: document"_s);
        QCOMPARE(model.index(0, ChecksModel::DetailsColumn).data(Qt::ToolTipRole).toString(),
                 u"estimate: —\ngate: 18\nmethod: document"_s);
        QCOMPARE(model.index(1, ChecksModel::PassedColumn).data().toString(), u"no"_s);
        QCOMPARE(model.index(2, ChecksModel::PassedColumn).data().toString(), u"unknown"_s);
        QVERIFY(model.index(2, ChecksModel::PassedColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(3, ChecksModel::PerformedColumn).data().toString(), u"no"_s);
        QCOMPARE(model.index(3, ChecksModel::PassedColumn).data().toString(), u"—"_s);
        model.setChecks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void jsonTreeGivesPathsValuesAndMatches()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders(u"Key"_s, u"Value"_s);
        model.setJson(object(R"({"status":"failed","checks":{"age":{"passed":false,"gate":21}},"methods":["document","face"]})"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), u"data"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"{3 key(s)}"_s);
        QCOMPARE(model.rowCount(root), 3);
        const QModelIndexList gate = model.find(u"GATE"_s);
        QCOMPARE(gate.size(), 1);
        QCOMPARE(gate.first().data(JsonTreeModel::PathRole).toString(), u"checks.age.gate"_s);
        QCOMPARE(gate.first().siblingAtColumn(1).data().toString(), u"21"_s);
        const QModelIndexList face = model.find(u"face"_s);
        QCOMPARE(face.size(), 1);
        QCOMPARE(face.first().data(JsonTreeModel::PathRole).toString(), u"methods[1]"_s);
        // A container's value is its compact JSON; a container's own value does not match a search.
        const QModelIndex checks = model.find(u"checks"_s).first();
        QCOMPARE(checks.data(JsonTreeModel::FullValueRole).toString(), uR"({"age":{"gate":21,"passed":false}})"_s);
        QCOMPARE(model.find(u"age"_s).size(), 1);
        QVERIFY(!model.isCapped());
        // The root's value is what was received, byte for byte, when the bytes are given.
        const QByteArray received = R"({ "status":"failed",  "n":1.50 })";
        model.setJson(QJsonDocument::fromJson(received).object(), u"data"_s, received);
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::FullValueRole).toString(), QString::fromUtf8(received));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(JsonTreeModel::FullValueRole).toString(), u"1.5"_s);
        model.setJson(QJsonValue(u"not a container"_s));
        QCOMPARE(model.rowCount(), 0);
    }

    // A large event is cut at the cap, and a last row says so; long strings' tooltips are cut.
    void jsonTreeStopsAtItsCap()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray items;
        for (int i = 0; i < 5000; ++i)
            items.append(QJsonObject{{"n"_L1, i}});
        model.setJson(QJsonObject{{"items"_L1, items}, {"note"_L1, QString(5000, u'x')}});
        QVERIFY(model.isCapped());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), u"the first 3000 fields are shown"_s);
        int rows = 0;
        std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                ++rows;
                count(model.index(r, 0, parent));
            }
        };
        count(model.index(0, 0));
        QCOMPARE(rows, model.maxRows());

        model.setMaxRows(10);
        model.setToolTipLength(100);
        model.setJson(QJsonObject{{"note"_L1, QString(5000, u'x')}});
        QVERIFY(!model.isCapped());
        QCOMPARE(model.index(0, 1, model.index(0, 0)).data(Qt::ToolTipRole).toString().size(), 100);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_InspectorModels)
#include "tst_inspectormodels.moc"
