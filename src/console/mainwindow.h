#pragma once

#include <QtWidgets/QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace Xident::Console {

class CreateSessionPane;
struct ReceivedWebhook;
class InspectorPane;
class RequestLogPane;
class BlacklistPane;
class Face2faPane;
class SandboxPane;
class ScenariosPane;
class WebhookInboxPane;
class WebhookValidatorPane;
class Notifier;
class Presenter;
class WatchlistPane;
class Workspace;

//! The shell: places the panes, owns menus, toolbar and status bar, and wires panes through models and signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    WatchlistPane *watchlist() const { return m_watchlist; }
    InspectorPane *inspector() const { return m_inspector; }
    CreateSessionPane *createPane() const { return m_create; }
    RequestLogPane *requestLog() const { return m_requestLog; }
    WebhookValidatorPane *validator() const { return m_validator; }
    WebhookInboxPane *inbox() const { return m_inbox; }
    SandboxPane *sandboxPane() const { return m_sandboxPane; }
    BlacklistPane *blacklistPane() const { return m_blacklistPane; }
    Face2faPane *face2faPane() const { return m_face2faPane; }
    ScenariosPane *scenariosPane() const { return m_scenariosPane; }
    Notifier *notifier() const { return m_notifier; }
    Presenter *presenter() const { return m_presenter; }
    //! The status bar's texts, in order: profile, URL, TEST/LIVE, server state.
    QStringList statusTexts() const;
    bool isLiveBannerShown() const;
    //! The notice line inside the window (empty when none is shown).
    QString noticeText() const;
    //! The status bar's sharing note; empty when the sandbox is not shared.
    QString sharingText() const;

public Q_SLOTS:
    //! Tokens, callback URLs and xident:// links from the command line or a second launch.
    //! Opens the sessions that tokens, callback URLs and xident:// links name: under \a profileId when given (and
    //! under the profile a link names), else under the profile in use, asking the others when it does not know one.
    void openReferences(const QStringList &references, const QString &profileId = {});
    //! "Evidence for a ticket…" for these sessions: the dialog with its preview.
    void showEvidence(const QStringList &tokens);
    //! Opens an evidence file read-only; a problem is a notice.
    void openEvidence(const QString &path);
    void showNotice(const QString &text);
    void showCreatePane();
    void pasteTokens();
    void openProfiles();
    void showAbout();
    //! Presenter mode on the profile in use; a live profile is refused with a notice saying why.
    void enterPresenter();
    void leavePresenter();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildBars();
    void addTestBenchPanes();
    void nameTabShortcuts();
    void buildActions();
    void buildViewMenu(QAction *find);
    QAction *makeAction(const QString &text, const QString &icon, const QKeySequence &key);
    void followMerges();
    void addProfileChooser();
    void buildStatusBar();
    void refreshProfile();
    void refreshProfileCombo();
    void refreshServerState();
    void restoreLayout();
    //! Fits the window to the screen it opens on (a saved or designed size may be larger at another scale).
    void clampToScreen();
    //! The tool bar's buttons drop their words when the window is too narrow for them (the profile stays in view).
    void fitToolBar();
    //! The status bar's word while the webhook inbox is on a fallback port, with a retry.
    void showInboxFallback();
    //! Whose secret the validator judges an inbox row with.
    QString validatorProfileFor(const ReceivedWebhook &webhook) const;
    //! The panes in a scroll area, so the window can be smaller than their minimum.
    void scrollContent();
    bool m_clampedOnShow = false;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    WatchlistPane *m_watchlist;
    InspectorPane *m_inspector;
    CreateSessionPane *m_create;
    RequestLogPane *m_requestLog = nullptr;
    SandboxPane *m_sandboxPane = nullptr;
    BlacklistPane *m_blacklistPane = nullptr;
    Face2faPane *m_face2faPane = nullptr;
    ScenariosPane *m_scenariosPane = nullptr;
    WebhookValidatorPane *m_validator = nullptr;
    WebhookInboxPane *m_inbox = nullptr;
    Notifier *m_notifier;
    Presenter *m_presenter;
    QAction *m_presenterAction = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_shareLabel = nullptr;
    QToolButton *m_stopSharing = nullptr;
    QTimer *m_serverTimer = nullptr;
    QString m_referenceNotice;   // the notice about the last links opened, while it is shown
    bool m_followMerge = false;  // the session shown is going into another row: show that one
};

} // namespace Xident::Console
