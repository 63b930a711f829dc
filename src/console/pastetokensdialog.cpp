#include "pastetokensdialog.h"

#include "profilestore.h"
#include "sessionreference.h"
#include "workspace.h"

#include "ui_PasteTokensDialog.h"

#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

PasteTokensDialog::PasteTokensDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasteTokensDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->problems->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasteTokensDialog::~PasteTokensDialog() = default;

void PasteTokensDialog::setText(const QString &text)
{
    m_ui->text->setPlainText(text);
}

bool PasteTokensDialog::submit()
{
    const SessionReferenceParse parsed = parseSessionReferences(m_ui->text->toPlainText());
    const QStringList fresh = m_workspace->track(parsed.tokens, m_workspace->profiles()->currentId());
    m_added += fresh;
    if (!fresh.isEmpty())
        Q_EMIT tokensAdded(fresh);
    QStringList lines;
    const int known = int(parsed.tokens.size() - fresh.size());
    if (!fresh.isEmpty() || known > 0) {
        const QString added = tr("Added %n session(s).", nullptr, int(fresh.size()))
                              + (known > 0 ? u" "_s + tr("%n already in the watchlist.", nullptr, known) : QString());
        lines.append(added.toHtmlEscaped());
    }
    for (const QString &p : parsed.problems)
        lines.append(u"<span style=\"color:#c5221f\">• %1</span>"_s.arg(p.toHtmlEscaped()));
    if (parsed.tokens.isEmpty() && parsed.problems.isEmpty())
        lines.append(u"<span style=\"color:#c5221f\">%1</span>"_s.arg(tr("Nothing to add: paste a token or a URL with token=…").toHtmlEscaped()));
    m_ui->problems->setTextFormat(Qt::RichText);
    m_ui->problems->setText(lines.join(u"<br>"_s));
    m_ui->problems->setVisible(!lines.isEmpty());
    if (parsed.problems.isEmpty() && !parsed.tokens.isEmpty())
        return true;
    return false;
}

} // namespace Xident::Console
