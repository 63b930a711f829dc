#include "text/failuretext.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Text {

namespace {
// The translation context of these functions (lupdate reads it from the macro).
struct FailureText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Text::FailureText)
};
} // namespace

FailureExplanation explainFailure(const QString &reason)
{
    if (reason == "age_below_threshold"_L1)
        return {FailureText::tr("The person is below the required age."),
                FailureText::tr("The verification showed an age below the minimum required for this service, so it could not be "
                   "approved.")};
    if (reason == "dob_unreadable"_L1)
        return {FailureText::tr("The date of birth on the document could not be read."),
                FailureText::tr("We could not read the date of birth on your document. Please try again with the whole document in "
                   "view, in good light and without glare.")};
    if (reason == "face_mismatch"_L1)
        return {FailureText::tr("The face does not match the document photo."),
                FailureText::tr("The face in the selfie did not match the photo on the document. Please make sure you use your own "
                   "document and try again.")};
    if (reason == "face_not_detected"_L1)
        return {FailureText::tr("No face was found in the camera image."),
                FailureText::tr("We could not see a face during the check. Please face the camera in good light, remove anything "
                   "covering your face, and try again.")};
    if (reason == "docverify_reject"_L1)
        return {FailureText::tr("The document was rejected as not genuine or not accepted."),
                FailureText::tr("The document could not be accepted. Please use a valid, original identity document (not a copy or "
                   "a photo of a screen).")};
    if (reason == "blacklist_match"_L1)
        return {FailureText::tr("The face matches an entry on the blacklist."),
                FailureText::tr("This verification could not be completed. Please contact our support team for help.")};
    if (reason.isEmpty())
        return {FailureText::tr("The server gave no reason."), FailureText::tr("The verification could not be completed. Please try again.")};
    return {FailureText::tr("The server's reason: %1 (not one this version knows).").arg(reason),
            FailureText::tr("The verification could not be completed. Please try again or contact our support team.")};
}

} // namespace Xident::Text
