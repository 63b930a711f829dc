#pragma once

#include "console/core/sandboxadmin.h"
#include "console/core/verdict.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>

class QTimer;
class QTranslator;

namespace Xident {
class Client;
class InitJob;
class ResultJob;
} // namespace Xident

namespace Xident::Console {

class ClientPool;
class Profile;
class ProfileService;
class SandboxHost;

//! The session a presenter shows: made without a user id or metadata, in the demo's language, followed every
//! second while it is on stage, renewed before an unopened token expires, and ended in a Verdict. No widgets: the
//! stage draws what this says, and tests drive it without a window.
//!
//! On a sandbox (the embedded one, or an external xident-sandbox that answers its admin routes) the phase comes from
//! the sandbox, which also knows when the phone posted its last step, and an outcome can be preset. On any other test
//! server the session's status is read through the API and the phone decides.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,       //!< nothing on stage
        Creating,   //!< asking the server for a session
        Waiting,    //!< the code is shown; nobody opened it
        Opened,     //!< the phone shows the verification page
        Checking,   //!< the phone sent its last step
        Finished,   //!< verdict() holds the outcome
        Failed,     //!< no session could be made; problem() says why, and it is tried again by itself
    };
    Q_ENUM(State)

    //! The languages a demo can be given in: the phone page's locale and the stage's instructions.
    static QStringList languages();

    DemoSession(ProfileService *profiles, ClientPool *clients, SandboxHost *sandbox, QObject *parent = nullptr);
    ~DemoSession() override;

    //! The page a phone opens for session \a token of \a profile: the sandbox's phone flow (on the address the
    //! embedded sandbox serves its pages from now), or a hosted server's \a verifyUrl as it is.
    static QString pageUrl(const Profile &profile, const SandboxHost *sandbox, const QString &token, const QString &verifyUrl);
    //! Why a demo cannot run on \a profile (a live key, no key); empty when it can.
    static QString refusal(const Profile &profile);

    //! Starts presenting on \a profileId with a first session; false, with problem() saying why, when refused.
    bool start(const QString &profileId);
    //! The next customer: a fresh session with the same settings (also after a failure).
    void next();
    //! Nothing on stage any more: no polling, no renewing.
    void stop();

    //! "en", "de" or "fr": the session's locale and the language of instructionText().
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int minimumAge() const { return m_minAge; }
    void setMinimumAge(int age) { m_minAge = age; }

    //! The outcome set beforehand for this and the next sessions: "pass" or "fail" with a reason, or empty for
    //! the phone to decide. Applied to the session on stage at once when it has not finished.
    void setPreset(const QString &outcome, const QString &detail);
    QString presetOutcome() const { return m_presetOutcome; }
    QString presetDetail() const { return m_presetDetail; }
    //! Whether outcomes can be preset here (a sandbox that answers its admin routes).
    bool canPreset() const;

    State state() const { return m_state; }
    QString profileId() const { return m_profileId; }
    //! The address the QR code encodes: the page a phone opens.
    QString phoneUrl() const { return m_phoneUrl; }
    //! The token as the stage may show it: its first and last four characters.
    QString tokenHint() const;
    //! The full token, for the console's own use (never shown on stage).
    QString token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QDateTime createdAt() const { return m_createdAt; }
    //! The outcome once Finished.
    const Verdict &verdict() const { return m_verdict; }
    //! Why the last attempt failed or what went wrong while following the session; empty when all is well.
    QString problem() const { return m_problem; }
    //! What the stage may say about a problem: a plain sentence without the server's words or address; empty when
    //! all is well.
    QString stageProblem() const;
    //! The last few polls failed: the code on stage may not work until the server answers again.
    bool hasLostContact() const;
    //! How many failed polls in a row count as lost contact.
    static constexpr int LostContactPolls = 3;
    //! How many sessions this presentation made.
    int sessionsMade() const { return m_made; }

    //! The line under the code, in the demo's language.
    QString instructionText() const;
    //! The state as the stage says it (in the console's language).
    QString stateText() const;

    //! How often a session on stage is asked about (1 s).
    void setPollInterval(int ms);
    //! How long before an unopened token expires a new one replaces it (60 s).
    void setRenewLead(int seconds) { m_renewLeadSecs = seconds; }
    //! How long after a failed attempt the next one starts (5 s).
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

Q_SIGNALS:
    //! Anything the stage shows changed.
    void changed();
    //! A new session is ready and phoneUrl() is its page.
    void sessionReady(const QString &phoneUrl);
    //! The session on stage finished.
    void finished(const Xident::Console::Verdict &verdict);

private:
    void dropSession();
    void setState(State state, const QString &problem = {});
    void poll();
    void onAdminState(const QString &token, const SandboxAdmin::SessionState &state, const QString &problem);
    void onStatus(const QString &token, const QString &status);
    void lostContact(const QString &problem);
    void finish(const QString &token, const QString &status);
    void applyPreset();
    Client *client() const;
    SandboxAdmin::Target adminTarget() const;
    QString redacted(const QString &text) const;
    const QTranslator *languageCatalog() const;

    ProfileService *m_profiles;
    ClientPool *m_clients;
    SandboxHost *m_sandbox;
    SandboxAdmin *m_admin;
    QTimer *m_pollTimer;
    QTimer *m_retryTimer;
    QPointer<InitJob> m_initJob;
    QPointer<ResultJob> m_resultJob;
    QString m_profileId;
    QString m_language = QStringLiteral("en");
    int m_minAge = 18;
    QString m_presetOutcome;
    QString m_presetDetail;
    State m_state = State::Idle;
    QString m_problem;
    QString m_token;
    QString m_phoneUrl;
    QDateTime m_createdAt;
    QDateTime m_expiresAt;
    Verdict m_verdict;
    enum class Admin { Unknown, Answers, Absent } m_adminKnown = Admin::Unknown;
    bool m_asking = false;   // a poll is in flight
    int m_failedPolls = 0;   // in a row
    int m_made = 0;
    int m_renewLeadSecs = 60;
    int m_retryDelayMs = 5000;
    mutable QTranslator *m_catalog = nullptr;
    mutable QString m_catalogLanguage;
};

} // namespace Xident::Console
