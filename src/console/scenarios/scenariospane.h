#pragma once

#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QSettings;

namespace Ui {
class ScenariosPane;
}

namespace Xident::Scenarios {
class ScenarioRunner;
}

namespace Xident::Text {
struct Evidence;
}

namespace Xident::Console {

class ScenarioModel;

//! QA's test bench in the window: scenario files opened, run as a grid whose states change live (against
//! sandboxes started in this process, each scenario with its own key), run again where they failed, and exported
//! as JUnit or HTML, the same runner and reports as `xident scenarios run`. Running never holds up the window.
class ScenariosPane : public QWidget
{
    Q_OBJECT
public:
    explicit ScenariosPane(QSettings *settings, QWidget *parent = nullptr);
    ~ScenariosPane() override;

    //! Reads \a paths; false, with the reason shown, when one cannot be read (nothing else is replaced then).
    bool openFiles(const QStringList &paths);
    Scenarios::ScenarioRunner *runner() const { return m_runner.get(); }
    ScenarioModel *model() const { return m_model; }
    //! Writes the JUnit or HTML report of the results so far; false with the reason shown when it cannot.
    bool exportReport(const QString &path, bool html);

    //! The selected scenario's session as evidence (its result, checks and times), for a read-only look.
    std::optional<Text::Evidence> selectedSession() const;

Q_SIGNALS:
    //! "Inspect the session": show \a evidence read-only, titled \a title, saying where it comes from.
    void inspectRequested(const Xident::Text::Evidence &evidence, const QString &title, const QString &source);

public Q_SLOTS:
    void runAll();
    void runSelected();
    void runFailed();
    void stop();

private:
    void makeRunner();
    void chooseFiles();
    void chooseExport(bool html);
    void showProgress();
    void showDetail();
    QList<int> selectedRows() const;

    std::unique_ptr<Ui::ScenariosPane> m_ui;
    QSettings *m_settings;
    std::unique_ptr<Scenarios::ScenarioRunner> m_runner;
    ScenarioModel *m_model = nullptr;
    QStringList m_paths;
    int m_jobs = 0;
};

} // namespace Xident::Console
