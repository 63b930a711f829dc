#pragma once

#include <QtCore/QString>

namespace Xident {
class Error;
}

namespace Xident::Text {

//! The sentence for an answer of the blacklist or face-2FA API that a person must understand (a session still in
//! progress, a session without a face, a face past its retention, an unknown token); empty for any other error,
//! which the caller says as usual (errorCaption()).
QString faceApiProblem(const Xident::Error &error);

//! A face-2FA challenge's failure reason ("face_mismatch") in words; an unknown reason is named as the server's.
QString challengeFailure(const QString &reason);

} // namespace Xident::Text
