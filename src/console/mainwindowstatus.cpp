// The status bar: the profile in use, its server's state, sharing on the network and the webhook inbox's port.
#include "console/mainwindow.h"

#include "console/core/connectionmonitor.h"
#include "console/core/plaintext.h"
#include "console/core/sandboxhost.h"
#include "console/core/watchstatus.h"
#include "console/core/webhookinbox.h"
#include "console/core/webhookrouter.h"
#include "console/core/workspace.h"

#include "ui_MainWindow.h"

#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

void MainWindow::buildStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_urlLabel = new QLabel(this);
    m_modeLabel = new QLabel(this);
    m_serverLabel = new QLabel(this);
    m_shareLabel = new QLabel(this);
    m_shareLabel->setStyleSheet(u"background: #8f5b00; color: white; font-weight: 600; padding: 1px 8px;"_s);
    m_shareLabel->setAccessibleName(tr("Sandbox shared on the network"));
    m_stopSharing = new QToolButton(this);
    m_stopSharing->setText(tr("Stop sharing"));
    m_ui->statusBar->addPermanentWidget(m_shareLabel);
    m_ui->statusBar->addPermanentWidget(m_stopSharing);
    connect(m_stopSharing, &QToolButton::clicked, m_workspace->sandboxHost(), &SandboxHost::stopSharing);
    const auto showSharing = [this] {
        const QString url = m_workspace->sandboxHost()->sharedUrl();
        m_shareLabel->setText(tr("Shared on the network: %1").arg(url));
        m_shareLabel->setVisible(!url.isEmpty());
        m_stopSharing->setVisible(!url.isEmpty());
    };
    connect(m_workspace->sandboxHost(), &SandboxHost::sharingChanged, this, showSharing);
    showSharing();
    showInboxFallback();
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A profile's name and URL are the user's words: shown as typed.
    for (QLabel *l : {m_profileLabel, m_urlLabel, m_modeLabel, m_serverLabel, m_shareLabel})
        l->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_profileLabel, m_urlLabel, m_modeLabel, m_serverLabel})
        m_ui->statusBar->addPermanentWidget(l);
    m_profileLabel->setAccessibleName(tr("Active profile"));
    m_urlLabel->setAccessibleName(tr("Base URL"));
    m_modeLabel->setAccessibleName(tr("Test or live"));
    m_serverLabel->setAccessibleName(tr("Server state"));
    // "offline since" needs no ticking, but "checking" turns into a verdict: refresh now and then.
    m_serverTimer = new QTimer(this);
    m_serverTimer->setInterval(5000);
    connect(m_serverTimer, &QTimer::timeout, this, &MainWindow::refreshServerState);
    m_serverTimer->start();
}

void MainWindow::showInboxFallback()
{
    // While the inbox is on a fallback port, the status bar says so wherever one is in the window.
    auto *label = new QLabel(this);
    label->setObjectName(u"inboxFallback"_s);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"background: #8f5b00; color: white; font-weight: 600; padding: 1px 8px;"_s);
    label->setAccessibleName(tr("Webhook inbox on another port"));
    auto *retry = new QToolButton(this);
    retry->setObjectName(u"inboxRetry"_s);
    retry->setText(tr("Try the port again"));
    m_ui->statusBar->addPermanentWidget(label);
    m_ui->statusBar->addPermanentWidget(retry);
    WebhookInbox *inbox = m_workspace->inbox();
    const auto show = [label, retry, inbox] {
        const bool fallback = inbox->isListening() && inbox->onFallbackPort();
        label->setText(tr("Webhook inbox on port %1, not %2").arg(inbox->port()).arg(inbox->wantedPort()));
        label->setToolTip(tr("Port %1 was taken; a sender pointed at it does not reach the inbox.").arg(inbox->wantedPort()));
        label->setVisible(fallback);
        retry->setVisible(fallback);
    };
    connect(inbox, &WebhookInbox::listeningChanged, this, show);
    connect(retry, &QToolButton::clicked, this, [this] {
        const QString problem = m_workspace->webhookRouter()->retryWantedPort();
        if (!problem.isEmpty())
            showNotice(problem);
    });
    show();
}

void MainWindow::refreshServerState()
{
    ConnectionMonitor *m = m_workspace->monitor();
    switch (m->state()) {
    case ConnectionMonitor::State::Unknown:
        m_serverLabel->setText(tr("checking…"));
        m_serverLabel->setStyleSheet({});
        break;
    case ConnectionMonitor::State::Online:
        m_serverLabel->setText(tr("● server answers"));
        m_serverLabel->setStyleSheet(statusTextStyle(WatchStatus::Success));
        break;
    case ConnectionMonitor::State::Offline:
        m_serverLabel->setText(tr("● offline since %1").arg(QLocale().toString(m->offlineSince().toLocalTime().time(), u"HH:mm"_s)));
        m_serverLabel->setToolTip(plainToolTip(m->lastError()));
        m_serverLabel->setStyleSheet(statusTextStyle(WatchStatus::Failed));
        break;
    }
}

} // namespace Xident::Console
