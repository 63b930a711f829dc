#include "console/mainwindow.h"

#include "console/aboutdialog.h"
#include "console/blacklist/blacklistpane.h"
#include "console/core/connectionmonitor.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/receivedwebhook.h"
#include "console/core/sandboxhost.h"
#include "console/core/sessionreference.h"
#include "console/core/sessiontracker.h"
#include "console/core/watchstatus.h"
#include "console/core/webhookinbox.h"
#include "console/core/webhookrouter.h"
#include "console/core/workspace.h"
#include "console/create/createsessionpane.h"
#include "console/face2fa/face2fapane.h"
#include "console/notifier.h"
#include "console/presenter/presenter.h"
#include "console/profiles/profiledialog.h"
#include "console/requestlog/requestlogpane.h"
#include "console/sandbox/sandboxpane.h"
#include "console/scenarios/scenariospane.h"
#include "console/sessions/evidencedialog.h"
#include "console/sessions/evidenceviewer.h"
#include "console/sessions/inspectorpane.h"
#include "console/sessions/pastetokensdialog.h"
#include "console/sessions/watchlistpane.h"
#include "console/webhooks/webhookinboxpane.h"
#include "console/webhooks/webhookvalidatorpane.h"

#include "ui_MainWindow.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QStyle>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_watchlist(new WatchlistPane(workspace->sessions(), workspace->scheduler(), workspace->tracker(),
                                    workspace->profileStore()))
    , m_inspector(new InspectorPane(workspace->sessions(), workspace->scheduler(), workspace->tracker(),
                                    workspace->history(), workspace->webhookRouter(), workspace->profileStore()))
    , m_create(new CreateSessionPane(workspace->profileService(), workspace->clients(), workspace->tracker(),
                                     workspace->sandboxHost(), workspace->settings()))
    , m_notifier(new Notifier(this))
    , m_presenter(new Presenter(workspace, m_notifier, this, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/xident-console.svg"_s));
    // Panes scroll rather than force a minimum window height: at 200 % a laptop screen is about 540 px tall.
    const auto scrolling = [this](QWidget *pane) {
        auto *area = new QScrollArea(this);
        area->setWidget(pane);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setFocusPolicy(Qt::NoFocus);   // not a Tab stop of its own: it follows the focused field
        return area;
    };
    m_ui->sessionsSplitter->addWidget(m_watchlist);
    m_ui->sessionsSplitter->addWidget(scrolling(m_inspector));
    m_ui->sessionsSplitter->setStretchFactor(0, 3);
    m_ui->sessionsSplitter->setStretchFactor(1, 2);
    m_ui->createLayout->addWidget(scrolling(m_create));
    m_requestLog = new RequestLogPane(m_workspace->requestLog(), this);
    m_ui->tabs->addTab(m_requestLog, tr("Request log"));
    m_validator = new WebhookValidatorPane(m_workspace->profileStore(), m_workspace->tracker(), this);
    m_ui->tabs->addTab(m_validator, QIcon(u":/icons/validate.svg"_s), tr("Webhook validator"));
    m_inbox = new WebhookInboxPane(m_workspace->webhookRouter(), m_workspace->inbox(), m_workspace->inboxModel(),
                                   m_workspace->profileStore(), m_workspace->settings(), this);
    m_ui->tabs->addTab(m_inbox, QIcon(u":/icons/inbox.svg"_s), tr("Webhook inbox"));
    connect(m_inbox, &WebhookInboxPane::openInValidator, this, [this](const ReceivedWebhook &webhook) {
        m_validator->loadWebhook(webhook, validatorProfileFor(webhook));
        m_ui->tabs->setCurrentWidget(m_validator);
        m_validator->focusPayload();
    });
    addTestBenchPanes();
    connect(m_validator, &WebhookValidatorPane::openSessionRequested, this, [this](const QString &token) {
        m_ui->tabs->setCurrentWidget(m_ui->sessionsTab);
        m_watchlist->showSession(token);
    });
    buildBars();
    buildActions();
    buildStatusBar();

    connect(m_watchlist, &WatchlistPane::currentTokenChanged, m_inspector, &InspectorPane::showSession);
    followMerges();
    connect(m_watchlist, &WatchlistPane::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_inspector, &InspectorPane::evidenceRequested, this, &MainWindow::showEvidence);
    // A new session is the watchlist's selection (and so the inspector's) as soon as it exists.
    connect(m_create, &CreateSessionPane::sessionCreated, m_watchlist, &WatchlistPane::showSession);
    connect(m_create, &CreateSessionPane::showSessionRequested, this, [this](const QString &token) {
        m_ui->tabs->setCurrentWidget(m_ui->sessionsTab);
        m_watchlist->showSession(token);
    });
    connect(m_workspace, &Workspace::notice, this, &MainWindow::showNotice);
    connect(m_workspace->tracker(), &SessionTracker::sessionFinished, this, [this](const QString &token, const QString &status) {
        const WatchStatus s = watchStatusFromText(status);
        m_notifier->notify(tr("Session finished: %1").arg(watchStatusLabel(s, status)), token);
    });
    connect(m_notifier, &Notifier::windowNotice, this, [this](const QString &title, const QString &body) {
        if (m_notifier->channel() == Notifier::Channel::Window)
            showNotice(u"%1: %2"_s.arg(title, body));
    });
    connect(m_workspace->profileStore(), &ProfileStore::currentChanged, this, &MainWindow::refreshProfile);
    connect(m_workspace->profileStore(), &ProfileStore::profilesChanged, this, &MainWindow::refreshProfileCombo);
    connect(m_workspace->monitor(), &ConnectionMonitor::stateChanged, this, &MainWindow::refreshServerState);
    connect(m_workspace->monitor(), &ConnectionMonitor::sandboxChanged, m_create, &CreateSessionPane::setServerIsSandbox);
    refreshProfileCombo();
    refreshProfile();
    scrollContent();
    restoreLayout();
    if (!m_workspace->sandboxHost()->problem().isEmpty())
        showNotice(m_workspace->sandboxHost()->problem());
}

MainWindow::~MainWindow() = default;

// QA's and support's panes: scenario files, the face blacklist, face 2FA, and the sandbox behind the profile (faults and
// deliveries).
void MainWindow::addTestBenchPanes()
{
    m_scenariosPane = new ScenariosPane(m_workspace->settings(), this);
    m_ui->tabs->addTab(m_scenariosPane, tr("Scenarios"));
    connect(m_scenariosPane, &ScenariosPane::inspectRequested, this,
            [this](const Text::Evidence &evidence, const QString &title, const QString &source) {
                EvidenceViewer::showSessions(evidence, title, source, this);
            });
    m_blacklistPane = new BlacklistPane(m_workspace->blacklist(), m_workspace->profileStore(), this);
    m_ui->tabs->addTab(m_blacklistPane, tr("Blacklist"));
    // The pane is shown once the entry is accepted (to see it processing); a cancel leaves the user where they were.
    const auto blacklistSession = [this](const QString &resultToken, const QString &label) {
        QDialog *dialog = m_blacklistPane->addSession(resultToken, label);
        connect(dialog, &QDialog::accepted, this, [this] { m_ui->tabs->setCurrentWidget(m_blacklistPane); });
    };
    connect(m_watchlist, &WatchlistPane::blacklistRequested, this, blacklistSession);
    connect(m_inspector, &InspectorPane::blacklistRequested, this, blacklistSession);
    m_face2faPane = new Face2faPane(m_workspace->face2fa(), this);
    m_ui->tabs->addTab(m_face2faPane, tr("Face 2FA"));
    m_sandboxPane = new SandboxPane(m_workspace->profileStore(), m_workspace->sandboxHost(), m_workspace->monitor(), this);
    m_ui->tabs->addTab(m_sandboxPane, tr("Sandbox"));
    nameTabShortcuts();
}

void MainWindow::nameTabShortcuts()
{
    // The tabs have no mnemonics (they would clash with the menus and the panes' fields): Ctrl+1 to Ctrl+5, and
    // Ctrl+9 for the sandbox (6 to 8 are the scenarios, the blacklist and face 2FA).
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        const int key = m_ui->tabs->widget(i) == m_sandboxPane ? 9 : i + 1;
        m_ui->tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(m_ui->tabs->tabText(i)).arg(key));
    }
}

