#pragma once

#include <QtCore/QString>

#include <optional>

namespace Xident::Text {

class Phrasebook;

//! A session's outcome as people read it, the same in the console, its evidence files and the CLI.
struct VerdictWords
{
    QString headline;   //!< the big words: verified with the age bracket, not verified, waiting, ...
    QString detail;     //!< why, or what happens next, for support
    QString reply;      //!< a sentence for a reply to the customer; empty where none fits (gone, unknown)
};

//! The words for a session with the wire status \a status ("success", "failed", "pending", "in_progress",
//! "canceled", "claimed", "expired", or the console's "gone"), its age bracket, method and failure reason.
//! Said by \a book, or in the program's language when it is null.
VerdictWords verdictWords(const QString &status, std::optional<int> ageBracket, const QString &method,
                          const QString &reason, const Phrasebook *book = nullptr);

//! The name of a check for people ("face_match" → "Face match"); an unknown name is given back as it is.
QString checkLabel(const QString &name, const Phrasebook *book = nullptr);

} // namespace Xident::Text
