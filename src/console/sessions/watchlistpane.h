#pragma once

#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QTimer;

namespace Ui {
class WatchlistPane;
}

namespace Xident::Console {

class SessionFilterModel;
class PollScheduler;
class ProfileStore;
class SessionModel;
class SessionTracker;

//! The watchlist: tracked sessions sorted and filtered, with per-row and all-rows polling actions.
class WatchlistPane : public QWidget
{
    Q_OBJECT
public:
    WatchlistPane(SessionModel *sessions, PollScheduler *scheduler, SessionTracker *tracker, ProfileStore *profiles, QWidget *parent = nullptr);
    ~WatchlistPane() override;

    SessionFilterModel *filterModel() const { return m_filter; }
    //! Tokens of the selected rows, in view order.
    QStringList selectedTokens() const;
    QString currentToken() const;
    //! Selects and shows a session (clearing a filter that hides it).
    void showSession(const QString &token);
    void focusSearch();
    //! Selects these sessions (the first is current), making them visible as showSession() does.
    void selectSessions(const QStringList &tokens);

    // Actions the window puts in its menus and toolbar too.
    QAction *pollNowAction() const { return m_pollNow; }
    QAction *changeProfileAction() const { return m_changeProfile; }
    QAction *evidenceAction() const { return m_evidence; }
    QAction *pollAllAction() const { return m_pollAll; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *pauseAllAction() const { return m_pauseAll; }
    QAction *resumeAllAction() const { return m_resumeAll; }
    QAction *removeAction() const { return m_remove; }
    QAction *archiveAction() const { return m_archive; }
    QAction *clearFinishedAction() const { return m_clearFinished; }
    QAction *exportAction() const { return m_export; }
    QAction *copyTokenAction() const { return m_copyToken; }

    //! What an export takes: the selected rows, or every row shown when none is selected.
    QStringList exportTokens() const;
    //! Writes \a tokens' sessions to \a path; an error text, or empty.
    QString exportTo(const QString &path, bool csv, bool includePersonalData, const QStringList &tokens);

Q_SIGNALS:
    //! "Evidence for a ticket…" for these sessions.
    void evidenceRequested(const QStringList &tokens);
    //! Blacklist the face of \a label's session, whose result token is \a resultToken.
    void blacklistRequested(const QString &resultToken, const QString &label);
    void currentTokenChanged(const QString &token);

private:
    void setupTable();
    void setupFilters();
    void createActions();
    void connectActions();
    void updateActions();
    void updateCount();
    void exportSelection();
    QStringList visibleTokens() const;

    std::unique_ptr<Ui::WatchlistPane> m_ui;
    SessionModel *m_sessions;
    PollScheduler *m_scheduler;
    SessionTracker *m_tracker;
    ProfileStore *m_profiles;
    SessionFilterModel *m_filter;
    QTimer *m_actionsTimer = nullptr;
    QAction *m_changeProfile, *m_askLive, *m_evidence, *m_blacklist;
    QAction *m_pollNow, *m_pollAll, *m_pause, *m_resume, *m_pauseAll, *m_resumeAll, *m_remove, *m_archive,
        *m_clearFinished, *m_export, *m_copyToken;
};

} // namespace Xident::Console