// The live banner and the notice line above the panes.
void MainWindow::buildBars()
{
    m_ui->liveBanner->setStyleSheet(u"background: #c5221f; color: #ffffff; font-weight: 700; padding: 6px; "
                                    "border-radius: 3px;"_s);
    m_ui->noticeBar->setStyleSheet(u"#noticeBar { background: #fff4ce; border-radius: 3px; } "
                                   "#noticeText { color: #3b2f00; }"_s);
    m_ui->noticeBar->hide();
    connect(m_ui->noticeClose, &QToolButton::clicked, m_ui->noticeBar, &QWidget::hide);
}

void MainWindow::followMerges()
{
    // Two rows that turn out to be one session: whoever looked at either now sees the merged one, both timelines.
    connect(m_workspace->tracker(), &SessionTracker::aboutToMerge, this, [this](const QString &keep, const QString &drop) {
        m_followMerge = m_inspector->token() == drop || m_inspector->token() == keep;
    });
    connect(m_workspace->tracker(), &SessionTracker::merged, this, [this](const QString &keep) {
        if (!std::exchange(m_followMerge, false))
            return;
        m_watchlist->showSession(keep);
        m_inspector->showSession(keep);
    });
}

QAction *MainWindow::makeAction(const QString &text, const QString &icon, const QKeySequence &key)
{
    auto *a = new QAction(QIcon(icon), text, this);
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}

