#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <memory>

class QAbstractHttpServer;

namespace Xident::Sandbox {

//! A request as the sandbox's logic sees it, independent of the HTTP server's API.
struct HttpRequest
{
    QByteArray method;
    QString path;          //!< percent-decoded path
    QByteArray rawPath;    //!< as sent
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const;
};

//! An answer; the frontend writes it after delayMs, or breaks the connection mid-body when asked.
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
    bool dropMidBody = false;   //!< announce the full length, send half, then reset the connection
};

//! The only class that touches Qt HttpServer (its API changed after 6.4): listens and turns requests into HttpRequest.
class HttpFrontend : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);
    ~HttpFrontend() override;

    //! Listens on \a address:\a port (0 picks a free port); returns the port, 0 on failure (see errorString()).
    quint16 listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_error; }
    bool isListening() const;
    void close();

private:
    class Server;
    std::unique_ptr<Server> m_server;
    Handler m_handler;
    QString m_error;
};

} // namespace Xident::Sandbox
