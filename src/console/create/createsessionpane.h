#pragma once

#include "console/core/apicall.h"

#include <XidentQt/initparams.h>
#include <XidentQt/job.h>

#include <QtCore/QDateTime>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <memory>

class QLabel;
class QTimer;

class QSettings;

namespace Ui {
class CreateSessionPane;
}

namespace Xident {
class Error;
class InitJob;
class Job;
} // namespace Xident

namespace Xident::Console {

class ClientPool;
class ProfileService;
class SandboxHost;
class SessionTracker;
class VerdictView;

//! The "New session" pane: every POST /init parameter, the call with its retries, and the result with a QR code.
class CreateSessionPane : public QWidget
{
    Q_OBJECT
public:
    CreateSessionPane(ProfileService *profiles, ClientPool *clients, SessionTracker *tracker, SandboxHost *sandbox, QSettings *settings, QWidget *parent = nullptr);
    ~CreateSessionPane() override;

    //! The parameters as the form holds them (not validated).
    InitParams params() const;
    //! Problems of the form, each shown next to its field; true when the form can be sent.
    bool validateForm();
    //! The last token created here.
    QString lastToken() const { return m_token; }
    bool isBusy() const { return m_job != nullptr; }
    //! Puts the keyboard in the first field.
    void focusForm();

public Q_SLOTS:
    void create();
    void cancel();
    void regenerate();
    //! Whether the profile's server named itself a sandbox (any xident-sandbox): magic outcomes work there too.
    void setServerIsSandbox(bool sandbox);

Q_SIGNALS:
    //! A session was created and joined the watchlist.
    void sessionCreated(const QString &token);
    void showSessionRequested(const QString &token);

private:
    void setupChoices();
    void showMagicChoice();
    void onProfileChanged();
    void send(const InitParams &params);
    void clearResult();
    //! A created session finished: its verdict takes the code's place.
    void showOutcome(const QString &token, const QString &status);
    void onFinished(Xident::Job *job);
    void showError(const Xident::Error &error);
    void updateTtl();
    void remember(const InitParams &params);
    void restore();
    //! The profile's choice to remember the user id and metadata; switching it off forgets both.
    void setRememberPersonal(bool remember);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void watchForEnter();
    void openVerifyPage();
    void setBusy(bool busy, const QString &text = {});
    void updatePhoneState();
    void askToShare();
    bool confirmLive();

    std::unique_ptr<Ui::CreateSessionPane> m_ui;
    //! The /init call the form makes with \a params (the one "Copy as code" copies).
    ApiCall initCall(const InitParams &params) const;

    ProfileService *m_profiles;
    ClientPool *m_clients;
    SessionTracker *m_tracker;
    SandboxHost *m_sandbox;
    QSettings *m_settings;
    QPointer<InitJob> m_job;
    InitParams m_lastParams;
    QString m_token;
    bool m_serverIsSandbox = false;
    QString m_verifyUrl;   // as the server gave it
    QString m_requestProfile;
    QString m_shownProfile;
    QDateTime m_expiresAt;
    QTimer *m_ttlTimer;
    VerdictView *m_outcome;
    QLabel *m_userIdProblem;
    QTimer *m_countdown;
    qint64 m_retryAt = 0;
    QString m_retryReason;
};

} // namespace Xident::Console
