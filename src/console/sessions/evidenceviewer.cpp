#include "console/sessions/evidenceviewer.h"

#include "console/core/timetext.h"
#include "console/sessions/evidencedialog.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Xident::Console {

EvidenceViewer::EvidenceViewer(const Text::Evidence &evidence, const QString &path, QWidget *parent)
    : QDialog(parent)
{
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 (evidence, read-only)").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("From the evidence file %1, exported %2 by Xident Console %3. Read-only: these sessions "
                                "are not polled and not added to the watchlist.")
                                 .arg(QDir::toNativeSeparators(path), timeWithOffset(evidence.exportedAt), evidence.consoleVersion),
                             this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setObjectName(u"evidenceSource"_s);
    layout->addWidget(where);
    auto *table = new QTableWidget(int(evidence.sessions.size()), 5, this);
    table->setObjectName(u"evidenceSessions"_s);
    table->setHorizontalHeaderLabels({tr("Token"), tr("Status"), tr("Ticket"), tr("Note"), tr("Profile")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAccessibleName(tr("Sessions in the evidence file"));
    for (int row = 0; row < evidence.sessions.size(); ++row) {
        const Text::Evidence::Session &s = evidence.sessions.at(row);
        const QStringList cells{s.token, s.status, s.ticket, s.note, s.profileName};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));   // item views draw plain text
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *page = new QTextBrowser(this);
    page->setObjectName(u"evidencePage"_s);
    page->setOpenLinks(false);
    page->setAccessibleName(tr("The evidence as its page shows it"));
    // Written again from what was read: every value escaped by this program, whatever the file held.
    page->setHtml(evidencePreviewHtml(Text::evidenceHtml(evidence)));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table);
    split->addWidget(page);
    split->setSizes({140, 420});
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
}

EvidenceViewer *EvidenceViewer::showSessions(const Text::Evidence &evidence, const QString &title, const QString &source, QWidget *parent)
{
    auto *viewer = new EvidenceViewer(evidence, title, parent);
    viewer->setWindowTitle(tr("%1 (read-only)").arg(title));
    viewer->findChild<QLabel *>(u"evidenceSource"_s)->setText(source);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

QString EvidenceViewer::open(const QString &path, QWidget *parent)
{
    QFile file(path);
    if (QFileInfo(path).size() > Text::Evidence::MaxFileBytes)
        return tr("%1 is larger than %2 MB, the most an evidence file can be.")
            .arg(QDir::toNativeSeparators(path))
            .arg(Text::Evidence::MaxFileBytes / (1024 * 1024));
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    QString problem;
    const std::optional<Text::Evidence> evidence = Text::readEvidence(file.read(Text::Evidence::MaxFileBytes + 1), &problem);
    if (!evidence)
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), problem);
    auto *viewer = new EvidenceViewer(*evidence, path, parent);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return {};
}

} // namespace Xident::Console
