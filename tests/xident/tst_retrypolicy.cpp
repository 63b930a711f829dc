#include <XidentQt/retrypolicy.h>

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Xident;
using std::chrono::milliseconds;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delays_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("1 low") << 1 << 0.0 << qint64(500);
        QTest::newRow("1 high") << 1 << 1.0 << qint64(1000);
        QTest::newRow("2 mid") << 2 << 0.5 << qint64(1500);
        QTest::newRow("3 low") << 3 << 0.0 << qint64(2000);
        QTest::newRow("4 high") << 4 << 1.0 << qint64(8000);
        QTest::newRow("capped") << 10 << 1.0 << qint64(30000);
    }

    void delays()
    {
        QFETCH(int, retry);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        RetryPolicy p;
        p.setRandomSource([random] { return random; });
        QCOMPARE(p.delayFor(retry).count(), expected);
    }

    void jitterStaysInRange()
    {
        RetryPolicy p;
        for (int i = 0; i < 200; ++i) {
            const auto d = p.delayFor(2);
            QVERIFY(d >= milliseconds(1000) && d <= milliseconds(2000));
        }
    }

    void retryAfterWins()
    {
        RetryPolicy p;
        QCOMPARE(p.delayFor(1, 7), milliseconds(7000));
        QCOMPARE(p.delayFor(3, 0), milliseconds(0));
    }

    void shouldRetry()
    {
        RetryPolicy p;
        p.setMaxRetries(2);
        QVERIFY(p.shouldRetry(Error(ErrorKind::Server, {}), 1));
        QVERIFY(p.shouldRetry(Error(ErrorKind::Network, {}), 2));
        QVERIFY(!p.shouldRetry(Error(ErrorKind::Network, {}), 3));
        QVERIFY(p.shouldRetry(Error(ErrorKind::Timeout, {}), 1));
        QVERIFY(!p.shouldRetry(Error(ErrorKind::Validation, {}), 1));
        QVERIFY(!p.shouldRetry(Error(ErrorKind::Authentication, {}), 1));
        QVERIFY(!p.shouldRetry(Error(ErrorKind::Redirect, {}), 1));
        Error limited(ErrorKind::RateLimit, {});
        QVERIFY(p.shouldRetry(limited, 1)); // no Retry-After: the policy's own backoff applies
        QVERIFY(!p.shouldRetry(limited, 3));
        limited.setRetryAfter(5);
        QVERIFY(p.shouldRetry(limited, 1));
        limited.setRetryAfter(600);
        QVERIFY(!p.shouldRetry(limited, 1)); // beyond maxRetryAfter
        p.setMaxRetries(0);
        QVERIFY(!p.shouldRetry(Error(ErrorKind::Server, {}), 1));
    }

    void parseRetryAfter_data()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, QTimeZone::utc());
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("expected"); // -1 = none
        QTest::newRow("seconds") << QByteArray("120") << now << 120;
        QTest::newRow("spaces") << QByteArray(" 3 ") << now << 3;
        QTest::newRow("zero") << QByteArray("0") << now << 0;
        QTest::newRow("negative") << QByteArray("-5") << now << -1;
        QTest::newRow("garbage") << QByteArray("soon") << now << -1;
        QTest::newRow("empty") << QByteArray() << now << -1;
        QTest::newRow("http-date") << QByteArray("Thu, 01 Jan 2026 00:01:30 GMT") << now << 90;
        QTest::newRow("http-date past") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << now << 0;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, now);
        QFETCH(int, expected);
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*parsed, expected);
    }

    void httpDateIsUtcWhateverTheLocalZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("UTC") << QByteArray("UTC");
    }

    void httpDateIsUtcWhateverTheLocalZone()
    {
        QFETCH(QByteArray, zone);
        const QByteArray old = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        // 02:30 on 29 March 2026 does not exist in Berlin (clocks jump from 02:00 to 03:00), nor 02:30 on
        // 8 March 2026 in New York: both are ordinary instants in UTC, which an HTTP-date is.
        for (const auto &[text, epoch] : {std::pair{QByteArray("Sun, 29 Mar 2026 02:30:00 GMT"), qint64(1774751400)},
                                          std::pair{QByteArray("Sun, 08 Mar 2026 02:30:00 GMT"), qint64(1772937000)},
                                          std::pair{QByteArray("Sun, 25 Oct 2026 02:30:00 GMT"), qint64(1792895400)}}) {
            const QDateTime now = QDateTime::fromSecsSinceEpoch(epoch - 10, QTimeZone::utc());
            const auto parsed = RetryPolicy::parseRetryAfter(text, now);
            QVERIFY2(parsed.has_value(), text.constData());
            QCOMPARE(*parsed, 10);
        }
        QVERIFY(!RetryPolicy::parseRetryAfter("Sun, 29 Mar 2026 02:30:00 CET"));
        QVERIFY(!RetryPolicy::parseRetryAfter("Sun, 30 Feb 2026 02:30:00 GMT"));
        if (old.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", old);
        tzset();
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
