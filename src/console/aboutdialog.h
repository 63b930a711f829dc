#pragma once

#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace Xident::Console {

//! The application, library, Qt and API versions and the HMAC backend.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;
    //! The same facts as plain text (for --version and bug reports).
    static QString versionText();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Xident::Console
