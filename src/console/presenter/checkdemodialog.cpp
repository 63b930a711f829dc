#include "console/presenter/checkdemodialog.h"

#include "console/common/qrcodewidget.h"
#include "console/core/democheck.h"
#include "console/core/watchstatus.h"
#include "console/presenter/codereader.h"

#include <QtCore/QTimer>
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
    , m_probeCode(new QrCodeWidget(this))
    , m_probeText(new QLabel(this))
    , m_probeWait(new QTimer(this))
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
    // Scan to test: a phone on the same network opens a harmless page, and the tick says it got through.
    auto *probe = new QHBoxLayout;
    m_probeCode->setObjectName(u"probeCode"_s);
    m_probeCode->setAccessibleDescription(tr("QR code of a test page for a phone"));
    m_probeText->setObjectName(u"probeText"_s);
    m_probeText->setWordWrap(true);
    m_probeText->setTextFormat(Qt::PlainText);
    probe->addWidget(m_probeCode);
    probe->addWidget(m_probeText, 1);
    root->addLayout(probe);
    root->addStretch(1);
    m_probeWait->setSingleShot(true);
    m_probeWait->setInterval(45000);
    connect(m_probeWait, &QTimer::timeout, this, [this] {
        m_probeText->setText(tr("No device has opened it yet. If the phone is on the same Wi-Fi, the network may keep "
                                "devices apart (guest Wi-Fi): use a phone's hotspot instead."));
    });
    connect(m_check, &DemoCheck::phoneReached, this, [this] {
        m_probeWait->stop();
        m_probeText->setText(tr("✓ A phone on the network reached this computer."));
    });
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
        adjustSize();   // each line as it comes, none cut off
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
    const QString probe = m_check->phoneProbeUrl();
    m_probeCode->setText(probe.toUtf8());
    m_probeCode->setVisible(!probe.isEmpty());
    m_probeText->setVisible(!probe.isEmpty());
    if (m_check->phoneWasReached()) {
        m_probeText->setText(tr("✓ A phone on the network reached this computer."));
    } else if (!probe.isEmpty()) {
        m_probeText->setText(tr("Scan this with a phone on the same network: it is ticked when the phone's request "
                                "arrives here."));
        m_probeWait->start();
    }
}

} // namespace Xident::Console
