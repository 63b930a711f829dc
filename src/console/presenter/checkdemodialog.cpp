#include "console/presenter/checkdemodialog.h"

#include "console/core/democheck.h"
#include "console/core/watchstatus.h"
#include "console/presenter/codereader.h"

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

CheckDemoDialog::CheckDemoDialog(Workspace *workspace, const QString &profileId, QWidget *parent)
    : QDialog(parent)
    , m_check(new DemoCheck(workspace, this))
    , m_profileId(profileId)
    , m_summary(new QLabel(this))
    , m_lines(new QVBoxLayout)
{
    setWindowTitle(tr("Check the demo"));
    setObjectName(u"checkDemoDialog"_s);
    m_check->setCodeReader(drawAndReadQrCode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    connect(m_again, &QPushButton::clicked, this, &CheckDemoDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *root = new QVBoxLayout(this);
    m_summary->setObjectName(u"checkSummary"_s);
    root->addWidget(m_summary);
    root->addLayout(m_lines);
    root->addStretch(1);
    root->addWidget(buttons);
    connect(m_check, &DemoCheck::lineAdded, this, [this](const DemoCheck::Line &line) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setObjectName(u"check_"_s + line.id);
        label->setText(DemoCheck::format(line));
        if (line.result == DemoCheck::Result::Failed)
            label->setStyleSheet(u"color: %1;"_s.arg(watchStatusColor(WatchStatus::Failed).name()));
        m_lines->addWidget(label);
    });
    connect(m_check, &DemoCheck::finished, this, [this](bool passed) {
        m_summary->setText(passed ? tr("The demo will work.") : tr("Something needs doing before the demo: see the lines marked ✗."));
        m_again->setEnabled(true);
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

CheckDemoDialog::~CheckDemoDialog() = default;

void CheckDemoDialog::run()
{
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_summary->setText(tr("Checking…"));
    m_again->setEnabled(false);
    m_check->start(m_profileId);
}

} // namespace Xident::Console
