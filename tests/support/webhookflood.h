#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <memory>
#include <vector>

class QTcpSocket;

namespace Xident::Testing {

//! Posts signed webhook deliveries to a receiver at a target rate over keep-alive connections, one request in flight
//! on each, and records every answer: the flood the inbox must survive, for tests and benchmarks. Loopback only.
class WebhookFlood : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        QByteArray path = "/webhooks";
        int connections = 16;
        int perSecond = 3000;
        int bodyBytes = 100;
        QByteArray secret;     //!< signs each body (X-Xident-Signature); unsigned when empty
        int seconds = 20;      //!< stops sending after this long
        int total = 0;         //!< stops sending after this many deliveries; 0: no limit
    };
    //! One delivery: its number (also in its body, "n"), the status it was answered with (0: none, the connection
    //! went first) and how long the answer took.
    struct Delivery
    {
        int n = 0;
        int status = 0;
        qint64 latencyUs = 0;
    };

    explicit WebhookFlood(Options options, QObject *parent = nullptr);
    ~WebhookFlood() override;

    void start();
    //! Sends nothing more; answers still owed are waited for until wait() gives up.
    void stop();
    bool isSending() const { return m_sending; }
    //! Waits (running the event loop) until every sent delivery has its answer, or \a timeoutMs passed.
    bool waitForAnswers(int timeoutMs);

    int sent() const { return m_next; }
    const QList<Delivery> &answered() const { return m_done; }
    int count(int status) const;
    //! The numbers of the deliveries answered with a 2xx status.
    QList<int> accepted() const;
    //! Latency percentile \a p (0..100) of the answered deliveries, in microseconds.
    qint64 latencyPercentileUs(double p) const;
    //! The body of delivery \a n, as sent.
    QByteArray body(int n) const;

Q_SIGNALS:
    void finished();

private:
    struct Connection;
    void pump();
    void sendOn(Connection &c);
    void read(Connection &c);
    void reconnect(Connection &c);

    Options m_options;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_pacer;
    QElapsedTimer m_clock;
    QList<Delivery> m_done;
    int m_next = 0;
    bool m_sending = false;
    qint64 m_created = 0;
};

} // namespace Xident::Testing
