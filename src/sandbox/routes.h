#pragma once

#include "sandbox/httpfrontend.h"

#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

#include <optional>

namespace Xident::Sandbox {

class Server;
struct FaultSettings;
struct ImageBody;
struct Session;

//! A group of the sandbox's routes over the server's one state. The server asks each group in turn whether a
//! request is its own, and the first that says so answers it.
class RouteGroup
{
public:
    explicit RouteGroup(Server &server)
        : m_server(server)
    {
    }
    virtual ~RouteGroup() = default;
    RouteGroup(const RouteGroup &) = delete;
    RouteGroup &operator=(const RouteGroup &) = delete;

    virtual bool matches(const HttpRequest &request) const = 0;
    //! \a prepared is the image body a worker already read, or null.
    virtual HttpReply handle(const HttpRequest &request, const QString &requestId, const ImageBody *prepared) = 0;

protected:
    Server &m_server;
};

//! GET / and GET /health.
class HealthRoute final : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    bool matches(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request, const QString &requestId, const ImageBody *prepared) override;
};

//! The Xident API under /verify/v1: sessions, results, the blacklist and face 2FA, behind the key check and the
//! injected faults.
class ApiRoutes final : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    bool matches(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request, const QString &requestId, const ImageBody *prepared) override;

private:
    HttpReply init(const HttpRequest &request, const QString &apiKey, const QString &requestId);
    //! Magic values (sandbox:pass, sandbox:fail:<reason>, ...) let QA drive outcomes without a browser.
    void scheduleMagic(const Session &session);
    HttpReply result(const HttpRequest &request, const QString &token, const QString &apiKey, const QString &requestId);
};

//! The hosted-widget simulator's pages: /widget/<token> and /done.
class WidgetPages final : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    //! Whether \a request is for a page of the widget (or the merchant's stand-in /done page).
    static bool serves(const HttpRequest &request);
    bool matches(const HttpRequest &request) const override;
    //! GET and HEAD answer the same page; only GET moves a session along (a HEAD, as link previews send, changes
    //! nothing).
    HttpReply handle(const HttpRequest &request, const QString &requestId, const ImageBody *prepared) override;

private:
    HttpReply choose(Session &session, const HttpRequest &request);
};

//! /_sandbox: stats, sessions and their outcomes, webhook deliveries and faults. Each key sees and changes only
//! its own; the admin key sees all.
class AdminRoutes final : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    bool matches(const HttpRequest &request) const override;
    HttpReply handle(const HttpRequest &request, const QString &requestId, const ImageBody *prepared) override;

private:
    struct Call
    {
        const HttpRequest &request;
        QString requestId;
        QString key;
        bool admin = false;
        QString scope;        // the key whose records are seen; empty for the admin key
        QString path;         // after /_sandbox
        QStringList parts;
        QJsonObject body;
    };
    struct Route
    {
        bool (*matches)(const Call &call);
        HttpReply (AdminRoutes::*answer)(const Call &call);
    };

    HttpReply stats(const Call &call);
    HttpReply sessions(const Call &call);
    HttpReply settle(const Call &call);
    //! One session as the stage follows it: its status, and the phase the widget is in.
    HttpReply session(const Call &call);
    //! Sets (or clears, with "none") the outcome a session will have whatever the widget posts.
    HttpReply preset(const Call &call);
    HttpReply webhooks(const Call &call);
    HttpReply resend(const Call &call);
    HttpReply faults(const Call &call);
    //! The changes a PUT or POST asks for, checked; an error reply when one is wrong.
    std::optional<HttpReply> changeFaults(const Call &call);
    std::optional<HttpReply> pagination(const Call &call, int *page, int *perPage) const;
    static QJsonObject pageMeta(int page, int perPage, int total);
};

} // namespace Xident::Sandbox
