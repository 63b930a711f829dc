#pragma once

#include "http/serverlimits.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;

namespace Xident::Http {

//! A request whose framing the server has checked: complete, within every limit.
struct Request
{
    QByteArray method;        //!< as sent (a token; unknown methods are passed on for the handler to refuse)
    QByteArray target;        //!< the request target as sent
    QString path;             //!< percent-decoded path
    QByteArray rawPath;       //!< the path as sent, without the query
    QUrlQuery query;
    QByteArray version;       //!< "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;          //!< de-chunked
    QHostAddress peer;
    quint16 peerPort = 0;
    QHostAddress localAddress; //!< the listener's address: tells a LAN listener from the loopback one
    quint16 localPort = 0;

    QByteArray header(const QByteArray &name) const;
};

//! An answer. The server writes it after delayMs without holding up other connections, and always in
//! request order on a connection; for HEAD it sends the headers only.
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
    bool dropMidBody = false;   //!< announce the full length, send half, then reset the connection (a fault)
    bool close = false;         //!< close the connection after this answer
};


class Server;

//! Answers one request, at once or later, on the thread that owns the server. Copies share one answer: the first
//! send() counts; later ones, and answers for a connection that has gone, are dropped. Answers still leave in
//! request order: one that waits holds back those after it on its connection.
class Responder
{
public:
    Responder() = default;
    void send(Response response) const;
    //! Whether an answer is still owed and its connection has not gone yet.
    bool isPending() const;

private:
    friend class Server;
    struct State;
    explicit Responder(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {
    }
    std::shared_ptr<State> m_state;
};

//! A small HTTP/1.1 server with its guard built in: llhttp (RequestParser) frames every request on a connection
//! (keep-alive and chunked too) and the server checks it against the limits before a handler sees it; slow and
//! idle connections are closed, answers leave in request order with a Date, HEAD gets no body,
//! Expect: 100-continue is answered, an Upgrade request is answered as plain HTTP/1.1 and its connection then
//! closed, and CONNECT and unknown methods get 501. It is the one HTTP server of the project: the sandbox, the
//! console's webhook inbox and `xident webhook listen` all stand on it.
class Server : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Response(const Request &)>;
    //! A handler that answers through \a responder, possibly later (after work on another thread, say).
    using AsyncHandler = std::function<void(const Request &, Responder responder)>;

    explicit Server(Handler handler, Limits limits = {}, QObject *parent = nullptr);
    explicit Server(AsyncHandler handler, Limits limits = {}, QObject *parent = nullptr);
    ~Server() override;

    Limits limits() const { return m_limits; }

    //! Adds a listener on \a address:\a port (0 picks a free port); returns the port, 0 on failure (see errorString()).
    quint16 listen(const QHostAddress &address, quint16 port);
    //! What happens to a removed listener's open connections.
    enum class ConnectionPolicy { Finish, Drop };
    //! Closes the listener on \a address:\a port; its open connections finish what they are doing, or are
    //! dropped at once with ConnectionPolicy::Drop.
    bool removeListener(const QHostAddress &address, quint16 port, ConnectionPolicy policy = ConnectionPolicy::Finish);
    //! Closes every listener.
    void close();
    bool isListening() const;
    QList<QPair<QHostAddress, quint16>> listeners() const;
    QString errorString() const { return m_error; }

    int connectionCount() const { return int(m_connections.size()); }
    //! Requests and connections refused by the guard so far (413, 414, 431, 408, 400, 503).
    quint64 refusedCount() const { return m_refused; }
    //! Connections closed to make room for new ones while every slot was taken (idle or too slow).
    quint64 evictedCount() const { return m_evicted; }

Q_SIGNALS:
    //! The guard refused a request or a connection, with the status it answered and why.
    void refused(int status, const QString &reason, const QHostAddress &peer);

private:
    class Connection;
    friend class Connection;
    friend class Responder;
    void onNewConnection(QTcpServer *listener);
    //! Closes the connection least worth keeping (of \a peer only, when given) to make room; false when none.
    bool makeRoom(const QHostAddress *peer);
    void connectionClosed(Connection *connection);
    void noteRefused(int status, const QString &reason, const QHostAddress &peer);

    std::shared_ptr<const AsyncHandler> m_handler;
    Limits m_limits;
    QList<QTcpServer *> m_listeners;
    QList<Connection *> m_connections;
    QHash<QHostAddress, int> m_perPeer;
    QString m_error;
    quint64 m_refused = 0;
    quint64 m_evicted = 0;
};

//! The reason phrase of an HTTP status ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace Xident::Http
