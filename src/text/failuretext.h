#pragma once

#include <QtCore/QString>

namespace Xident::Text {

class Phrasebook;

//! A session's failure reason ("face_mismatch") explained for people: a title and a sentence support staff can
//! paste into a reply to the customer.
struct FailureExplanation
{
    QString title;
    QString customerSentence;
};
//! Said by \a book, or in the program's language when it is null.
FailureExplanation explainFailure(const QString &reason, const Phrasebook *book = nullptr);

} // namespace Xident::Text
