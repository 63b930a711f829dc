#pragma once

#include <XidentQt/config.h>
#include <XidentQt/exchange.h>
#include <XidentQt/initparams.h>

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Xident {
class Client;
class Job;
} // namespace Xident

namespace Xident::Console {

//! One call of the API as the console makes it: the job that sends it is made from this description, and so is
//! every "Copy as" snippet of it (CallCode), so what is copied is what was sent.
struct ApiCall
{
    enum class Operation {
        Init,
        Result,
        BlacklistList,
        BlacklistAddSession,
        BlacklistAddImage,
        BlacklistRemove,
        FaceRegister,
        FaceVerify,
        FaceStatus,
        FaceUser,
        FaceDeleteUser,
    };

    Operation operation = Operation::Result;
    QString baseUrl = QString::fromLatin1(Config::DefaultBaseUrl);        //!< the profile's, as given
    QString apiVersion = QString::fromLatin1(Config::DefaultApiVersion);  //!< the profile's
    Config::HeaderList headers;   //!< the profile's extra headers, credentials among them withheld

    InitParams init;              //!< Init
    QString token;                //!< Result; BlacklistAddSession (the xtk_ result token)
    QString reason;               //!< BlacklistAdd*
    qint64 entryId = 0;           //!< BlacklistRemove
    int page = 1;                 //!< BlacklistList
    int perPage = 20;             //!< BlacklistList
    QString userId;               //!< Face*
    QString challengeId;          //!< FaceStatus
    QByteArray image;             //!< BlacklistAddImage, FaceRegister, FaceVerify: the bytes sent
    QString imageFile = QStringLiteral("face.jpg");   //!< the file a snippet reads the image from

    //! A call of \a operation with the base URL, version and extra headers of \a config (the client's, so the
    //! embedded sandbox's real port), the values of credential headers withheld.
    static ApiCall forConfig(const Config &config, Operation operation);
    //! The call an exchange of the request log made; nothing when its URL is none of the API's calls.
    static std::optional<ApiCall> fromExchange(const Exchange &exchange);

    //! Whether the call sends an image.
    bool hasImage() const;
    //! GET, POST or DELETE.
    QByteArray method() const;
    //! The path under /verify/v1, its segments percent-encoded ("/result/xit_…").
    QString path() const;
    //! The query string without "?", empty for most calls.
    QString query() const;
    //! The JSON body; empty for calls without one. The image is base64, as the API takes it.
    QJsonObject body() const;
    //! The full URL, as a client with the profile's base URL sends it.
    QUrl url() const;

    //! The job that makes this call (not started); \a client carries the key.
    Job *makeJob(Client *client) const;
};

} // namespace Xident::Console
