#pragma once

#include "console/core/watchstatus.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace Xident {
class SessionResult;
}

namespace Xident::Console {

//! A session's outcome as people read it: big words, a tone, a sentence, and the checks. Made in one place, so the
//! presenter's stage, the New session pane and the inspector say the same thing.
struct Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::Verdict)
public:
    enum class Tone {
        Neutral,   //!< nothing decided, nothing under way
        Working,   //!< the person is on it
        Good,      //!< verified
        Bad,       //!< not verified
    };

    //! One check as the final result reports it, in the order a person goes through them.
    struct Check
    {
        QString name;                  //!< the result's name of the check: liveness, age, document, face_match, ...
        QString label;                 //!< its name for people, translated
        std::optional<bool> passed;    //!< unknown when the server did not say
    };

    Tone tone = Tone::Neutral;
    QString headline;   //!< the big words: verified with the age bracket, not verified, waiting, ...
    QString detail;     //!< why, or what happens next
    QString reply;      //!< a sentence for a reply to the customer; empty where none fits
    QList<Check> checks;   //!< the performed checks of a final result; empty before

    //! The verdict of a session with \a status and its latest \a result.
    static Verdict of(WatchStatus status, const SessionResult &result);
    //! The wire status a watch status stands for ("success", "in_progress", ...; "gone"); empty when unknown.
    static QString statusText(WatchStatus status);
    //! The translated name of a check ("face_match" → "Face match"); an unknown name is shown as given.
    static QString checkLabel(const QString &name);
};

} // namespace Xident::Console
