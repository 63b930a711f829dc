#pragma once

#include "console/core/sandboxadmin.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace Xident::Console {

class Workspace;

//! "Check the demo": before the meeting, whether a demo on a profile will work. It makes one session as the stage
//! would and checks, one line each, that the server answers with no fault active, that the phone's address serves
//! the sandbox, that the code as drawn reads back as that address, that the token lives long enough, that this
//! machine's clock agrees with the server's, and that the profile is not live and its webhooks arrive signed.
//! Each line passes or fails with what to do; a line that cannot apply here is skipped and says why.
class DemoCheck : public QObject
{
    Q_OBJECT
public:
    enum class Result { Passed, Failed, Skipped };
    Q_ENUM(Result)

    struct Line
    {
        QString id;       //!< profile, server, phone, code, lifetime, clock, webhooks
        Result result = Result::Skipped;
        QString text;     //!< what was found
        QString advice;   //!< what to do (failed lines)
    };

    //! Renders \a url as the stage draws its code and reads it back; empty when it does not read.
    using CodeReader = std::function<QString(const QString &url)>;

    //! The shortest token lifetime a demo is checked for, and the clock difference it tolerates.
    static constexpr int MinimumLifetimeSecs = 600;
    static constexpr int ClockToleranceSecs = 30;

    explicit DemoCheck(Workspace *workspace, QObject *parent = nullptr);
    ~DemoCheck() override;

    void setCodeReader(CodeReader reader) { m_reader = std::move(reader); }
    //! How long a webhook may take to reach the inbox (8 s).
    void setWebhookTimeout(int ms) { m_webhookTimeoutMs = ms; }

    //! Checks a demo on \a profileId; finished() follows, every line by then in lines().
    void start(const QString &profileId);
    bool isRunning() const { return m_running; }
    const QList<Line> &lines() const { return m_lines; }
    //! No line failed.
    bool passed() const;
    //! A page for another device to open (a "scan to test" code) while the embedded sandbox's pages are shared; empty
    //! otherwise. phoneReached() follows when a device opens it through the network.
    QString phoneProbeUrl() const;
    bool phoneWasReached() const { return m_phoneReached; }
    //! A line as printed: a tick, a cross or a dash, what was found, and the advice.
    static QString format(const Line &line);

Q_SIGNALS:
    void lineAdded(const Xident::Console::DemoCheck::Line &line);
    void finished(bool passed);
    void phoneReached();

private:
    void add(const QString &id, Result result, const QString &text, const QString &advice = {});
    void skipRest(const QString &why);
    void checkServer();
    void checkFaults();
    void checkPhone();
    void checkCode();
    void checkLifetime();
    void checkClock();
    void checkWebhooks();
    void waitForWebhook(const QString &resultToken);
    void finish();
    bool isSandbox() const;

    Workspace *m_workspace;
    SandboxAdmin *m_admin;
    QNetworkAccessManager *m_nam;
    QTimer *m_deadline;
    CodeReader m_reader;
    int m_webhookTimeoutMs = 8000;
    QString m_profileId;
    bool m_running = false;
    bool m_adminAnswers = false;
    QList<Line> m_lines;
    SandboxAdmin::Target m_target;
    QString m_token;
    QString m_pageUrl;
    QDateTime m_createdAt, m_expiresAt;
    QMetaObject::Connection m_inboxWatch;
    QString m_probe;
    bool m_phoneReached = false;
};

} // namespace Xident::Console
