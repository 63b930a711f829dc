#pragma once

#include <QtCore/QString>

namespace Xident::Text {

//! A session's failure reason ("face_mismatch") explained for people: a title and a sentence support staff can
//! paste into a reply to the customer.
struct FailureExplanation
{
    QString title;
    QString customerSentence;
};
FailureExplanation explainFailure(const QString &reason);

} // namespace Xident::Text
