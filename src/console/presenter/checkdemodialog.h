#pragma once

#include <QtWidgets/QDialog>

class QLabel;
class QTimer;
class QPushButton;
class QVBoxLayout;

namespace Xident::Console {

class DemoCheck;
class QrCodeWidget;
class Workspace;

//! "Check the demo" on the stage: the same lines as xident-console --check-demo, each as it comes, with a button to
//! check again.
class CheckDemoDialog : public QDialog
{
    Q_OBJECT
public:
    CheckDemoDialog(Workspace *workspace, const QString &profileId, QWidget *parent = nullptr);
    ~CheckDemoDialog() override;

    DemoCheck *check() const { return m_check; }

public Q_SLOTS:
    void run();

private:
    DemoCheck *m_check;
    QString m_profileId;
    QLabel *m_summary;
    QVBoxLayout *m_lines;
    QPushButton *m_again;
    QrCodeWidget *m_probeCode;
    QLabel *m_probeText;
    QTimer *m_probeWait;
};

} // namespace Xident::Console