void MainWindow::buildViewMenu(QAction *find)
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &key) {
        return makeAction(text, icon, key);
    };
    QAction *sessionsTab = make(tr("&Sessions"), QString(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *createTab = make(tr("New session &form"), QString(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *logTab = make(tr("&Request log"), QString(), QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(logTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_requestLog); });
    QAction *validatorTab = make(tr("&Webhook validator"), u":/icons/validate.svg"_s, QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(validatorTab, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_validator);
        m_validator->focusPayload();
    });
    QAction *inboxTab = make(tr("Webhook &inbox"), u":/icons/inbox.svg"_s, QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(inboxTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_inbox); });
    QAction *scenariosTab = make(tr("S&cenarios"), QString(), QKeySequence(Qt::CTRL | Qt::Key_6));
    scenariosTab->setObjectName(u"scenariosTabAction"_s);
    connect(scenariosTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_scenariosPane); });
    QAction *blacklistTab = make(tr("&Blacklist"), QString(), QKeySequence(Qt::CTRL | Qt::Key_7));
    blacklistTab->setObjectName(u"blacklistTabAction"_s);
    connect(blacklistTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_blacklistPane); });
    QAction *face2faTab = make(tr("Face &2FA"), QString(), QKeySequence(Qt::CTRL | Qt::Key_8));
    face2faTab->setObjectName(u"face2faTabAction"_s);
    connect(face2faTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_face2faPane); });
    QAction *sandboxTab = make(tr("S&andbox: faults and deliveries"), QString(), QKeySequence(Qt::CTRL | Qt::Key_9));
    sandboxTab->setObjectName(u"sandboxTabAction"_s);
    connect(sandboxTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_sandboxPane); });
    m_presenterAction = make(tr("P&resenter mode"), QString(), QKeySequence(Qt::Key_F11));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setToolTip(tr("Show a verification demo full screen: a QR code for a phone, then the verdict (F11)"));
    connect(m_presenterAction, &QAction::triggered, this, [this](bool on) { on ? enterPresenter() : leavePresenter(); });
    connect(m_presenter, &Presenter::presentingChanged, m_presenterAction, &QAction::setChecked);
    connect(sessionsTab, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_ui->sessionsTab); });
    connect(createTab, &QAction::triggered, this, &MainWindow::showCreatePane);
    QMenu *view = m_ui->menuBar->addMenu(tr("&View"));
    for (QAction *a : {sessionsTab, createTab, logTab, validatorTab, inboxTab, scenariosTab, blacklistTab, face2faTab, sandboxTab, find})
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_presenterAction);
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &key) {
        return makeAction(text, icon, key);
    };
    QAction *newSession = make(tr("&New session"), u":/icons/new-session.svg"_s, QKeySequence::New);
    QAction *paste = make(tr("&Paste tokens…"), u":/icons/paste-tokens.svg"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setObjectName(u"pasteTokensAction"_s);
    QAction *find = make(tr("&Find session"), u":/icons/find.svg"_s, QKeySequence::Find);
    QAction *profiles = make(tr("&Profiles…"), u":/icons/profile.svg"_s, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *quit = make(tr("&Quit"), QString(), QKeySequence::Quit);
    QAction *about = make(tr("&About Xident Console"), u":/icons/about.svg"_s, {});
    newSession->setToolTip(tr("Create a verification session (%1)").arg(newSession->shortcut().toString(QKeySequence::NativeText)));
    connect(newSession, &QAction::triggered, this, &MainWindow::showCreatePane);
    connect(paste, &QAction::triggered, this, &MainWindow::pasteTokens);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->sessionsTab);
        m_watchlist->focusSearch();
    });
    connect(profiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QAction *openEvidenceAction = make(tr("Open e&vidence…"), u":/icons/open-file.svg"_s, QKeySequence::Open);
    connect(openEvidenceAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open an evidence file"), QString(), tr("Evidence files (*.html)"));
        if (!path.isEmpty())
            openEvidence(path);
    });
    QMenu *file = m_ui->menuBar->addMenu(tr("&File"));
    file->addAction(paste);
    file->addAction(openEvidenceAction);
    file->addAction(m_watchlist->exportAction());
    file->addSeparator();
    file->addAction(quit);
    QMenu *session = m_ui->menuBar->addMenu(tr("&Session"));
    session->addAction(newSession);
    session->addSeparator();
    for (QAction *a : {m_watchlist->pollNowAction(), m_watchlist->pollAllAction(), m_watchlist->pauseAction(),
                       m_watchlist->resumeAction(), m_watchlist->pauseAllAction(), m_watchlist->resumeAllAction()})
        session->addAction(a);
    session->addSeparator();
    for (QAction *a : {m_watchlist->copyTokenAction(), m_watchlist->changeProfileAction(), m_watchlist->evidenceAction(),
                       m_watchlist->archiveAction(), m_watchlist->removeAction(), m_watchlist->clearFinishedAction()})
        session->addAction(a);
    buildViewMenu(find);
    QMenu *connection = m_ui->menuBar->addMenu(tr("&Connection"));
    connection->addAction(profiles);
    QMenu *help = m_ui->menuBar->addMenu(tr("&Help"));
    help->addAction(about);

    m_ui->toolBar->addAction(newSession);
    m_ui->toolBar->addAction(paste);
    m_ui->toolBar->addAction(m_watchlist->pollNowAction());
    m_ui->toolBar->addAction(find);
    m_ui->toolBar->addSeparator();
    addProfileChooser();
    m_ui->toolBar->addAction(profiles);
}

