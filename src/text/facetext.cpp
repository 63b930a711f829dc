#include "text/facetext.h"

#include <XidentQt/error.h>

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Text {

namespace {

constexpr auto Context = "Xident::Text::FaceText";

QString say(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

} // namespace

QString faceApiProblem(const Error &error)
{
    const QString code = error.code();
    if (code == "SESSION_IN_PROGRESS"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "This session has not finished yet: its face can be blacklisted once the session has ended."));
    if (code == "SESSION_HAS_NO_FACE_DATA"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "This session carries no face: sessions that ended without a capture (canceled or expired) and "
                  "browser-only checks (a self-declaration or a digital wallet) have no face to blacklist."));
    if (code == "SESSION_FACE_DATA_EXPIRED"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The face of this session is no longer kept: faces are kept for 12 months after a session, so an "
                  "older session cannot be blacklisted. Add a recent image of the person instead."));
    if (code == "TOKEN_NOT_FOUND"_L1 || (error.kind() == ErrorKind::NotFound && code.contains("TOKEN"_L1)))
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "No session with this token belongs to this profile's key."));
    return {};
}

QString challengeFailure(const QString &reason)
{
    if (reason == "face_mismatch"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The face does not match the one enrolled for this user."));
    if (reason == "no_face_detected"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "No face was found in the image."));
    if (reason == "blacklist_match"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The face matches an entry on the blacklist."));
    if (reason == "not_enrolled"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "This user has no face enrolled: enrol one first."));
    if (reason == "invalid_image"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The image could not be read as a photo (JPEG or PNG)."));
    if (reason == "expired"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The challenge expired before it was decided."));
    if (reason == "internal_error"_L1)
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The service failed to decide; try again."));
    if (reason.isEmpty())
        return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The server gave no reason."));
    return say(QT_TRANSLATE_NOOP("Xident::Text::FaceText", "The server's reason: %1 (not one this version knows).")).arg(reason);
}

} // namespace Xident::Text
