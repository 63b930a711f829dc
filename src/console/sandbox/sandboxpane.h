#pragma once

#include "console/core/sandboxadmin.h"

#include <QtWidgets/QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SandboxPane;
}

namespace Xident::Console {

class ConnectionMonitor;
class DeliveryModel;
class ProfileStore;
class SandboxHost;

//! The sandbox behind the profile in use, the embedded one or any xident-sandbox (recognised by what it answers on
//! /health, not by its address): the faults it applies to this profile's key, set and cleared here, and its
//! webhook deliveries for the key with every attempt, each of which can be sent again.
class SandboxPane : public QWidget
{
    Q_OBJECT
public:
    SandboxPane(ProfileStore *profiles, SandboxHost *host, ConnectionMonitor *monitor, QWidget *parent = nullptr);
    ~SandboxPane() override;

    DeliveryModel *deliveryModel() const { return m_deliveries; }
    //! While shown, deliveries are asked for this often.
    static constexpr int RefreshMs = 2000;

public Q_SLOTS:
    //! Asks the sandbox for the key's faults and deliveries now.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    SandboxAdmin::Target target() const;
    bool available() const;
    void showState();
    //! The form's faults; nothing, with \a problem, when the script is not a list of statuses.
    std::optional<SandboxAdmin::Faults> formFaults(QString *problem) const;
    void showFaults(const SandboxAdmin::Faults &faults, const QString &problem);
    void fillForm(const SandboxAdmin::Faults &faults);
    void loadDeliveries();
    void resendSelected();

    std::unique_ptr<Ui::SandboxPane> m_ui;
    ProfileStore *m_profiles;
    SandboxHost *m_host;
    ConnectionMonitor *m_monitor;
    SandboxAdmin *m_admin;
    DeliveryModel *m_deliveries;
    QTimer *m_refresh;
    bool m_loading = false;
    int m_faultRequests = 0;   // the latest read or change of the faults: only its answer fills the form
};

} // namespace Xident::Console
