#pragma once

#include <XidentQt/webhook.h>
#include <XidentQt/webhookcheck.h>
#include <XidentQt/webhookforensics.h>

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Xident::Console {

//! Everything the validator judges, copied: a check runs on a worker thread.
struct WebhookCheckInput
{
    quint64 generation = 0;
    //! The generation the caller wants now, when it may lose interest: the forensics stop once it moved on.
    std::shared_ptr<const std::atomic<quint64>> wanted;
    QByteArray payload;
    QByteArray header;                   //!< the header value, or a whole "X-Xident-Signature: ..." line
    QByteArray secret;
    int tolerance = WebhookVerifier::DefaultTolerance;
    std::optional<qint64> evaluateAt;    //!< unix seconds; the clock when empty
};

struct WebhookCheckResult
{
    quint64 generation = 0;
    PayloadInfo info;
    WebhookVerdict verdict;
    qint64 evaluatedAt = 0;
    QList<ForensicFinding> findings;     //!< for a signature mismatch
    //! When two changes at once explain it: for each of findings (the second change, its payload the bytes that
    //! verify), the change undone before it.
    QList<ForensicFinding> firstChanges;
    //! Nothing explains it, and the body's keys are in alphabetical order: it was re-serialised.
    bool reserialised = false;
    QByteArray expectedHeader;           //!< "t=...,v1=..." for the header's timestamp (or the evaluation time)
    std::optional<WebhookEvent> event;   //!< the body parsed, when it is a JSON object
    qint64 elapsedMs = 0;
};

//! The validator's work, free of widgets and safe on any thread.
class WebhookCheck
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::WebhookCheck)
public:
    static WebhookCheckResult run(const WebhookCheckInput &input);
    //! "1,234 bytes · LF line endings · ends with a newline"
    static QString describe(const PayloadInfo &info);
};

} // namespace Xident::Console
