#pragma once

#include <XidentQt/webhook.h>
#include <XidentQt/webhookforensics.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Xident::Text {

//! A webhook verdict in the operator's language. The library gives codes and English; the console and the
//! command-line tool say the same thing in the same words, translated. (A forensic finding says itself:
//! ForensicFinding::explanation(), from the library's sentences, which this catalog carries.)
class WebhookText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Text::WebhookText)
public:
    //! The verdict as a title ("Signature mismatch") and a sentence, with durations in words; \a evaluatedAt
    //! (unix seconds) is the time the timestamp was judged against.
    static QString title(const WebhookVerdict &verdict);
    static QString detail(const WebhookVerdict &verdict, qint64 evaluatedAt);
    //! The part of a malformed header that is wrong (the library's WebhookVerdict::malformedPart), translated.
    static QString malformedPartText(const QString &part);
    //! "3 h 12 min", "45 s", "2 days 4 h".
    static QString duration(qint64 seconds);
};

} // namespace Xident::Text
