#include "console/core/models/inboxfiltermodel.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/models/requestlogfiltermodel.h"
#include "console/core/models/requestlogmodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Xident;
using namespace Xident::Console;

namespace {

Exchange exchange(const char *path, int status, const QString &requestId, Error error = {})
{
    Exchange x;
    x.method = "GET";
    x.url = QUrl(u"http://127.0.0.1:9000"_s + QString::fromLatin1(path));
    x.httpStatus = status;
    x.requestId = requestId;
    x.error = error;
    return x;
}

ReceivedWebhook webhook(qint64 id, const QString &verdict, const QString &refused = {}, const QString &matched = {})
{
    ReceivedWebhook w;
    w.id = id;
    w.method = "POST";
    w.path = u"/hooks/xident"_s;
    w.remote = u"127.0.0.1"_s;
    w.receivedAt = QDateTime::currentDateTimeUtc();
    if (!refused.isEmpty()) {
        w.judgement = ReceivedWebhook::Judgement::Refused;
    } else if (verdict == "unverified"_L1) {
        w.judgement = ReceivedWebhook::Judgement::Unverified;
    } else {
        w.judgement = ReceivedWebhook::Judgement::Judged;
        w.verdict.reason = Xident::WebhookVerdict::reasonFromCode(verdict).value_or(Xident::WebhookVerdict::Reason::SignatureMismatch);
    }
    w.refused = refused;
    w.answeredStatus = refused.isEmpty() ? 200 : 405;
    w.eventType = u"verification.completed"_s;
    w.eventId = u"evt_%1"_s.arg(id);
    w.matchedToken = matched;
    return w;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, column).data().toString();
    return out;
}

} // namespace

// The filters the request log and the inbox panes show their lists through, checked without a window.
class tst_FilterModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestLogByStatusClassAndText()
    {
        RequestLogModel log;
        RequestLogFilterModel filter;
        filter.setSourceModel(&log);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(u"Local"_s, exchange("/verify/v1/init", 200, u"req_ok"_s));
        Error missing(ErrorKind::NotFound, u"not here"_s);
        missing.setCode(u"session_not_found"_s);
        log.append(u"Local"_s, exchange("/verify/v1/result/xit_a", 404, u"req_missing"_s, missing));
        log.append(u"Local"_s, exchange("/verify/v1/result/xit_b", 503, u"req_busy"_s));
        log.append(u"Local"_s, exchange("/verify/v1/result/xit_c", 0, {}, Error(ErrorKind::Network, u"refused"_s)));
        QCOMPARE(filter.rowCount(), 4);
        filter.setStatuses(RequestLogFilterModel::Statuses::Failures);
        QCOMPARE(filter.rowCount(), 3);   // no answer at all is a failure too
        filter.setStatuses(RequestLogFilterModel::Statuses::ServerError);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatuses(RequestLogFilterModel::Statuses::ClientError);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatuses(RequestLogFilterModel::Statuses::Redirect);
        QCOMPARE(filter.rowCount(), 0);
        filter.setStatuses(RequestLogFilterModel::Statuses::All);
        filter.setSearchText(u"  SESSION_NOT "_s);   // the server's error code, trimmed, in any case
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(u"req_ok"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(u"xit_"_s);
        QCOMPARE(filter.rowCount(), 3);
        filter.setStatuses(RequestLogFilterModel::Statuses::Success);
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 1);
        // New rows are filtered as they come.
        log.append(u"Local"_s, exchange("/verify/v1/init", 201, u"req_new"_s));
        QCOMPARE(filter.rowCount(), 2);
    }

    void inboxByVerdictAndText()
    {
        InboxModel inbox;
        InboxFilterModel filter;
        filter.setSourceModel(&inbox);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inbox.append(webhook(1, u"valid"_s, {}, u"xit_matched0000001"_s));
        inbox.append(webhook(2, u"mismatch"_s));
        inbox.append(webhook(3, u"valid"_s));
        inbox.append(webhook(4, u"unverified"_s, u"405 only POST"_s));
        QCOMPARE(filter.rowCount(), 4);
        filter.setShow(InboxFilterModel::Show::Valid);
        QCOMPARE(filter.rowCount(), 2);
        filter.setShow(InboxFilterModel::Show::NotValid);
        QCOMPARE(filter.rowCount(), 1);   // a refusal is not judged
        filter.setShow(InboxFilterModel::Show::Refused);
        QCOMPARE(filter.rowCount(), 1);
        filter.setShow(InboxFilterModel::Show::Matched);
        QCOMPARE(filter.rowCount(), 1);
        filter.setShow(InboxFilterModel::Show::All);
        filter.setSearchText(u"EVT_3"_s);
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.accepts(webhook(33, u"valid"_s)));   // evt_33 holds evt_3
        QVERIFY(!filter.accepts(webhook(5, u"valid"_s)));
        filter.setSearchText({});
        // The list keeps the order of arrival.
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 0);
        QCOMPARE(column(filter, 0).size(), 4);
    }

    void aDeliveryNotKeptReadsAsRefused()
    {
        // Judged valid, then answered 503 because the history could not keep it in time: the row says refused.
        ReceivedWebhook w = webhook(7, u"valid"_s);
        w.refused = u"503: not kept in time"_s;
        w.answeredStatus = 503;
        QCOMPARE(w.judgement, ReceivedWebhook::Judgement::Judged);
        QCOMPARE(InboxModel::verdictLabel(w), u"refused (503)"_s);
        QCOMPARE(InboxModel::verdictDetail(w), u"503: not kept in time"_s);
        InboxFilterModel filter;
        filter.setShow(InboxFilterModel::Show::Refused);
        QVERIFY(filter.accepts(w));
    }
};

QTEST_GUILESS_MAIN(tst_FilterModels)
#include "tst_filtermodels.moc"
