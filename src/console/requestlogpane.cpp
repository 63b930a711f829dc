#include "requestlogpane.h"

#include "requestlogmodel.h"

#include "ui_RequestLogPane.h"

#include <QtCore/QSaveFile>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

namespace Xident::Console {

//! Filters the log by status class and by a text in the path, request id or error.
class RequestLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int statusClass = -1;
    QString text;
    void refilter() { invalidate(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *model = static_cast<const RequestLogModel *>(sourceModel());
        const Exchange &x = model->entry(row).exchange;
        if (statusClass == 0 && x.httpStatus >= 200 && x.httpStatus < 300)
            return false;
        if (statusClass > 0 && x.httpStatus / 100 != statusClass)
            return false;
        if (text.isEmpty())
            return true;
        return x.url.path().contains(text, Qt::CaseInsensitive) || x.requestId.contains(text, Qt::CaseInsensitive)
               || (x.error && Error::kindName(x.error.kind()).contains(text, Qt::CaseInsensitive));
    }
};

RequestLogPane::RequestLogPane(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestLogPane>())
    , m_model(model)
    , m_filter(new RequestLogFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(model);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->table->horizontalHeader()->resizeSection(RequestLogModel::PathColumn, 280);
    m_ui->table->horizontalHeader()->resizeSection(RequestLogModel::RequestIdColumn, 200);
    m_ui->splitter->setSizes({420, 260});
    m_ui->statusFilter->addItem(tr("All exchanges"), -1);
    m_ui->statusFilter->addItem(tr("Failures (not 2xx, or no answer)"), 0);
    m_ui->statusFilter->addItem(tr("2xx"), 2);
    m_ui->statusFilter->addItem(tr("4xx"), 4);
    m_ui->statusFilter->addItem(tr("5xx"), 5);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { setStatusFilter(m_ui->statusFilter->currentData().toInt()); });
    connect(m_ui->search, &QLineEdit::textChanged, this, &RequestLogPane::setSearchText);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestLogPane::showCurrent);
    connect(m_ui->copyCurl, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_filter->mapToSource(m_ui->table->currentIndex());
        if (i.isValid())
            QGuiApplication::clipboard()->setText(RequestLogModel::curlCommand(m_model->entry(i.row()).exchange));
    });
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RequestLogPane::exportSelection);
    const auto count = [this] {
        m_ui->countLabel->setText(tr("%1 of %2 exchanges shown (the last %3 are kept)")
                                      .arg(m_filter->rowCount())
                                      .arg(m_model->rowCount())
                                      .arg(m_model->capacity()));
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_filter, &QAbstractItemModel::modelReset, this, count);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, count);
    count();
}

RequestLogPane::~RequestLogPane() = default;

void RequestLogPane::setStatusFilter(int statusClass)
{
    m_filter->statusClass = statusClass;
    m_filter->refilter();
}

void RequestLogPane::setSearchText(const QString &text)
{
    m_filter->text = text.trimmed();
    m_filter->refilter();
}

int RequestLogPane::shownRows() const
{
    return m_filter->rowCount();
}

void RequestLogPane::showCurrent()
{
    const QModelIndex i = m_filter->mapToSource(m_ui->table->currentIndex());
    m_ui->detail->setPlainText(i.isValid() ? RequestLogModel::detailText(m_model->entry(i.row())) : QString());
}

QList<int> RequestLogPane::exportRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        for (const QModelIndex &i : selected)
            rows.append(m_filter->mapToSource(i).row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    return rows;
}

QString RequestLogPane::exportTo(const QString &path, bool har, const QList<int> &rows) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(har ? m_model->toHar(rows) : m_model->toJson(rows));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void RequestLogPane::exportSelection()
{
    const QList<int> rows = exportRows();   // before the dialog: the log keeps growing meanwhile
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export exchanges"), u"xident-requests.har"_s,
                                                      tr("HAR (*.har);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool har = !path.endsWith(u".json"_s, Qt::CaseInsensitive) && !filter.startsWith(u"JSON"_s);
    const QString error = exportTo(path, har, rows);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Xident::Console
