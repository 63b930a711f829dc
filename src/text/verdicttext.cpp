#include "text/verdicttext.h"

#include "text/failuretext.h"
#include "text/phrasebook.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident::Text {

namespace {

constexpr const char *Context = "Xident::Text::VerdictText";

QString said(const Phrasebook *book, const char *source)
{
    return say(book, Context, source);
}

} // namespace

VerdictWords verdictWords(const QString &status, std::optional<int> ageBracket, const QString &method,
                          const QString &reason, const Phrasebook *book)
{
    const auto t = [book](const char *source) { return said(book, source); };
    if (status == "success"_L1 || status == "completed"_L1) {
        return {ageBracket ? t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Verified, %1+")).arg(*ageBracket)
                           : t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Verified")),
                method.isEmpty() ? t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The person is verified."))
                                 : t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The person is verified (method %1).")).arg(method),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Your verification was completed successfully."))};
    }
    if (status == "failed"_L1) {
        const FailureExplanation why = explainFailure(reason, book);
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Not verified")), why.title, why.customerSentence};
    }
    if (status == "pending"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Waiting for the person")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The verification has not been started yet.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Your verification has not been started yet. Please open "
                                                                  "the link you received and follow the steps."))};
    if (status == "in_progress"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "In progress")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The person is completing the verification now.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Your verification is still in progress. Please finish "
                                                                  "the steps on your device."))};
    if (status == "canceled"_L1 || status == "cancelled"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Canceled")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The person stopped the verification.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The verification was canceled before it finished. You "
                                                                  "can start a new one at any time."))};
    if (status == "claimed"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Verified, result used")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The result was already claimed.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Your verification was completed and has already been used."))};
    if (status == "expired"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Expired")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The link was not completed in time.")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Your verification link expired before it was completed. "
                                                                  "Please start a new verification."))};
    if (status == "not_found"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Not found")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "No profile asked knows this session.")), {}};
    if (status == "gone"_L1)
        return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Gone with the sandbox")),
                t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "The local sandbox that held this session has stopped, and "
                                                                  "its sessions with it.")),
                {}};
    return {t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Not known yet")),
            t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "No answer from the server yet.")), {}};
}

QString checkLabel(const QString &name, const Phrasebook *book)
{
    const auto t = [book](const char *source) { return said(book, source); };
    if (name == "liveness"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Liveness"));
    if (name == "age"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Age"));
    if (name == "document"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Document"));
    if (name == "face_match"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Face match"));
    if (name == "eu_wallet"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "EU wallet"));
    if (name == "aml"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Sanctions and PEP lists"));
    if (name == "risk"_L1)
        return t(QT_TRANSLATE_NOOP("Xident::Text::VerdictText", "Risk band"));
    return name;
}

} // namespace Xident::Text
