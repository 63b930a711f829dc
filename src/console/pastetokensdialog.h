#pragma once

#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class PasteTokensDialog;
}

namespace Xident::Console {

class Workspace;

//! Adds sessions from pasted tokens or callback URLs; refuses each bad piece with its reason.
class PasteTokensDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasteTokensDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~PasteTokensDialog() override;

    void setText(const QString &text);
    //! Parses and adds; true when everything was taken (the dialog then closes).
    bool submit();
    //! The tokens this dialog added so far.
    QStringList added() const { return m_added; }

Q_SIGNALS:
    void tokensAdded(const QStringList &tokens);

private:
    std::unique_ptr<Ui::PasteTokensDialog> m_ui;
    Workspace *m_workspace;
    QStringList m_added;
};

} // namespace Xident::Console
