#include "console/sessions/watchlistpane.h"

#include "console/core/blacklistbook.h"

#include "console/core/models/sessionfiltermodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
#include "console/core/sessionexport.h"
#include "console/core/sessionlocator.h"
#include "console/common/elidedtooltips.h"
#include "console/core/sessiontracker.h"
#include "console/sessions/profilechoice.h"

#include "ui_WatchlistPane.h"

#include <QtCore/QSaveFile>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Xident::Console {

WatchlistPane::WatchlistPane(SessionModel *sessions, PollScheduler *scheduler, SessionTracker *tracker, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WatchlistPane>())
    , m_sessions(sessions)
    , m_scheduler(scheduler)
    , m_tracker(tracker)
    , m_profiles(profiles)
    , m_filter(new SessionFilterModel(this))
{
    m_ui->setupUi(this);
    setupTable();
    setupFilters();
    createActions();
    connectActions();
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WatchlistPane::updateActions);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentTokenChanged(currentToken()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &WatchlistPane::updateCount);
    connect(m_tracker, &SessionTracker::historyLoaded, this, &WatchlistPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &WatchlistPane::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &WatchlistPane::updateCount);
    // The filter takes rows out before its source has (rowsAboutToBeRemoved): the total is right only once the
    // source's removal is done.
    connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, &WatchlistPane::updateCount);
    // Polls change rows many times a second: refresh the actions' state a little later, once.
    m_actionsTimer = new QTimer(this);
    m_actionsTimer->setSingleShot(true);
    m_actionsTimer->setInterval(150);
    connect(m_actionsTimer, &QTimer::timeout, this, &WatchlistPane::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, m_actionsTimer, qOverload<>(&QTimer::start));
    updateActions();
    updateCount();
}

void WatchlistPane::setupTable()
{
    m_filter->setSourceModel(m_sessions);
    m_ui->table->setModel(m_filter);
    m_ui->table->sortByColumn(SessionModel::CreatedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    // What support reads first, in the order they read it, so that it fits beside the inspector at 1280 px: the
    // token, who, the verdict and why; then the age, when, the ticket and the profile. Long values are elided in
    // the middle (a token's both ends tell it) and shown whole in the cell's tooltip.
    using M = SessionModel;
    const QList<int> order{M::TokenColumn, M::UserIdColumn, M::StatusColumn, M::MethodColumn, M::ReasonColumn, M::AgeColumn,
                           M::CreatedColumn, M::TicketColumn, M::ProfileColumn, M::LastPolledColumn, M::NextPollColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    const QFontMetrics metrics = m_ui->table->fontMetrics();
    const int icon = m_ui->table->iconSize().width() > 0 ? m_ui->table->iconSize().width() + 6 : 22;
    const auto fit = [&](int column, const QString &sample, int extra = 0) {
        // Room for a typical value, and for the column's title with the sort arrow (German titles are long).
        const QString title = m_sessions->headerData(column, Qt::Horizontal).toString();
        const int forTitle = header->fontMetrics().horizontalAdvance(title) + 28;
        header->resizeSection(column, std::max(metrics.horizontalAdvance(sample) + 16 + extra, forTitle));
    };
    fit(M::TokenColumn, u"xit_063cffed…4700672b"_s, icon);
    fit(M::UserIdColumn, u"customer-104300"_s);
    fit(M::StatusColumn, SessionModel::tr("Polling stopped"), icon);
    fit(M::MethodColumn, u"ml_fast"_s);
    fit(M::ReasonColumn, u"face_mismatch_x"_s);
    fit(M::AgeColumn, u"18+"_s);
    fit(M::CreatedColumn, u"22:17:20"_s);
    fit(M::ProfileColumn, u"Staging EU (found there)"_s);
    m_ui->table->setTextElideMode(Qt::ElideMiddle);
    ElidedToolTips::install(m_ui->table);
    m_ui->table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
}

void WatchlistPane::setupFilters()
{
    m_ui->statusFilter->addItem(tr("All sessions"), int(SessionFilterModel::StatusFilter::All));
    m_ui->statusFilter->addItem(tr("Open (still polled)"), int(SessionFilterModel::StatusFilter::Open));
    m_ui->statusFilter->addItem(tr("Passed"), int(SessionFilterModel::StatusFilter::Passed));
    m_ui->statusFilter->addItem(tr("Failed"), int(SessionFilterModel::StatusFilter::Failed));
    m_ui->statusFilter->addItem(tr("Canceled, expired or gone"), int(SessionFilterModel::StatusFilter::Ended));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(SessionFilterModel::StatusFilter(m_ui->statusFilter->currentData().toInt()));
        updateCount();
    });
    connect(m_ui->search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_ui->showArchived, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowArchived(show);
        updateCount();
    });
}

