#include "text/failuretext.h"

#include "text/phrasebook.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Text {

FailureExplanation explainFailure(const QString &reason, const Phrasebook *book)
{
    const auto t = [book](const char *source) { return say(book, "Xident::Text::FailureText", source); };
    if (reason == "age_below_threshold"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The person is below the required age.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The verification showed an age below the minimum required for this service, so it could not be "
                   "approved."))};
    if (reason == "dob_unreadable"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The date of birth on the document could not be read.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "We could not read the date of birth on your document. Please try again with the whole document in "
                   "view, in good light and without glare."))};
    if (reason == "face_mismatch"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The face does not match the document photo.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The face in the selfie did not match the photo on the document. Please make sure you use your own "
                   "document and try again."))};
    if (reason == "face_not_detected"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "No face was found in the camera image.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "We could not see a face during the check. Please face the camera in good light, remove anything "
                   "covering your face, and try again."))};
    if (reason == "docverify_reject"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The document was rejected as not genuine or not accepted.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The document could not be accepted. Please use a valid, original identity document (not a copy or "
                   "a photo of a screen)."))};
    if (reason == "blacklist_match"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The face matches an entry on the blacklist.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "This verification could not be completed. Please contact our support team for help."))};
    if (reason.isEmpty())
        return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The server gave no reason.")), t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The verification could not be completed. Please try again."))};
    return {t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The server's reason: %1 (not one this version knows).")).arg(reason),
            t(QT_TRANSLATE_NOOP("Xident::Text::FailureText", "The verification could not be completed. Please try again or contact our support team."))};
}

} // namespace Xident::Text
