#include "console/blacklist/blacklistpane.h"
#include "console/core/watchstatus.h"

#include "ui_BlacklistPane.h"

#include "console/blacklist/blacklistadddialog.h"
#include "console/common/copyasmenu.h"
#include "console/common/picturefile.h"
#include "console/core/blacklistbook.h"
#include "console/core/models/blacklistmodel.h"
#include "console/core/profilestore.h"

#include <QtCore/QMimeData>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

namespace Xident::Console {

BlacklistPane::BlacklistPane(BlacklistBook *book, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BlacklistPane>())
    , m_book(book)
    , m_profiles(profiles)
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_filter->setSourceModel(m_book->model());
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_filter);
    m_ui->table->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setTabKeyNavigation(false);
    m_ui->said->setMinimumWidth(1);   // a long sentence wraps or is cut, never widens the window
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_ui->table->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &BlacklistPane::removeSelected);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BlacklistModel::ReasonColumn, QHeaderView::Stretch);
    header->resizeSection(BlacklistModel::SourceColumn, fontMetrics().averageCharWidth() * 26);
    header->resizeSection(BlacklistModel::IdColumn, fontMetrics().horizontalAdvance(BlacklistModel::tr("processing")) + 24);
    header->resizeSection(BlacklistModel::SessionColumn, fontMetrics().horizontalAdvance(u"xtk_0123456789abcdef0123"_s));
    header->resizeSection(BlacklistModel::CreatedColumn, fontMetrics().horizontalAdvance(u"05/12/2026 18:00 "_s) + 24);
    for (const int n : {10, 20, 50, 100})
        m_ui->perPage->addItem(QString::number(n), n);
    m_ui->perPage->setCurrentIndex(m_ui->perPage->findData(m_book->perPage()));
    connect(m_ui->perPage, &QComboBox::activated, this, [this] { m_book->setPerPage(m_ui->perPage->currentData().toInt()); });
    connect(m_ui->filter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->refresh, &QPushButton::clicked, m_book, &BlacklistBook::refresh);
    connect(m_ui->previous, &QPushButton::clicked, this, [this] { m_book->setPage(m_book->page() - 1); });
    connect(m_ui->next, &QPushButton::clicked, this, [this] { m_book->setPage(m_book->page() + 1); });
    connect(m_ui->addImage, &QPushButton::clicked, this, [this] { addImage(); });
    connect(m_ui->remove, &QPushButton::clicked, this, &BlacklistPane::removeSelected);
    connect(m_ui->table, &QWidget::customContextMenuRequested, this, &BlacklistPane::showMenu);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlacklistPane::showPage);
    CopyAsMenu::attach(m_ui->copyAs, [this] { return m_book->call(ApiCall::Operation::BlacklistList); });
    connect(m_book, &BlacklistBook::loaded, this, &BlacklistPane::showPage);
    connect(m_book, &BlacklistBook::busyChanged, this, &BlacklistPane::showPage);
    connect(m_book->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        showPage();
        m_ui->table->scrollToTop();   // a new entry is at the top
    });
    connect(m_book, &BlacklistBook::said, this, [this](const QString &text, bool problem) {
        m_ui->said->setText(text);
        m_ui->said->setStyleSheet(problem ? statusTextStyle(WatchStatus::Failed) : QString());
    });
    connect(m_profiles, &ProfileStore::currentChanged, this, [this] {
        m_ui->said->clear();
        if (isVisible())
            m_book->refresh();
        else
            m_loadedOnce = false;
    });
    showPage();
}

BlacklistPane::~BlacklistPane() = default;

void BlacklistPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_loadedOnce, true))
        m_book->refresh();
}

void BlacklistPane::showPage()
{
    const Pagination p = m_book->model()->pagination();
    const bool busy = m_book->isBusy();
    m_ui->pageText->setText(p.totalPages > 0 ? tr("Page %1 of %2, %n entry(ies) in all", nullptr, p.total).arg(m_book->page()).arg(p.totalPages)
                                             : tr("No entries"));
    m_ui->previous->setEnabled(!busy && m_book->page() > 1);
    m_ui->next->setEnabled(!busy && m_book->page() < p.totalPages);
    m_ui->refresh->setEnabled(!busy);
    m_ui->remove->setEnabled(selectedId() > 0);
}

qint64 BlacklistPane::selectedId() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(BlacklistModel::EntryIdRole).toLongLong();
}

QDialog *BlacklistPane::addSession(const QString &resultToken, const QString &label)
{
    // The dialog belongs to the window: this pane may not be the one shown.
    BlacklistAddDialog *dialog = BlacklistAddDialog::forSession(m_book, resultToken, label, window());
    dialog->open();
    return dialog;
}

void BlacklistPane::addImage(const QString &path)
{
    BlacklistAddDialog::forImage(m_book, path, this)->open();
}

void BlacklistPane::removeSelected()
{
    const qint64 id = selectedId();
    const auto entry = m_book->model()->entry(id);
    if (!entry)
        return;
    const QString question = tr("Remove entry %1 (%2, \u201c%3\u201d) from the blacklist of %4? A face that matches it is then "
                                "no longer refused.")
                                 .arg(id)
                                 .arg(BlacklistModel::sourceLabel(entry->source), entry->reason.left(80), m_profiles->current().name);
    if (QMessageBox::question(this, tr("Remove from the blacklist"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        m_book->remove(id);
}

void BlacklistPane::showMenu(const QPoint &at)
{
    const qint64 id = selectedId();
    QMenu menu(this);
    menu.addAction(tr("Re&move…"), this, &BlacklistPane::removeSelected)->setEnabled(id > 0);
    auto *copy = new CopyAsMenu([this, id]() -> std::optional<ApiCall> {
        auto call = m_book->call(ApiCall::Operation::BlacklistRemove);
        if (call)
            call->entryId = id;
        return id > 0 ? call : std::nullopt;
    }, &menu);
    copy->setTitle(tr("Copy the removal as code"));
    menu.addMenu(copy);
    menu.exec(m_ui->table->viewport()->mapToGlobal(at));
}

void BlacklistPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PictureFile::droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void BlacklistPane::dropEvent(QDropEvent *event)
{
    addImage(PictureFile::droppedPath(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace Xident::Console