// The tool bar's choice of the active profile.
void MainWindow::addProfileChooser()
{
    auto *label = new QLabel(tr(" Profile: "), this);
    m_ui->toolBar->addWidget(label);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setAccessibleName(tr("Active profile"));
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_profileCombo);
    m_ui->toolBar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        m_workspace->profileStore()->setCurrent(m_profileCombo->itemData(index).toString());
    });
}

void MainWindow::refreshProfileCombo()
{
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &p : m_workspace->profileStore()->profiles())
        m_profileCombo->addItem(p.isLive() ? tr("%1 (LIVE)").arg(p.name) : p.name, p.id);
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_workspace->profileStore()->currentId()));
}

void MainWindow::refreshProfile()
{
    const Profile p = m_workspace->profileStore()->current();
    refreshProfileCombo();
    m_profileLabel->setText(tr("Profile: %1").arg(p.name));
    m_urlLabel->setText(p.baseUrl);
    const bool live = p.isLive();
    m_modeLabel->setText(live ? tr("LIVE") : tr("TEST"));
    m_modeLabel->setStyleSheet(live ? u"background: #c5221f; color: white; font-weight: 700; padding: 1px 8px;"_s
                                    : u"background: #137333; color: white; font-weight: 700; padding: 1px 8px;"_s);
    m_ui->liveBanner->setVisible(live);
    m_ui->liveBanner->setText(tr("LIVE — profile “%1” uses a live key: sessions are real and may be billed.").arg(p.name));
    // The title names the profile, never a key.
    // Qt appends the application's display name; the title names the profile, never a key.
    setWindowTitle(live ? tr("%1 (LIVE)").arg(p.name) : p.name);
    refreshServerState();
}

QString MainWindow::validatorProfileFor(const ReceivedWebhook &webhook) const
{
    // The profile whose secret made the signature; when none did, the profile of the session the webhook names
    // (its secret is the one that should have): never merely the profile in use.
    if (webhook.signedByProfile())
        return webhook.profileId;
    QStringList names = webhook.references;
    if (!webhook.sessionRef.isEmpty())
        names.append(webhook.sessionRef);
    const QString token = webhook.matchedToken.isEmpty() ? m_workspace->tracker()->sessionFor(names) : webhook.matchedToken;
    const auto session = token.isEmpty() ? std::nullopt : m_workspace->sessions()->session(token);
    return session ? session->profileId : QString();
}

QStringList MainWindow::statusTexts() const
{
    return {m_profileLabel->text(), m_urlLabel->text(), m_modeLabel->text(), m_serverLabel->text()};
}

bool MainWindow::isLiveBannerShown() const
{
    return !m_ui->liveBanner->isHidden();
}

QString MainWindow::sharingText() const
{
    return m_shareLabel->isHidden() ? QString() : m_shareLabel->text();
}

QString MainWindow::noticeText() const
{
    return m_ui->noticeBar->isHidden() ? QString() : m_ui->noticeText->text();
}

