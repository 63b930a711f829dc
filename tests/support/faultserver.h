#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtNetwork/QTcpServer>

//! A scriptable HTTP/1.1 server on a real loopback port for precise faults the sandbox cannot produce on cue.
class FaultServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Normal,        //!< answer as scripted
        Stall,         //!< send headers and part of the body, then nothing
        ResetMidBody,  //!< send headers and part of the body, then reset
        CloseMidBody,  //!< send headers and part of the body, then close cleanly (FIN, no reset)
        SlowBody,      //!< send the body a few bytes at a time
        CloseNoAnswer, //!< close the connection without answering
        Chunked,       //!< send the body with Transfer-Encoding: chunked (no Content-Length), 4 KiB a chunk
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Normal;
        QByteArray contentType = "application/json";
    };

    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit FaultServer(QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    //! Answers for the next requests, in order; when they run out, the fallback answers.
    void enqueue(const Answer &answer) { m_queue.append(answer); }
    void setFallback(const Answer &answer) { m_fallback = answer; }
    QList<Received> received() const { return m_received; }
    void clear()
    {
        m_queue.clear();
        m_received.clear();
    }

    //! A success envelope around \a data.
    static QByteArray envelope(const QByteArray &dataJson, const QByteArray &requestId = "req_test");
    static QByteArray errorEnvelope(const QByteArray &code, const QByteArray &message, const QByteArray &requestId = "req_test");

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    QList<Answer> m_queue;
    Answer m_fallback;
    QList<Received> m_received;
};
