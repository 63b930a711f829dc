#include "sandbox/imagebody.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

// The longest magic image: "sandbox:" and a failure reason.
constexpr qsizetype ImageHeadBytes = 64;

} // namespace

ImageBody ImageBody::read(const QByteArray &bytes)
{
    ImageBody out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    out.json = doc.object();
    // Decodes the base64 image; its hash stands in for a face template.
    const QJsonValue v = out.json->value("image"_L1);
    if (!v.isString() || v.toString().isEmpty()) {
        out.imageError = u"image is required (base64)."_s;
        return out;
    }
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        out.imageError = u"image must be valid base64."_s;
        return out;
    }
    if (decoded.decoded.size() > 10 * 1024 * 1024) {
        out.imageError = u"image is larger than 10 MB."_s;
        return out;
    }
    out.imageHash = QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256);
    out.imageHead = decoded.decoded.left(ImageHeadBytes);
    return out;
}

} // namespace Xident::Sandbox
