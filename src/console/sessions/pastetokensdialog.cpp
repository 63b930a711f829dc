#include "console/sessions/pastetokensdialog.h"
#include "console/core/watchstatus.h"

#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/secretset.h"
#include "console/core/sessiontracker.h"

#include "ui_PasteTokensDialog.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// What the box shows of a paste held aside.
constexpr qsizetype PreviewChars = 4000;

// The first \a n characters of \a text, never ending inside a surrogate pair.
QString leftOf(const QString &text, qsizetype n)
{
    if (text.size() <= n)
        return text;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

QString sizeOf(qsizetype characters)
{
    return QLocale().formattedDataSize(characters, 1, QLocale::DataSizeSIFormat);
}

} // namespace

PasteTokensDialog::PasteTokensDialog(SessionTracker *tracker, ProfileService *profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasteTokensDialog>())
    , m_tracker(tracker)
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->problems->setStyleSheet(statusTextStyle(WatchStatus::Failed));
    m_ui->problems->hide();
    m_ui->outcome->hide();
    m_ui->reading->hide();
    m_ui->heldNote->hide();
    m_ui->clearHeld->hide();
    m_ui->text->setPastedTextHandler([this](const QString &text, bool replacesAll) { return takePaste(text, replacesAll); });
    connect(m_ui->clearHeld, &QPushButton::clicked, this, [this] {
        clearHeld();
        m_ui->text->setFocus();
    });
    connect(&m_reading, &QFutureWatcher<SessionReferenceParse>::finished, this, &PasteTokensDialog::onRead);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        m_acceptWhenRead = true;
        submit();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasteTokensDialog::~PasteTokensDialog()
{
    // A reading still running finishes on its own thread; its result is dropped with the watcher.
    m_reading.disconnect(this);
}

void PasteTokensDialog::setText(const QString &text)
{
    clearHeld();
    if (!takePaste(text, true))
        m_ui->text->setPlainText(text);
}

bool PasteTokensDialog::takePaste(const QString &text, bool replacesAll)
{
    const QString before = replacesAll ? QString() : (m_held.isEmpty() ? m_ui->text->toPlainText() : m_held);
    if (m_held.isEmpty() && before.size() + text.size() <= MaxShownChars)
        return false;   // small enough for the box: pasted as usual
    // A large paste is read, not laid out: the box would take minutes over megabytes on one line.
    QString combined = before.isEmpty() ? text : before + u'\n' + text;
    const qsizetype ignored = m_ignored + std::max<qsizetype>(0, combined.size() - MaxReadChars);
    combined = leftOf(combined, MaxReadChars);
    hold(std::move(combined), ignored);
    return true;
}

void PasteTokensDialog::hold(QString text, qsizetype ignored)
{
    m_held = std::move(text);
    m_ignored = ignored;
    m_ui->text->setReadOnly(true);
    m_ui->text->setPlainText(leftOf(m_held, PreviewChars) + u"\n…"_s);
    const QString note = m_ignored > 0
        ? tr("%1 of text pasted: the box shows its beginning; Add reads the first %2, and the other %3 are left out.")
              .arg(sizeOf(m_held.size() + m_ignored), sizeOf(m_held.size()), sizeOf(m_ignored))
        : tr("%1 of text pasted: the box shows its beginning, and Add reads all of it.").arg(sizeOf(m_held.size()));
    m_ui->heldNote->setText(note + u' ' + tr("Clear it to type or paste something else."));
    m_ui->heldNote->show();
    m_ui->clearHeld->show();
}

void PasteTokensDialog::clearHeld()
{
    const bool wasHeld = !m_held.isEmpty();
    m_held.clear();
    m_ignored = 0;
    m_ui->heldNote->hide();
    m_ui->clearHeld->hide();
    // What was said about the cleared text no longer applies.
    m_ui->outcome->hide();
    m_ui->problems->hide();
    m_ui->text->setReadOnly(false);
    if (wasHeld)
        m_ui->text->clear();
}

QString PasteTokensDialog::textToRead() const
{
    return m_held.isEmpty() ? leftOf(m_ui->text->toPlainText(), MaxReadChars) : m_held;
}

void PasteTokensDialog::submit()
{
    if (m_reading.isRunning())
        return;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->problems->hide();
    m_ui->reading->show();
    m_ui->outcome->setText(tr("Reading…"));
    m_ui->outcome->show();
    // Splitting megabytes of a ticket into pieces takes longer than a frame: never on the GUI thread.
    m_reading.setFuture(QtConcurrent::run([text = textToRead()] { return parseSessionReferences(text); }));
}

void PasteTokensDialog::onRead()
{
    const SessionReferenceParse parsed = m_reading.result();
    const bool acceptWhenRead = std::exchange(m_acceptWhenRead, false);
    m_ui->reading->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);

    // New sessions are tracked; those already listed are polled again now. All of them are selected.
    const QStringList listedBefore = m_tracker->listedTokens(parsed.tokens);
    const QSet<QString> before(listedBefore.cbegin(), listedBefore.cend());
    const QStringList listed = m_tracker->open(parsed.tokens, m_profiles->store()->currentId(),
                                               SessionTracker::Routing::FindProfile);
    QStringList fresh;
    for (const QString &token : std::as_const(parsed.tokens)) {
        if (!before.contains(token))
            fresh.append(token);
    }
    m_added += fresh;
    if (!listed.isEmpty())
        Q_EMIT tokensAdded(listed);

    // One line for what was found and what was not read; the words of a ticket are not listed one by one.
    const int found = int(parsed.tokens.size());
    const int known = found - int(fresh.size());
    QString outcome;
    if (found == 0)
        outcome = tr("No session token found.");
    else if (known == 0)
        outcome = tr("%Ln token(s) found, all new", nullptr, found);
    else if (fresh.isEmpty())
        outcome = tr("%Ln token(s) found, already in the watchlist", nullptr, found);
    else
        outcome = tr("%Ln token(s) found: %1 new, %2 already in the watchlist", nullptr, found).arg(fresh.size()).arg(known);
    if (found > 0)
        outcome += parsed.words > 0 ? tr("; the rest ignored.") : tr(".");
    else if (parsed.words > 0)
        outcome += u' ' + tr("%Ln word(s) ignored, for example %1.", nullptr, parsed.words)
                              .arg(QLocale().createSeparatedList(parsed.wordQuotes));
    m_ui->outcome->setText(m_profiles->secretSet().redact(outcome));
    m_ui->outcome->show();

    // The refusals quote what was pasted: never a secret of any profile, however it was encoded.
    const QString problems = m_profiles->secretSet().redact(parsed.otherProblems());
    m_ui->problems->setText(problems);
    m_ui->problems->setVisible(!problems.isEmpty());

    const bool everythingTaken = parsed.refused == 0 && !parsed.tokens.isEmpty() && m_ignored == 0;
    Q_EMIT submitted(everythingTaken);
    if (acceptWhenRead && everythingTaken)
        accept();
}

QString PasteTokensDialog::shownText() const
{
    QStringList parts;
    for (const QLabel *label : {m_ui->outcome, m_ui->problems}) {
        if (!label->isHidden())
            parts.append(label->text());
    }
    return parts.join(u'\n');
}

} // namespace Xident::Console
