#pragma once

#include "text/evidence.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Xident::Console {

class EvidenceCollector;
class Workspace;

//! "Evidence for a ticket…": the choices (the customer's language, the user id, the raw result, webhook bodies), a
//! preview of exactly the page that will be written, and Save.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(Workspace *workspace, const QStringList &tokens, QWidget *parent = nullptr);
    ~EvidenceDialog() override;

    //! The bytes Save writes, as the preview shows them; empty while they are gathered.
    QByteArray fileBytes() const { return m_bytes; }
    //! The name Save suggests.
    QString suggestedName() const;
    //! Writes the file to \a path; a sentence on failure, empty on success.
    QString saveTo(const QString &path);

Q_SIGNALS:
    //! The preview shows the current choices.
    void previewed();
    void saved(const QString &path);

private:
    void refresh();
    void showEvidence(const Text::Evidence &evidence);
    void save();

    Workspace *m_workspace;
    QStringList m_tokens;
    EvidenceCollector *m_collector;
    QComboBox *m_language;
    QCheckBox *m_userId, *m_raw, *m_bodies;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    Text::Evidence m_evidence;
    QByteArray m_bytes;
};

//! The page of an evidence file for a view in the console: the page without its embedded data (shown as the page).
QString evidencePreviewHtml(const QByteArray &file);

} // namespace Xident::Console
