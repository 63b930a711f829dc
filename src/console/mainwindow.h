#pragma once

#include <QtWidgets/QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Xident::Console {

//! The shell: places the panes, owns menus, toolbar and status bar, and wires panes through models and signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace Xident::Console
