#include "console/sandbox/sandboxpane.h"

#include "ui_SandboxPane.h"

#include "console/core/connectionmonitor.h"
#include "console/core/models/deliverymodel.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"

#include <XidentQt/redaction.h>

#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtWidgets/QHeaderView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Xident::Console {

SandboxPane::SandboxPane(ProfileStore *profiles, SandboxHost *host, ConnectionMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SandboxPane>())
    , m_profiles(profiles)
    , m_host(host)
    , m_monitor(monitor)
    , m_admin(new SandboxAdmin(this))
    , m_deliveries(new DeliveryModel(this))
    , m_refresh(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->body->addItem(tr("none"), QString());
    m_ui->body->addItem(tr("not JSON"), u"non_json"_s);
    m_ui->body->addItem(tr("a proxy's HTML 502 page"), u"html_502"_s);
    m_ui->body->addItem(tr("connection dropped mid-body"), u"drop"_s);
    m_ui->rateLimit->setSpecialValueText(tr("no limit"));
    m_ui->bodyCount->setPrefix(u"× "_s);
    m_ui->deliveries->setModel(m_deliveries);
    m_ui->deliveries->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->deliveries->header()->resizeSection(DeliveryModel::DeliveryColumn, fontMetrics().horizontalAdvance(DeliveryModel::tr("attempt %1").arg(10)) + 48);
    m_ui->deliveries->header()->resizeSection(DeliveryModel::EventColumn, fontMetrics().horizontalAdvance(u"verification.completed "_s));
    m_ui->deliveries->header()->resizeSection(DeliveryModel::SessionColumn, fontMetrics().horizontalAdvance(u"xit_0123456789abcdef01234567 "_s));
    m_ui->deliveries->header()->resizeSection(DeliveryModel::AnswerColumn, fontMetrics().horizontalAdvance(DeliveryModel::tr("not delivered yet, %n attempt(s)", nullptr, 5)) + 12);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &SandboxPane::loadDeliveries);
    connect(m_ui->reload, &QPushButton::clicked, this, &SandboxPane::reload);
    connect(m_ui->applyFaults, &QPushButton::clicked, this, [this] {
        QString problem;
        const std::optional<SandboxAdmin::Faults> faults = formFaults(&problem);
        if (!faults) {
            m_ui->activeFaults->setText(problem);
            m_ui->script->setFocus();
            return;
        }
        const int asked = ++m_faultRequests;
        m_admin->setFaults(target(), *faults, [this, asked](const SandboxAdmin::Faults &f, const QString &p) {
            if (asked != m_faultRequests)
                return;   // a later request answers for the form
            showFaults(f, p);
            if (p.isEmpty())
                fillForm(f);
        });
    });
    connect(m_ui->clearFaults, &QPushButton::clicked, this, [this] {
        const int asked = ++m_faultRequests;
        m_admin->clearFaults(target(), [this, asked](const SandboxAdmin::Faults &f, const QString &p) {
            if (asked != m_faultRequests)
                return;
            showFaults(f, p);
            if (p.isEmpty())
                fillForm(f);
        });
    });
    connect(m_ui->resend, &QPushButton::clicked, this, &SandboxPane::resendSelected);
    connect(m_ui->deliveries->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_ui->resend->setEnabled(available() && current.isValid()); });
    connect(m_deliveries, &QAbstractItemModel::modelReset, this, [this] { m_ui->resend->setEnabled(false); });
    connect(m_monitor, &ConnectionMonitor::sandboxChanged, this, &SandboxPane::reload);
    connect(m_profiles, &ProfileStore::currentChanged, this, [this] {
        m_deliveries->setDeliveries({});
        reload();
    });
    reload();
}

SandboxPane::~SandboxPane() = default;

SandboxAdmin::Target SandboxPane::target() const
{
    const Profile p = m_profiles->current();
    if (p.isSandbox())
        return {m_host->baseUrl(), m_host->apiKey()};
    return {p.baseUrl, p.apiKey};
}

bool SandboxPane::available() const
{
    const Profile p = m_profiles->current();
    return (p.isSandbox() && m_host->isRunning()) || (m_monitor->isSandbox() && !p.isLive());
}

void SandboxPane::showState()
{
    const Profile p = m_profiles->current();
    const bool ok = available();
    m_ui->faultsBox->setEnabled(ok);
    m_ui->deliveriesBox->setEnabled(ok);
    if (p.isLive()) {
        m_ui->state->setText(tr("The profile in use has a LIVE key: faults and deliveries are a sandbox's, never production's."));
    } else if (!ok) {
        m_ui->state->setText(tr("%1 (%2) does not name itself a sandbox: faults and deliveries exist on the local "
                                "sandbox and on any xident-sandbox.")
                                 .arg(p.name, p.baseUrl));
    } else {
        const QString key = redactSecret(target().apiKey);
        m_ui->state->setText(p.isSandbox()
                                 ? tr("The local sandbox. The faults and deliveries below are this key's (%1) only.").arg(key)
                                 : tr("%1 is the xident-sandbox at %2. The faults and deliveries below are this key's (%3) "
                                      "only.")
                                       .arg(p.name, p.baseUrl, key));
    }
    m_ui->state->setTextFormat(Qt::PlainText);
}