void WatchlistPane::createActions()
{
    const auto action = [this](const QString &text, const QString &icon, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(QIcon(icon), text, this);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setShortcutContext(Qt::WindowShortcut);
        }
        return a;
    };
    m_pollNow = action(tr("&Poll now"), u":/icons/poll-now.svg"_s, QKeySequence(Qt::Key_F5));
    m_pollAll = action(tr("Poll &all now"), u":/icons/poll-now.svg"_s, QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_pause = action(tr("Pa&use polling"), u":/icons/pause.svg"_s);
    m_resume = action(tr("&Resume polling"), u":/icons/resume.svg"_s);
    m_pauseAll = action(tr("Pause all polling"), u":/icons/pause.svg"_s);
    m_resumeAll = action(tr("Resume all polling"), u":/icons/resume.svg"_s);
    m_remove = action(tr("Re&move"), u":/icons/remove.svg"_s, QKeySequence::Delete);
    m_archive = action(tr("Arc&hive"), u":/icons/archive.svg"_s);
    m_archive->setCheckable(true);
    m_clearFinished = action(tr("Clear &finished"), u":/icons/remove.svg"_s);
    m_export = action(tr("&Export…"), u":/icons/export.svg"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyToken = action(tr("&Copy token"), u":/icons/copy.svg"_s, QKeySequence::Copy);
    m_copyToken->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_changeProfile = action(tr("Chan&ge profile…"), u":/icons/profile.svg"_s);
    m_askLive = action(tr("Look it up on the &LIVE profiles too"), u":/icons/poll-now.svg"_s);
    m_evidence = action(tr("&Evidence for a ticket…"), u":/icons/export.svg"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_blacklist = action(tr("Add this person to the &blacklist…"), QString());
    m_blacklist->setObjectName(u"blacklistAction"_s);
    for (QAction *a : {m_pollNow, m_pause, m_resume, m_copyToken, m_changeProfile, m_askLive, m_evidence, m_blacklist, m_archive,
                       m_remove})
        m_ui->table->addAction(a);
}

void WatchlistPane::connectActions()
{
    connect(m_pollNow, &QAction::triggered, this, [this] { m_scheduler->pollNow(selectedTokens()); });
    connect(m_pollAll, &QAction::triggered, this, [this] {
        QStringList open;
        for (const TrackedSession &s : m_sessions->sessions()) {
            if (!isTerminal(watchStatusFromText(s.status)))
                open.append(s.token);
        }
        m_scheduler->pollNow(open);
    });
    connect(m_pause, &QAction::triggered, this, [this] {
        m_scheduler->pause(selectedTokens());
        updateActions();
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        m_scheduler->resume(selectedTokens());
        updateActions();
    });
    connect(m_pauseAll, &QAction::triggered, m_scheduler, &PollScheduler::pauseAll);
    connect(m_resumeAll, &QAction::triggered, m_scheduler, &PollScheduler::resumeAll);
    connect(m_remove, &QAction::triggered, this, [this] {
        const QStringList tokens = selectedTokens();
        if (tokens.isEmpty())
            return;
        if (tokens.size() > 1
            && QMessageBox::question(this, tr("Remove sessions"),
                                     tr("Remove %n session(s) from the watchlist and its history?", nullptr, int(tokens.size())))
                   != QMessageBox::Yes)
            return;
        m_tracker->remove(tokens);
    });
    connect(m_archive, &QAction::triggered, this, [this](bool checked) {
        m_tracker->setArchived(selectedTokens(), checked);
        updateCount();
    });
    connect(m_clearFinished, &QAction::triggered, this, [this] {
        const int n = m_tracker->clearFinished();
        m_ui->countLabel->setText(tr("Removed %n finished session(s).", nullptr, n));
    });
    connect(m_export, &QAction::triggered, this, &WatchlistPane::exportSelection);
    connect(m_changeProfile, &QAction::triggered, this, [this] {
        const QStringList tokens = selectedTokens();
        const auto first = tokens.isEmpty() ? std::nullopt : m_sessions->session(tokens.first());
        if (!first)
            return;
        const QString id = chooseProfileFor(this, m_profiles, first->profileId, int(tokens.size()));
        if (!id.isEmpty())
            m_tracker->moveTo(tokens, id);
    });
    connect(m_evidence, &QAction::triggered, this, [this] {
        if (const QStringList tokens = selectedTokens(); !tokens.isEmpty())
            Q_EMIT evidenceRequested(tokens);
    });
    connect(m_askLive, &QAction::triggered, this, [this] {
        for (const QString &token : selectedTokens())
            m_tracker->locator()->lookUpLive(token);
    });
    connect(m_blacklist, &QAction::triggered, this, [this] {
        const QStringList tokens = selectedTokens();
        const auto session = tokens.size() == 1 ? m_sessions->session(tokens.first()) : std::nullopt;
        if (session && !BlacklistBook::resultTokenOf(*session).isEmpty())
            Q_EMIT blacklistRequested(BlacklistBook::resultTokenOf(*session), session->token);
    });
    connect(m_copyToken, &QAction::triggered, this, [this] {
        const QStringList tokens = selectedTokens();
        if (!tokens.isEmpty())
            QGuiApplication::clipboard()->setText(tokens.join(u'\n'));
    });
}

WatchlistPane::~WatchlistPane() = default;

QStringList WatchlistPane::selectedTokens() const
{
    QStringList out;
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows(SessionModel::TokenColumn);
    for (const QModelIndex &i : rows)
        out.append(i.data(SessionModel::TokenRole).toString());
    if (out.isEmpty() && m_ui->table->currentIndex().isValid())
        out.append(m_ui->table->currentIndex().data(SessionModel::TokenRole).toString());
    return out;
}

QString WatchlistPane::currentToken() const
{
    const QModelIndex i = m_ui->table->currentIndex();
    return i.isValid() ? i.data(SessionModel::TokenRole).toString() : QString();
}

QStringList WatchlistPane::visibleTokens() const
{
    QStringList out;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        out.append(m_filter->index(r, 0).data(SessionModel::TokenRole).toString());
    return out;
}

void WatchlistPane::showSession(const QString &token)
{
    const int sourceRow = m_sessions->rowOf(token);
    if (sourceRow < 0)
        return;
    QModelIndex proxy = m_filter->mapFromSource(m_sessions->index(sourceRow, 0));
    if (!proxy.isValid()) {
        m_ui->search->clear();
        m_ui->statusFilter->setCurrentIndex(0);
        if (m_sessions->index(sourceRow, 0).data(SessionModel::ArchivedRole).toBool())
            m_ui->showArchived->setChecked(true);
        proxy = m_filter->mapFromSource(m_sessions->index(sourceRow, 0));
    }
    m_ui->table->setCurrentIndex(proxy);
    m_ui->table->selectionModel()->select(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(proxy);
}

void WatchlistPane::selectSessions(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return;
    for (const QString &token : tokens)
        showSession(token);   // each made visible (filters cleared when they hide it)
    QItemSelection selection;
    for (const QString &token : tokens) {
        const int sourceRow = m_sessions->rowOf(token);
        const QModelIndex proxy = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_sessions->index(sourceRow, 0));
        if (proxy.isValid())
            selection.select(proxy, proxy);
    }
    showSession(tokens.first());
    m_ui->table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void WatchlistPane::focusSearch()
{
    m_ui->search->setFocus(Qt::ShortcutFocusReason);
    m_ui->search->selectAll();
}

void WatchlistPane::updateActions()
{
    const QStringList tokens = selectedTokens();
    const bool any = !tokens.isEmpty();
    bool paused = false;
    bool tracked = false;
    bool archived = any;
    for (const QString &t : tokens) {
        paused = paused || m_scheduler->isPaused(t);
        tracked = tracked || (m_scheduler->isTracked(t) && !m_scheduler->isPaused(t));
        const int row = m_sessions->rowOf(t);
        archived = archived && row >= 0 && m_sessions->index(row, 0).data(SessionModel::ArchivedRole).toBool();
    }
    m_pollNow->setEnabled(any);
    m_pause->setEnabled(tracked);
    m_resume->setEnabled(paused);
    m_remove->setEnabled(any);
    m_archive->setEnabled(any);
    m_archive->setChecked(archived);
    m_copyToken->setEnabled(any);
    m_changeProfile->setEnabled(any);
    m_evidence->setEnabled(any);
    const auto one = tokens.size() == 1 ? m_sessions->session(tokens.first()) : std::nullopt;
    const QString why = one ? BlacklistBook::whyNotBlacklistable(*one) : tr("Select one session.");
    m_blacklist->setEnabled(why.isEmpty());
    m_blacklist->setToolTip(why.isEmpty() ? tr("Blacklist this session's face, so that it fails any later verification") : why);
    bool liveLeft = false;
    for (const QString &t : tokens)
        liveLeft = liveLeft || !m_tracker->locator()->liveLeft(t).isEmpty();
    m_askLive->setVisible(liveLeft);
}

void WatchlistPane::updateCount()
{
    const int total = m_sessions->rowCount();
    const int shown = m_filter->rowCount();
    m_ui->emptyHint->setVisible(total == 0);
    m_ui->table->setVisible(total > 0);
    QString text = shown == total ? tr("%n session(s)", nullptr, total)
                                  : tr("%1 of %n session(s) shown", nullptr, total).arg(shown);
    if (!m_tracker->isReady() && total > 0)   // a long history is still being read, newest first
        text = tr("%1; reading older ones from the history…").arg(text);
    m_ui->countLabel->setText(text);
}

QStringList WatchlistPane::exportTokens() const
{
    // The selected rows, one included; every row shown when nothing is selected.
    return m_ui->table->selectionModel()->selectedRows().isEmpty() ? visibleTokens() : selectedTokens();
}

QString WatchlistPane::exportTo(const QString &path, bool csv, bool includePersonalData, const QStringList &tokens)
{
    QList<TrackedSession> rows;
    for (const QString &t : tokens) {
        if (const auto s = m_sessions->session(t))
            rows.append(*s);
    }
    QHash<QString, QString> names;
    for (const Profile &p : m_profiles->profiles())
        names.insert(p.id, p.name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(exportSessions(rows, csv ? ExportFormat::Csv : ExportFormat::Json, includePersonalData, names));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void WatchlistPane::exportSelection()
{
    // Taken now: polling goes on while the dialogs are open and may change what is shown.
    const QStringList tokens = exportTokens();
    QDialog options(this);
    options.setWindowTitle(tr("Export sessions"));
    auto *layout = new QVBoxLayout(&options);
    layout->addWidget(new QLabel(m_ui->table->selectionModel()->selectedRows().isEmpty()
                                     ? tr("Export the %n session(s) shown.", nullptr, int(tokens.size()))
                                     : tr("Export the %n selected session(s).", nullptr, int(tokens.size())),
                                 &options));
    auto *pii = new QCheckBox(tr("Include user ids (personal data)"), &options);
    layout->addWidget(pii);
    layout->addWidget(new QLabel(tr("API keys and webhook secrets are never exported."), &options));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    if (options.exec() != QDialog::Accepted)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export sessions"), u"xident-sessions.json"_s,
                                                      tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive) || filter.startsWith(u"CSV"_s);
    const QString error = exportTo(path, csv, pii->isChecked(), tokens);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_ui->countLabel->setText(tr("Exported to %1.").arg(path));
}

} // namespace Xident::Console
