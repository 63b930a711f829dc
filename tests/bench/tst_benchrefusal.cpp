// A benchmark prints no figure measured on calls that failed: xident-bench pointed at a server whose init answers a
// token the client refuses (too short for the token rule), and at one whose /result answers 500, exits non-zero,
// says why, and prints neither the client's figures nor a ratio built from them.
#include "faultserver.h"

#include <QtCore/QProcess>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class tst_BenchRefusal : public QObject
{
    Q_OBJECT

    struct Ran
    {
        int code = -1;
        QString out, err;
    };

    // Runs the benchmark against \a server while this process's event loop serves it.
    static Ran bench(FaultServer &server)
    {
        QProcess p;
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(XIDENT_BENCH_PATH),
                {u"--base-url"_s, server.baseUrl(), u"--api-key"_s, u"sk_test_bench_refusal"_s, u"--calls"_s, u"100"_s});
        if (!done.wait(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QByteArray initAnswer(const QByteArray &token)
    {
        return FaultServer::envelope("{\"token\":\"" + token + "\",\"verify_url\":\"http://127.0.0.1:9/widget/" + token + "\"}",
                                     "req_init");
    }

private Q_SLOTS:
    void aTokenTheClientRefusesGivesNoFigures()
    {
        FaultServer server;
        server.enqueue({200, initAnswer("xit_bench"), {}, {}});
        server.setFallback({200, FaultServer::envelope("{\"token\":\"xit_bench\",\"status\":\"success\"}"), {}, {}});
        const Ran ran = bench(server);
        QVERIFY2(ran.code != 0, qPrintable(ran.out));
        QVERIFY2(!ran.out.contains(u"Client::getResult"_s) && !ran.out.contains(u"ratio: 0"_s), qPrintable(ran.out));
        QVERIFY2(ran.err.contains(u"no figures from this run"_s), qPrintable(ran.err));
    }

    void aServerAnswering500GivesNoFigures()
    {
        FaultServer server;
        server.enqueue({200, initAnswer("xit_benchrefusal0001"), {}, {}});
        server.setFallback({500, FaultServer::errorEnvelope("INTERNAL", "Boom", "req_500"), {}, {}});
        const Ran ran = bench(server);
        QVERIFY2(ran.code != 0, qPrintable(ran.out));
        QVERIFY2(!ran.out.contains(u"calls/s"_s), qPrintable(ran.out));
        QVERIFY2(ran.err.contains(u"req_500"_s) || ran.err.contains(u"500"_s), qPrintable(ran.err));
    }
};

QTEST_GUILESS_MAIN(tst_BenchRefusal)
#include "tst_benchrefusal.moc"
