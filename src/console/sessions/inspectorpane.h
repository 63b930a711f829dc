#pragma once

#include "console/core/apicall.h"
#include "console/core/trackedsession.h"
#include "console/core/watchstatus.h"

#include <QtWidgets/QWidget>

#include <memory>

class QTimer;

namespace Ui {
class InspectorPane;
}

namespace Xident {
class SessionResult;
}

namespace Xident::Console {

class ChecksModel;
class HistoryStore;
class JsonTreeModel;
class PollScheduler;
class ProfileStore;
class SessionModel;
class SessionTracker;
class TimelineModel;
class WebhookRouter;

//! The selected session in full: the verdict in words, its fields and checks, the raw JSON and the timeline.
class InspectorPane : public QWidget
{
    Q_OBJECT
public:
    InspectorPane(SessionModel *sessions, PollScheduler *scheduler, SessionTracker *tracker, HistoryStore *history,
                  WebhookRouter *webhooks, ProfileStore *profiles, QWidget *parent = nullptr);
    ~InspectorPane() override;

    QString token() const { return m_token; }
    //! Shows \a token (empty: nothing); follows its updates until another is shown.
    void showSession(const QString &token);
    //! The text "Copy summary" puts on the clipboard: no secrets, no user id.
    QString summary() const;
    //! The result call of the session shown, as "Copy as code" gives it; nothing without a session.
    std::optional<ApiCall> resultCall() const;
    //! The result call as a curl command, the key written as $XIDENT_SECRET_KEY.
    QString curlCommand() const;
    //! The xident:// link "Copy link for a colleague" puts on the clipboard: the token and its profile's name.
    QString colleagueLink() const;

Q_SIGNALS:
    //! "Evidence for a ticket…" for the session shown.
    void evidenceRequested(const QStringList &tokens);
    //! Blacklist the face of session \a label, whose result token is \a resultToken.
    void blacklistRequested(const QString &resultToken, const QString &label);

private:
    void setupViews();
    void refresh();
    //! The verdict in words, the sentence for the customer, and what the webhook said.
    void showVerdict(WatchStatus status, const SessionResult &result);
    void showFields(WatchStatus status, const SessionResult &result, bool hasResult);
    void showRequestIds();
    void showLookup();
    void showAnnotation();
    //! Keeps what was typed in the ticket and note fields with the session shown.
    void saveAnnotation();
    void connectActions();
    void fillJson(const QByteArray &json);
    void findNext(bool restart);
    void updateCountdown();

    std::unique_ptr<Ui::InspectorPane> m_ui;
    SessionModel *m_sessions;
    SessionTracker *m_tracker;
    HistoryStore *m_history;
    ProfileStore *m_profiles;
    QString m_token;
    TrackedSession m_session;
    ChecksModel *m_checks;
    TimelineModel *m_timeline;
    JsonTreeModel *m_json;
    QByteArray m_shownJson;
    QDateTime m_expiresAt;
    QTimer *m_countdown;
    QTimer *m_noteSaver;
};

} // namespace Xident::Console
