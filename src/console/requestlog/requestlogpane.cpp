#include "console/requestlog/requestlogpane.h"

#include "console/common/copyasmenu.h"

#include "console/core/models/requestlogfiltermodel.h"
#include "console/core/models/requestlogmodel.h"

#include "ui_RequestLogPane.h"

#include <QtCore/QSaveFile>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

namespace Xident::Console {

RequestLogPane::RequestLogPane(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestLogPane>())
    , m_model(model)
    , m_filter(new RequestLogFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(model);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->table->horizontalHeader()->resizeSection(RequestLogModel::PathColumn, 280);
    m_ui->table->horizontalHeader()->resizeSection(RequestLogModel::RequestIdColumn, 200);
    m_ui->splitter->setSizes({420, 260});
    using Statuses = RequestLogFilterModel::Statuses;
    m_ui->statusFilter->addItem(tr("All exchanges"), QVariant::fromValue(Statuses::All));
    m_ui->statusFilter->addItem(tr("Failures (not 2xx, or no answer)"), QVariant::fromValue(Statuses::Failures));
    m_ui->statusFilter->addItem(tr("2xx"), QVariant::fromValue(Statuses::Success));
    m_ui->statusFilter->addItem(tr("4xx"), QVariant::fromValue(Statuses::ClientError));
    m_ui->statusFilter->addItem(tr("5xx"), QVariant::fromValue(Statuses::ServerError));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { setStatusFilter(m_ui->statusFilter->currentData().value<Statuses>()); });
    connect(m_ui->search, &QLineEdit::textChanged, this, &RequestLogPane::setSearchText);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestLogPane::showCurrent);
    // The selected exchange as code; an exchange outside the API's calls can still be copied as curl.
    CopyAsMenu *copyAs = CopyAsMenu::attach(m_ui->copyAs, [this]() -> std::optional<ApiCall> {
        const QModelIndex i = m_filter->mapToSource(m_ui->table->currentIndex());
        return i.isValid() ? ApiCall::fromExchange(m_model->entry(i.row()).exchange) : std::nullopt;
    });
    connect(copyAs, &QMenu::aboutToShow, this, [this, copyAs] {
        const QModelIndex i = m_filter->mapToSource(m_ui->table->currentIndex());
        copyAs->action(CallCode::Language::Curl)->setEnabled(i.isValid());
    });
    connect(copyAs->action(CallCode::Language::Curl), &QAction::triggered, this, [this] {
        const QModelIndex i = m_filter->mapToSource(m_ui->table->currentIndex());
        if (i.isValid() && !ApiCall::fromExchange(m_model->entry(i.row()).exchange))
            QGuiApplication::clipboard()->setText(RequestLogModel::curlCommand(m_model->entry(i.row()).exchange));
    });
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);
    // Export says what it takes: every exchange shown, or the selected ones.
    auto *exportMenu = new QMenu(m_ui->exportButton);
    QAction *exportShown = exportMenu->addAction(QString(), this, [this] { exportRowsTo(false); });
    QAction *exportSelected = exportMenu->addAction(QString(), this, [this] { exportRowsTo(true); });
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportShown, exportSelected] {
        const int shown = m_filter->rowCount();
        const int selected = int(m_ui->table->selectionModel()->selectedRows().size());
        exportShown->setText(tr("All %n exchange(s) shown…", nullptr, shown));
        exportShown->setEnabled(shown > 0);
        exportSelected->setText(tr("The %n selected exchange(s)…", nullptr, selected));
        exportSelected->setEnabled(selected > 0);
    });
    m_ui->exportButton->setMenu(exportMenu);
    // The totals follow the log even when the filter hides what came; the detail never shows a hidden row.
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_filter), static_cast<QAbstractItemModel *>(model)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &RequestLogPane::showCount);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &RequestLogPane::showCount);
        connect(m, &QAbstractItemModel::modelReset, this, &RequestLogPane::showCount);
        connect(m, &QAbstractItemModel::layoutChanged, this, &RequestLogPane::showCount);
    }
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RequestLogPane::showCurrent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RequestLogPane::showCurrent);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RequestLogPane::showCurrent);
    showCount();
}

void RequestLogPane::showCount()
{
    m_ui->countLabel->setText(tr("%1 of %2 exchanges shown (the last %3 are kept)")
                                  .arg(m_filter->rowCount())
                                  .arg(m_model->rowCount())
                                  .arg(m_model->capacity()));
}

RequestLogPane::~RequestLogPane() = default;

void RequestLogPane::setStatusFilter(RequestLogFilterModel::Statuses statuses)
{
    m_filter->setStatuses(statuses);
    const int index = m_ui->statusFilter->findData(QVariant::fromValue(statuses));
    if (index >= 0 && index != m_ui->statusFilter->currentIndex())
        m_ui->statusFilter->setCurrentIndex(index);
    showCount();
    showCurrent();
}

void RequestLogPane::setSearchText(const QString &text)
{
    m_filter->setSearchText(text);
    showCount();
    showCurrent();
}

int RequestLogPane::shownRows() const
{
    return m_filter->rowCount();
}

void RequestLogPane::showCurrent()
{
    const QModelIndex i = m_filter->mapToSource(m_ui->table->currentIndex());
    QString key;
    if (i.isValid()) {
        const RequestLogModel::Entry &e = m_model->entry(i.row());
        key = QString::number(e.at.toMSecsSinceEpoch()) + u' ' + QString::fromLatin1(e.exchange.method) + u' '
              + e.exchange.url.toString() + u' ' + QString::number(e.exchange.attempt) + u' ' + e.exchange.requestId
              + u' ' + QString::number(e.exchange.httpStatus);
    }
    // The log moves under the view (new rows, the ring's oldest going): the same exchange is not shown again.
    if (!key.isEmpty() && key == m_shownKey)
        return;
    m_shownKey = key;
    m_ui->detail->setPlainText(i.isValid() ? RequestLogModel::detailText(m_model->entry(i.row())) : QString());
}

QList<quint64> RequestLogPane::exportRows(bool selectedOnly) const
{
    // Serials, not row numbers: the log keeps moving while the file dialog is open.
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
            rows.append(m_filter->mapToSource(i).row());
        std::sort(rows.begin(), rows.end());
    } else {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    }
    QList<quint64> serials;
    for (const int row : rows)
        serials.append(m_model->entry(row).serial);
    return serials;
}

QString RequestLogPane::exportTo(const QString &path, bool har, const QList<quint64> &serials) const
{
    const QList<int> rows = m_model->rowsOf(serials);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(har ? m_model->toHar(rows) : m_model->toJson(rows));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void RequestLogPane::exportRowsTo(bool selectedOnly)
{
    const QList<quint64> rows = exportRows(selectedOnly);   // before the dialog: the log keeps growing meanwhile
    if (rows.isEmpty())
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %n exchange(s)", nullptr, int(rows.size())),
                                                      u"xident-requests.har"_s,
                                                      tr("HAR (*.har);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool har = !path.endsWith(u".json"_s, Qt::CaseInsensitive) && !filter.startsWith(u"JSON"_s);
    const QString error = exportTo(path, har, rows);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Xident::Console