void SandboxPane::reload()
{
    showState();
    if (!available()) {
        m_refresh->stop();
        m_ui->activeFaults->clear();
        m_ui->deliveriesState->clear();
        return;
    }
    const int asked = ++m_faultRequests;
    m_admin->readFaults(target(), [this, asked](const SandboxAdmin::Faults &f, const QString &problem) {
        // An answer overtaken by a later read or change of the faults would undo what the form shows.
        if (asked != m_faultRequests)
            return;
        showFaults(f, problem);
        if (problem.isEmpty())
            fillForm(f);
    });
    loadDeliveries();
    if (isVisible())
        m_refresh->start();
}

void SandboxPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void SandboxPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop();
}

std::optional<SandboxAdmin::Faults> SandboxPane::formFaults(QString *problem) const
{
    SandboxAdmin::Faults f;
    f.latencyMs = m_ui->latency->value();
    f.errorRate = m_ui->errorRate->value() / 100.0;
    f.rateLimitPerMinute = m_ui->rateLimit->value();
    f.retryAfter = m_ui->retryAfter->value();
    f.body = m_ui->body->currentData().toString();
    f.bodyCount = f.body.isEmpty() ? 0 : m_ui->bodyCount->value();
    const QStringList words = m_ui->script->text().split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool ok = false;
        const int status = word.toInt(&ok);
        if (!ok || status < 100 || status > 599) {
            *problem = tr("Scripted answers: \"%1\" is not an HTTP status (100 to 599).").arg(word.left(20));
            return std::nullopt;
        }
        f.script.append(status);
    }
    if (f.script.size() > 1000) {
        *problem = tr("Scripted answers: at most 1000 statuses.");
        return std::nullopt;
    }
    return f;
}

void SandboxPane::fillForm(const SandboxAdmin::Faults &f)
{
    m_ui->latency->setValue(f.latencyMs);
    m_ui->errorRate->setValue(int(std::lround(f.errorRate * 100)));
    m_ui->rateLimit->setValue(f.rateLimitPerMinute);
    m_ui->retryAfter->setValue(f.retryAfter);
    QStringList statuses;
    for (int status : f.script)
        statuses.append(QString::number(status));
    m_ui->script->setText(statuses.join(u", "_s));
    m_ui->body->setCurrentIndex(std::max(0, m_ui->body->findData(f.body)));
    if (f.bodyCount > 0)
        m_ui->bodyCount->setValue(f.bodyCount);
}

void SandboxPane::showFaults(const SandboxAdmin::Faults &faults, const QString &problem)
{
    if (!problem.isEmpty()) {
        m_ui->activeFaults->setText(tr("The sandbox did not take it: %1").arg(problem));
        return;
    }
    const QStringList active = faults.describe();
    m_ui->activeFaults->setText(active.isEmpty() ? tr("Active: none; the sandbox serves this key plainly.")
                                                 : tr("Active: %1.").arg(active.join(u"; "_s)));
}

void SandboxPane::loadDeliveries()
{
    if (m_loading || !available())
        return;
    m_loading = true;
    m_admin->deliveries(target(), 100, [this](const QJsonArray &deliveries, int total, const QString &problem) {
        m_loading = false;
        if (!problem.isEmpty()) {
            m_ui->deliveriesState->setText(tr("Could not list the deliveries: %1").arg(problem));
            return;
        }
        m_deliveries->setDeliveries(deliveries);
        m_ui->deliveriesState->setText(total > deliveries.size()
                                           ? tr("The newest %1 of %2 deliveries.").arg(deliveries.size()).arg(total)
                                           : tr("%n delivery(s) for this key.", nullptr, total));
    });
}

void SandboxPane::resendSelected()
{
    QModelIndex current = m_ui->deliveries->currentIndex();
    if (current.parent().isValid())
        current = current.parent();
    if (!current.isValid())
        return;
    const qint64 index = current.data(DeliveryModel::IndexRole).toLongLong();
    m_admin->resend(target(), index, [this, index](const QString &problem) {
        m_ui->deliveriesState->setText(problem.isEmpty() ? tr("Delivery #%1 is being sent again.").arg(index)
                                                         : tr("Delivery #%1 was not sent again: %2").arg(index).arg(problem));
        loadDeliveries();
    });
}

} // namespace Xident::Console
