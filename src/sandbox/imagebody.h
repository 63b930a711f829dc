#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Xident::Sandbox {

//! A request body as the image routes read it: its JSON object, and its base64 "image" decoded to the hash that
//! stands in for a face template (or why it is not an image). A 16 MB body takes longer than a frame to read, so
//! the server reads large ones on a worker thread: read() is thread-safe.
struct ImageBody
{
    std::optional<QJsonObject> json;   //!< nullopt when the body is not a JSON object
    std::optional<QByteArray> imageHash;
    QByteArray imageHead;              //!< the decoded image's first bytes: a magic "sandbox:<reason>" image
    QString imageError;                //!< why "image" is not one, when imageHash is empty
    static ImageBody read(const QByteArray &body);
};

} // namespace Xident::Sandbox
