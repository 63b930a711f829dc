#include "console/sessions/evidencedialog.h"

#include "console/core/evidencecollector.h"
#include "console/core/workspace.h"
#include "text/phrasebook.h"

#include <QtCore/QDir>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QScreen>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Xident::Console {

QString evidencePreviewHtml(const QByteArray &file)
{
    // The data element is for programs; a view shows the page it mirrors.
    QByteArray page = file;
    const qsizetype start = page.indexOf("<script type=\"application/json\"");
    if (start >= 0)
        page.truncate(start);
    return QString::fromUtf8(page);
}

EvidenceDialog::EvidenceDialog(Workspace *workspace, const QStringList &tokens, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tokens(tokens)
    , m_collector(new EvidenceCollector(workspace, this))
    , m_language(new QComboBox(this))
    , m_userId(new QCheckBox(tr("Include the &user id (personal data)"), this))
    , m_raw(new QCheckBox(tr("Include the &raw result JSON"), this))
    , m_bodies(new QCheckBox(tr("Include &webhook bodies"), this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Evidence for a ticket"));
    // Each language by its own name, as the customer would look for it.
    for (const QString &code : Text::Phrasebook::languages()) {
        const QLocale::Language language = QLocale(code).language();
        // English by its name alone, not as one country's ("American English").
        const QString name = language == QLocale::English ? QLocale::languageToString(language) : QLocale(code).nativeLanguageName();
        m_language->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    m_language->setAccessibleName(tr("Language of the verdict and the reply"));
    // The language chosen last time, else the console's.
    const QString remembered = workspace->settings() ? workspace->settings()->value(u"evidence/language"_s).toString() : QString();
    if (const int own = m_language->findData(remembered.isEmpty() ? QLocale().name().left(2) : remembered); own >= 0)
        m_language->setCurrentIndex(own);
    auto *form = new QFormLayout;
    form->addRow(tr("The customer's &language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n session(s) in one HTML file that any browser opens offline. Keys, webhook "
                                "secrets and credentials are never written.", nullptr, int(tokens.size())), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    for (QCheckBox *box : {m_userId, m_raw, m_bodies}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &EvidenceDialog::refresh);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_workspace->settings())
            m_workspace->settings()->setValue(u"evidence/language"_s, m_language->currentData());
        refresh();
    });
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview of the evidence file"));
    m_preview->setMinimumSize(240, 160);
    layout->addWidget(new QLabel(tr("Preview: exactly what will be written"), this));
    layout->addWidget(m_preview, 1);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_collector, &EvidenceCollector::ready, this, &EvidenceDialog::showEvidence);
    // Large enough to read the preview, never larger than the screen it opens on (at 200 % too).
    const QRect room = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(760, room.width() * 9 / 10), std::min(760, room.height() * 9 / 10));
    refresh();
}

EvidenceDialog::~EvidenceDialog() = default;

void EvidenceDialog::refresh()
{
    m_save->setEnabled(false);
    m_bytes.clear();
    m_status->setText(tr("Gathering the timeline from the history…"));
    EvidenceCollector::Options options;
    options.language = m_language->currentData().toString();
    options.includeUserId = m_userId->isChecked();
    options.includeRaw = m_raw->isChecked();
    options.includeWebhookBodies = m_bodies->isChecked();
    m_collector->collect(m_tokens, options);
}

void EvidenceDialog::showEvidence(const Text::Evidence &evidence)
{
    m_evidence = evidence;
    m_bytes = m_collector->html(evidence);
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(evidencePreviewHtml(m_bytes));
    m_preview->verticalScrollBar()->setValue(scroll);
    m_status->setText(tr("%1 will be written (%2).")
                          .arg(suggestedName(), QLocale().formattedDataSize(m_bytes.size(), 1, QLocale::DataSizeSIFormat)));
    m_save->setEnabled(!m_evidence.sessions.isEmpty());
    Q_EMIT previewed();
}

QString EvidenceDialog::suggestedName() const
{
    return Text::evidenceFileName(m_evidence);
}

QString EvidenceDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit())
        return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    Q_EMIT saved(path);
    return {};
}

void EvidenceDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the evidence"), QDir(folder).filePath(suggestedName()),
                                                      tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (const QString problem = saveTo(path); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    accept();
}

} // namespace Xident::Console