void MainWindow::showNotice(const QString &text)
{
    // Notices may quote what came in (a link, a server's words): plain text, and never a secret.
    m_ui->noticeText->setTextFormat(Qt::PlainText);
    m_ui->noticeText->setText(m_workspace->profileService()->secretSet().redact(text));
    m_ui->noticeBar->show();
}

void MainWindow::showCreatePane()
{
    m_ui->tabs->setCurrentWidget(m_ui->createTab);
    m_create->focusForm();
}

void MainWindow::pasteTokens()
{
    PasteTokensDialog dialog(m_workspace->tracker(), m_workspace->profileService(), this);
    connect(&dialog, &PasteTokensDialog::tokensAdded, this, [this](const QStringList &tokens) {
        m_ui->tabs->setCurrentWidget(m_ui->sessionsTab);
        // Before the history has loaded the sessions join the list with it: shown once they are there.
        m_workspace->tracker()->whenReady(this, [this, tokens] { m_watchlist->selectSessions(tokens); });
    });
    dialog.exec();
}

void MainWindow::openReferences(const QStringList &references, const QString &profileId)
{
    if (references.isEmpty())
        return;
    SessionTracker *tracker = m_workspace->tracker();
    if (!tracker->isReady()) {
        // A link that starts the console may name a session the history holds: open it once that is loaded,
        // so its stored result and timeline are kept rather than replaced by a blank row.
        tracker->whenReady(this, [this, references, profileId] { openReferences(references, profileId); });
        return;
    }
    // An evidence file given like a link opens read-only, beside the watchlist.
    QStringList links;
    for (const QString &reference : references) {
        if (QFileInfo(reference).isFile())
            openEvidence(reference);
        else
            links.append(reference);
    }
    if (links.isEmpty())
        return;
    SessionReferenceParse parsed = parseSessionReferences(links.join(u'\n'));
    // A link that names a profile goes there; a name no profile has is said, and its session is not opened
    // under another.
    QHash<QString, QStringList> named;
    QStringList inUse, unknown;
    for (const QString &token : std::as_const(parsed.tokens)) {
        const QString name = parsed.profiles.value(token);
        const QString id = profileId.isEmpty() && !name.isEmpty() ? m_workspace->profileStore()->idOf(name) : profileId;
        if (!name.isEmpty() && id.isEmpty() && profileId.isEmpty())
            unknown.append(name);
        else if (id.isEmpty())
            inUse.append(token);
        else
            named[id].append(token);
    }
    QStringList listed = tracker->open(inUse, m_workspace->profileStore()->currentId(), SessionTracker::Routing::FindProfile);
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        listed += tracker->open(it.value(), it.key(), SessionTracker::Routing::Named);
    if (!listed.isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_ui->sessionsTab);
        m_watchlist->showSession(listed.first());
    }
    if (!unknown.isEmpty()) {
        unknown.removeDuplicates();
        parsed.problems.append(tr("A link names the profile %1, which this console does not have; its session was not "
                                  "opened. Add the profile (Ctrl+,) and open the link again.")
                                   .arg(QLocale().createSeparatedList(unknown)));
        parsed.refused += int(unknown.size());
    }
    // The problems quote what was passed (showNotice() takes any secret out, however it was encoded). A notice
    // about an earlier launch's links goes once these were opened without one.
    if (parsed.refused > 0) {
        showNotice(parsed.summary().replace(u'\n', u' '));
        m_referenceNotice = noticeText();
    } else if (!m_referenceNotice.isEmpty() && noticeText() == m_referenceNotice) {
        m_ui->noticeBar->hide();
        m_referenceNotice.clear();
    }
    // A link from a ticket brings the window forward.
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::showEvidence(const QStringList &tokens)
{
    EvidenceDialog dialog(m_workspace, tokens, this);
    connect(&dialog, &EvidenceDialog::saved, this, [this](const QString &path) {
        showNotice(tr("The evidence was saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog.exec();
}

void MainWindow::openEvidence(const QString &path)
{
    if (const QString problem = EvidenceViewer::open(path, this); !problem.isEmpty())
        showNotice(problem);
}

void MainWindow::openProfiles()
{
    ProfileDialog dialog(m_workspace->profileService(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::enterPresenter()
{
    if (const QString refused = m_presenter->enter(); !refused.isEmpty()) {
        m_presenterAction->setChecked(false);
        showNotice(refused);
    }
}

void MainWindow::leavePresenter()
{
    m_presenter->leave();
}

} // namespace Xident::Console
