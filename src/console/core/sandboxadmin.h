#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
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

    //! The phase the sandbox names ("waiting", "opened", "checking", "final"); Final for any other word.
    static Phase phaseFromText(const QString &text);

private:
    using Answer = std::function<void(const QJsonObject &data, const QString &problem)>;
    void call(const Target &target, const QByteArray &method, const QString &path, const QByteArray &body, Answer answer);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Xident::Console
