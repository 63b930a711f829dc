#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

class QNetworkAccessManager;

namespace Xident::Console {

//! What the console asks of a sandbox beyond the Xident API, through its /_sandbox admin routes: how far a session
//! has come (for the presenter's stage) and an outcome set beforehand. Each call goes to a profile's base URL with
//! its key, which sees only its own sessions; redirects are not followed, and every call ends in an answer or in a
//! sentence that says why there is none (within the timeout).
class SandboxAdmin : public QObject
{
    Q_OBJECT
public:
    //! Where the sandbox is, and the key the calls go with.
    struct Target
    {
        QString baseUrl;
        QString apiKey;
    };

    //! How far the phone has come with a session.
    enum class Phase {
        Waiting,    //!< nobody opened the link yet
        Opened,     //!< the widget is on the phone
        Checking,   //!< the widget's last step was posted; the outcome is being worked out
        Final,      //!< success, failed, canceled or expired
    };
    Q_ENUM(Phase)

    struct SessionState
    {
        QString status;               //!< pending, in_progress, success, failed, canceled, expired
        QString resultToken;          //!< the xtk_ token its result and webhooks carry
        Phase phase = Phase::Waiting;
        QDateTime createdAt, expiresAt, submittedAt, completedAt;
        QString presetOutcome;        //!< "pass" or "fail" when an outcome was set beforehand
        QString presetDetail;         //!< its method or reason
    };

    using StateHandler = std::function<void(const SessionState &state, const QString &problem)>;
    using DoneHandler = std::function<void(const QString &problem)>;

    static constexpr int DefaultTimeoutMs = 5000;

    explicit SandboxAdmin(QObject *parent = nullptr);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    //! One session's status and phase; \a done gets them, or a problem (empty on success).
    void fetchSession(const Target &target, const QString &token, StateHandler done);
    //! Sets the outcome the session will have whatever the phone picks: "pass" (\a detail: a method, or empty),
    //! "fail" (\a detail: a failure reason, or empty), or "none" to let the phone decide again.
    void preset(const Target &target, const QString &token, const QString &outcome, const QString &detail,
                DoneHandler done);

    //! Settles a session at once as if the phone had finished: "pass", "fail", "cancel" or "expire".
    void settle(const Target &target, const QString &token, const QString &outcome, DoneHandler done);
    using FaultsHandler = std::function<void(const QStringList &active, const QString &problem)>;
    //! The faults active for the key, each in a few words ("latency 500 ms"); empty when the sandbox serves plainly.
    void activeFaults(const Target &target, FaultsHandler done);

    //! The faults a sandbox applies to one key's API requests (PUT /_sandbox/faults).
    struct Faults
    {
        int latencyMs = 0;
        double errorRate = 0;          //!< share of requests answered 500, 0 to 1
        QList<int> script;             //!< statuses for the next requests, in order
        int rateLimitPerMinute = 0;    //!< 0: no limit
        int retryAfter = 1;            //!< seconds, sent with 429
        QString body;                  //!< "non_json", "html_502" or "drop" for the next bodyCount answers
        int bodyCount = 0;
        bool ownSettings = false;      //!< the key has settings of its own (not the sandbox's defaults)

        QJsonObject toJson() const;
        static Faults fromJson(const QJsonObject &data);
        //! Each active fault in a few words, in the operator's language; empty when the sandbox serves plainly.
        QStringList describe() const;
        friend bool operator==(const Faults &, const Faults &) = default;
    };
    using FaultStateHandler = std::function<void(const Faults &faults, const QString &problem)>;
    void readFaults(const Target &target, FaultStateHandler done);
    //! Replaces the key's faults with \a faults; \a done gets what the sandbox then applies.
    void setFaults(const Target &target, const Faults &faults, FaultStateHandler done);
    //! Back to plain service for the key (the sandbox forgets its settings).
    void clearFaults(const Target &target, FaultStateHandler done);

    //! The key's webhook deliveries, oldest first, each with every attempt (GET /_sandbox/webhooks).
    using DeliveriesHandler = std::function<void(const QJsonArray &deliveries, int total, const QString &problem)>;
    void deliveries(const Target &target, int perPage, DeliveriesHandler done);
    //! Sends delivery \a index again, byte for byte, to the sandbox's webhook URLs.
    void resend(const Target &target, qint64 index, DoneHandler done);

    //! The phase the sandbox names ("waiting", "opened", "checking", "final"); Final for any other word.
    static Phase phaseFromText(const QString &text);

private:
    //! \a root is the whole answer: its "data" and "meta".
    using Answer = std::function<void(const QJsonObject &root, const QString &problem)>;
    void call(const Target &target, const QByteArray &method, const QString &path, const QByteArray &body, Answer answer);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Xident::Console
