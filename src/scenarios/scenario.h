#pragma once

#include <XidentQt/initparams.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

//! Scenario files: a session's parameters, how it ends, the faults on its way and what is expected of it.
namespace Xident::Scenarios {

//! The faults a scenario's key gets from the sandbox while it runs (PUT /_sandbox/faults).
struct FaultSpec
{
    std::optional<int> latencyMs;
    std::optional<double> errorRate;
    QList<int> script;                   //!< statuses for the key's next API requests
    std::optional<int> rateLimitPerMinute;
    std::optional<int> retryAfter;       //!< seconds, sent with 429
    QString body;                        //!< non_json, html_502 or drop
    int bodyCount = 0;

    bool isEmpty() const;
    //! The admin API's body.
    QJsonObject toJson() const;
    //! A few words: "script 503, 503, 200; latency 300 ms".
    QString summary() const;
};

//! How the runner's webhook receiver answers a scenario's deliveries.
struct ReceiverSpec
{
    int status = 200;
    int delayMs = 0;
    bool close = false;   //!< cut the connection mid-answer instead of answering
    int times = 0;        //!< answer so for this many deliveries, then 200; 0: for every one

    bool isPlain() const { return status == 200 && delayMs == 0 && !close; }
    QString summary() const;
};

//! How the session comes to an end.
struct Ending
{
    enum class Kind {
        Magic,    //!< a magic user_id or metadata (sandbox:pass:ocr, sandbox:fail:face_mismatch, ...)
        Widget,   //!< the hosted widget opened and an outcome posted, as a browser would
        Admin,    //!< settled through the sandbox's admin API (pass, fail, cancel or expire)
        None,     //!< nothing: someone or something else decides it (a staging server)
    };
    Kind kind = Kind::None;
    QString outcome;   //!< pass, fail, cancel or expire
    QString detail;    //!< a method for pass, a reason for fail

    //! "sandbox:pass:ocr".
    QString magicValue() const;
    //! "magic pass:ocr", "widget fail:face_mismatch", "admin expire", "none".
    QString summary() const;
};

//! What is expected of a webhook for the session.
struct WebhookExpectation
{
    bool wanted = true;            //!< false: webhooks are not checked
    qint64 withinMs = 10000;       //!< after the session became final
    QString type;                  //!< empty: the event the final status implies
    bool validSignature = true;
    bool matchesResult = true;     //!< its data agrees with the polled result (status, token, reason)
    std::optional<int> deliveries; //!< how many POSTs the receiver saw for the event (retries included)
};

//! What the scenario expects of the session.
struct Expectation
{
    QString status;                       //!< success, failed, canceled, expired, claimed; derived when empty
    std::optional<QString> reason;        //!< empty string: no reason
    QString method;                       //!< verification type of a passed session
    QList<QPair<QString, QString>> checks; //!< check name → passed, failed or not_performed
    std::optional<int> ageBracket;        //!< 0: none
    WebhookExpectation webhook;
    std::optional<qint64> maxDurationMs;  //!< the whole scenario
};

enum class Shape { V1, Legacy };

//! One scenario, read from a file (or expanded from a matrix).
struct Scenario
{
    static constexpr qint64 DefaultTimeoutMs = 30000;
    //! What an older X-API-Version than the v1 contract is sent as, for the legacy shape.
    static constexpr auto LegacyApiVersion = "2025-01-01";

    QString name;
    QString suite;       //!< the file's suite name
    QString file;        //!< the file it came from
    int line = 0;        //!< where it starts (1-based)
    InitParams init;
    Ending ending;
    FaultSpec faults;
    ReceiverSpec receiver;
    Shape shape = Shape::V1;
    QString apiVersion;  //!< empty: the client's default for V1, LegacyApiVersion for Legacy
    Expectation expect;
    qint64 timeoutMs = DefaultTimeoutMs;

    //! The final status expected: expect.status, or the one the ending implies.
    QString expectedStatus() const;
    //! The reason expected: expect.reason, or the one a failing ending implies.
    std::optional<QString> expectedReason() const;
    //! Whether it needs a sandbox: its admin API (faults, an outcome set), its widget or its magic values.
    bool needsSandbox() const;
    //! A stable id: the suite and name.
    QString id() const;
};

//! One file's scenarios, in order.
struct ScenarioFile
{
    QString path;
    QString suite;
    QList<Scenario> scenarios;
};

//! Why a file could not be read: the file, where, the field, and what is wrong.
struct ReadError
{
    QString file;
    int line = 0;     //!< 1-based; 0 when unknown
    int column = 0;
    QString field;    //!< "scenarios[2].expect.webhook.within"
    QString message;

    //! "smoke.yaml:12:5: scenarios[2].expect.status: expected one of success, failed, …".
    QString toString() const;
};

} // namespace Xident::Scenarios
