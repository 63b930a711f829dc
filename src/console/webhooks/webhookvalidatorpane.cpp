#include "console/webhooks/webhookvalidatorpane.h"

#include "console/core/lineicon.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/models/jsontreemodel.h"
#include "console/core/profilestore.h"
#include "console/core/receivedwebhook.h"
#include "console/core/sessiontracker.h"
#include "console/core/watchstatus.h"
#include "console/webhooks/secretchooser.h"
#include "console/webhooks/signerwidget.h"
#include "text/webhooktext.h"

#include "ui_WebhookValidatorPane.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtCore/QSignalBlocker>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtGui/QKeyEvent>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace Xident::Console {

WebhookValidatorPane::WebhookValidatorPane(ProfileStore *profiles, SessionTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhookValidatorPane>())
    , m_profiles(profiles)
    , m_tracker(tracker)
    , m_debounce(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // One worker: a check still queued when a newer one comes is cancelled before it starts.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"xident-validator"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &WebhookValidatorPane::checkNow);
    // Evaluated "now", a verdict changes by itself when the timestamp leaves (or enters) the tolerance.
    m_clockTimer->setSingleShot(true);
    connect(m_clockTimer, &QTimer::timeout, this, &WebhookValidatorPane::checkNow);

    m_ui->lineEnding->addItem(tr("LF (\\n)"), int(LineEnding::LF));
    m_ui->lineEnding->addItem(tr("CRLF (\\r\\n)"), int(LineEnding::CRLF));
    m_ui->openFile->setIcon(QIcon(u":/icons/open-file.svg"_s));
    QFont titleFont = m_ui->verdictTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_ui->verdictTitle->setFont(titleFont);
    m_ui->verdictIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->verdictRow->setStretch(1, 1);
    setupEventTree();
    m_ui->evaluateAt->setDateTime(QDateTime::currentDateTime());
    // The whole date and time stay readable whatever the labels' language takes from the row.
    m_ui->evaluateAt->setMinimumWidth(fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59"_s) + 48);
    m_ui->evaluateAt->setEnabled(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    // The payload gets a little more than half at first, whatever the tabs on the right would ask for.
    m_ui->splitter->setSizes({787, 569});
    m_ui->payloadLabel->setBuddy(m_ui->payloadEdit);
    setAcceptDrops(true);
    m_ui->payloadEdit->viewport()->installEventFilter(this);
    m_ui->payloadView->viewport()->installEventFilter(this);
    m_ui->evaluateAt->installEventFilter(this);

    m_secret = new SecretChooser(m_profiles, m_ui->secretSource, m_ui->secretEdit, m_ui->revealSecret, this);
    connectPayload();
    connectInputs();
    showBytes();
    checkNow();
}

void WebhookValidatorPane::connectPayload()
{
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &WebhookValidatorPane::onEdited);
    // A whole payload pasted is taken as the bytes it is: the editor would turn its CRLF into LF (and the chosen
    // line endings would then decide), and would take seconds to lay out megabytes.
    m_ui->payloadEdit->setPastedTextHandler([this](const QString &text, bool replacesAll) {
        const QByteArray pasted = text.toUtf8();
        QTextCursor cursor = m_ui->payloadEdit->textCursor();
        if (pasted.size() > EditableLimit) {
            // Too large for the editor: the bytes around the insertion are kept, encoded as they were.
            const QString all = m_ui->payloadEdit->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
            setPayloadBytes(encode(all.left(cursor.selectionStart())) + pasted + encode(all.mid(cursor.selectionEnd())));
            return true;
        }
        if (!replacesAll || !text.contains(u'\r'))
            return false;
        const PayloadInfo info = PayloadInfo::of(pasted);
        if (info.lineEndings == PayloadInfo::LineEndings::CRLF && info.validUtf8) {
            // Uniform CRLF: the editor holds it as lines and the choice writes CRLF; an edit Ctrl+Z can undo.
            setLineEnding(LineEnding::CRLF);
            cursor.insertText(QString(text).replace(u"\r\n"_s, u"\n"_s));
            return true;
        }
        setPayloadBytes(pasted);   // mixed or CR line endings: only the bounded view keeps them
        return true;
    });
    connect(m_ui->lineEnding, &QComboBox::currentIndexChanged, this, [this] {
        if (isEditable())
            onEdited();
    });
    connect(m_ui->openFile, &QPushButton::clicked, this, &WebhookValidatorPane::openFile);
    connect(m_ui->clearPayload, &QPushButton::clicked, this, [this] {
        setPayloadBytes({});
        m_ui->payloadEdit->setFocus();
    });
    connect(m_ui->editAsText, &QPushButton::clicked, this, &WebhookValidatorPane::editAsText);
}

void WebhookValidatorPane::connectInputs()
{
    connect(m_ui->headerEdit, &QLineEdit::textChanged, this, &WebhookValidatorPane::schedule);
    connect(m_secret, &SecretChooser::changed, this, &WebhookValidatorPane::schedule);
    connect(m_ui->tolerance, &QSpinBox::valueChanged, this, &WebhookValidatorPane::schedule);
    connect(m_ui->evaluateAtTime, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->evaluateAt->setEnabled(on);
        schedule();
    });
    connect(m_ui->evaluateAt, &QDateTimeEdit::dateTimeChanged, this, &WebhookValidatorPane::schedule);
    connect(m_ui->showExpected, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->expectedHeader->setVisible(shown);
        m_ui->expectedHeader->setText(shown ? QString::fromLatin1(m_last.expectedHeader) : QString());
        m_ui->showExpected->setText(shown ? tr("Hide e&xpected signature") : tr("Show e&xpected signature"));
    });
    connect(m_ui->findings, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool any = row >= 0 && row < m_last.findings.size();
        m_ui->useFinding->setEnabled(any);
        // The button says what it will change: the payload's bytes, or the secret.
        m_ui->useFinding->setText(any && m_last.findings.at(row).secretChanged ? tr("Use the secret that ver&ifies")
                                                                               : tr("Use the &bytes that verify"));
    });
    connect(m_ui->useFinding, &QPushButton::clicked, this, [this] {
        const int row = m_ui->findings->currentRow();
        if (row < 0 || row >= m_last.findings.size())
            return;
        const ForensicFinding f = m_last.findings.at(row);
        if (f.secretChanged)
            m_secret->setTyped(QString::fromUtf8(f.secret));   // which one verifies, typed, still masked
        setPayloadBytes(f.payload);
    });
    connect(m_ui->sessionLink, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT openSessionRequested(link.section(u':', 1));
    });
    m_ui->signer->setInputProvider([this] {
        return SignerWidget::Input{m_payload, m_secret->secret(), evaluationTime().value_or(QDateTime::currentSecsSinceEpoch())};
    });
    connect(m_ui->signer, &SignerWidget::sendFinished, this, &WebhookValidatorPane::sendFinished);
}

WebhookValidatorPane::~WebhookValidatorPane()
{
    // A running check stops at its next step instead of finishing forensics nobody will read.
    m_wanted->store(0);
    m_pending.cancel();
    m_pool.waitForDone();
}

void WebhookValidatorPane::focusPayload()
{
    (isEditable() ? static_cast<QWidget *>(m_ui->payloadEdit) : m_ui->payloadView)->setFocus();
}

bool WebhookValidatorPane::isEditable() const
{
    return m_ui->payloadStack->currentWidget() == m_ui->payloadEdit;
}

WebhookValidatorPane::LineEnding WebhookValidatorPane::lineEnding() const
{
    return LineEnding(m_ui->lineEnding->currentData().toInt());
}

void WebhookValidatorPane::setLineEnding(LineEnding ending)
{
    m_ui->lineEnding->setCurrentIndex(m_ui->lineEnding->findData(int(ending)));
}

QByteArray WebhookValidatorPane::encode(const QString &text) const
{
    QByteArray bytes = text.toUtf8();
    if (lineEnding() == LineEnding::CRLF)
        bytes.replace("\n", "\r\n");
    return bytes;
}

void WebhookValidatorPane::onEdited()
{
    if (!isEditable())
        return;
    // toRawText keeps what toPlainText would change (non-breaking spaces); blocks end in U+2029.
    QString text = m_ui->payloadEdit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    m_payload = encode(text);
    schedule();
}

void WebhookValidatorPane::setPayloadBytes(const QByteArray &bytes)
{
    m_payload = bytes;
    // Large payloads are described by the worker; only small ones are looked at here.
    const bool small = bytes.size() <= EditableLimit;
    const PayloadInfo info = small ? PayloadInfo::of(bytes) : PayloadInfo();
    bool editable = small && info.validUtf8
                    && info.lineEndings != PayloadInfo::LineEndings::CR && info.lineEndings != PayloadInfo::LineEndings::Mixed
                    && !bytes.contains(QByteArrayView("\xE2\x80\xA9"));   // U+2029: the editor's own separator
    QString text;
    if (editable) {
        QSignalBlocker blocker(m_ui->lineEnding);
        setLineEnding(info.lineEndings == PayloadInfo::LineEndings::CRLF ? LineEnding::CRLF : LineEnding::LF);
        text = QString::fromUtf8(bytes);
        text.replace(u"\r\n"_s, u"\n"_s);
        editable = encode(text) == bytes;   // shown only if editing it would give back the very same bytes
    }
    if (editable) {
        QSignalBlocker blocker(m_ui->payloadEdit);
        m_ui->payloadEdit->setPlainText(text);
        m_ui->payloadStack->setCurrentWidget(m_ui->payloadEdit);
    } else {
        m_ui->payloadView->setPlainText(QString::fromUtf8(bytes.left(ViewBytes)));
        QString why;
        if (bytes.size() > EditableLimit) {
            why = tr("Showing the first %1 of %2, read-only: a payload this large is judged as loaded, byte for byte. "
                     "To change it, edit the file in a text editor and open it again.")
                      .arg(QLocale().formattedDataSize(std::min<qsizetype>(ViewBytes, bytes.size())),
                           QLocale().formattedDataSize(bytes.size()));
        } else {
            // Whole sentences: the pieces would not combine in every language.
            const bool mixed = info.lineEndings == PayloadInfo::LineEndings::Mixed;
            const bool cr = info.lineEndings == PayloadInfo::LineEndings::CR;
            if (!info.validUtf8 && mixed)
                why = tr("Read-only: the payload has bytes that are not valid UTF-8 and mixed line endings, which an "
                         "editor would change, so it is judged exactly as loaded.");
            else if (!info.validUtf8 && cr)
                why = tr("Read-only: the payload has bytes that are not valid UTF-8 and CR line endings, which an "
                         "editor would change, so it is judged exactly as loaded.");
            else if (!info.validUtf8)
                why = tr("Read-only: the payload has bytes that are not valid UTF-8, which an editor would change, so "
                         "it is judged exactly as loaded.");
            else if (mixed)
                why = tr("Read-only: the payload has mixed line endings, which an editor would change, so it is judged "
                         "exactly as loaded.");
            else if (cr)
                why = tr("Read-only: the payload has CR line endings, which an editor would change, so it is judged "
                         "exactly as loaded.");
            else
                why = tr("Read-only: the payload has characters a text editor changes, so it is judged exactly as "
                         "loaded.");
        }
        m_ui->boundedNotice->setText(why);
        // Editing as text is offered where an editor stays fast.
        m_ui->editAsText->setVisible(bytes.size() <= EditableLimit);
        m_ui->payloadStack->setCurrentWidget(m_ui->boundedPage);
    }
    showBytes();
    schedule();
}

void WebhookValidatorPane::editAsText()
{
    const auto answer = QMessageBox::question(
        this, tr("Edit as plain text"),
        tr("In the editor the payload becomes UTF-8 text with %1 line endings: invalid bytes are replaced and line "
           "endings made uniform, so the bytes that were loaded change. Edit anyway?")
            .arg(m_ui->lineEnding->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    QString text = QString::fromUtf8(m_payload);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    m_ui->payloadStack->setCurrentWidget(m_ui->payloadEdit);
    m_ui->payloadEdit->setPlainText(text);   // onEdited() encodes it
    m_ui->payloadEdit->setFocus();
}

QString WebhookValidatorPane::loadFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path));
    if (info.exists() && info.size() > MaxFileBytes)
        return tr("%1 is %2; the validator takes payloads up to %3.")
            .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(info.size()),
                 QLocale().formattedDataSize(MaxFileBytes));
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return tr("%1 is larger than %2.").arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(MaxFileBytes));
    setPayloadBytes(bytes);
    return {};
}

void WebhookValidatorPane::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a webhook payload"), {},
                                                      tr("Payloads (*.json *.txt *.log *.bin);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problem = loadFile(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Open a webhook payload"), problem);
}

bool WebhookValidatorPane::eventFilter(QObject *watched, QEvent *event)
{
    // Tab leaves the date and time field at once, as from any other field; its parts take the arrow keys.
    if (watched == m_ui->evaluateAt && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    // A file dropped on the payload is taken byte for byte; dropped text goes to the editor as usual.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *e = static_cast<QDropEvent *>(event);
        if (e->mimeData()->hasUrls() && !e->mimeData()->urls().isEmpty() && e->mimeData()->urls().constFirst().isLocalFile()) {
            e->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *e = static_cast<QDropEvent *>(event);
        if (e->mimeData()->hasUrls() && !e->mimeData()->urls().isEmpty() && e->mimeData()->urls().constFirst().isLocalFile()) {
            e->acceptProposedAction();
            const QString problem = loadFile(e->mimeData()->urls().constFirst().toLocalFile());
            if (!problem.isEmpty())
                QMessageBox::warning(this, tr("Open a webhook payload"), problem);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WebhookValidatorPane::showBytes()
{
    // Exact for the small ones at once; the worker's count follows for all.
    if (m_payload.size() <= EditableLimit)
        m_ui->payloadInfo->setText(WebhookCheck::describe(PayloadInfo::of(m_payload)));
    else
        m_ui->payloadInfo->setText(tr("%Ln bytes · counting…", nullptr, int(m_payload.size())));
}

void WebhookValidatorPane::setHeaderText(const QString &text)
{
    m_ui->headerEdit->setText(text);
    m_ui->headerEdit->setCursorPosition(0);
}

void WebhookValidatorPane::setTypedSecret(const QString &value)
{
    m_secret->setTyped(value);
}

void WebhookValidatorPane::useProfileSecret(const QString &profileId)
{
    m_secret->useProfile(profileId);
}

void WebhookValidatorPane::setTolerance(int seconds)
{
    m_ui->tolerance->setValue(seconds);
}

void WebhookValidatorPane::setEvaluateAt(const std::optional<QDateTime> &time)
{
    if (time) {
        m_ui->evaluateAt->setDateTime(time->toLocalTime());
        m_ui->evaluateAtTime->setChecked(true);
    } else {
        m_ui->evaluateNow->setChecked(true);
    }
    schedule();
}

std::optional<qint64> WebhookValidatorPane::evaluationTime() const
{
    if (!m_ui->evaluateAtTime->isChecked())
        return std::nullopt;
    return m_ui->evaluateAt->dateTime().toSecsSinceEpoch();
}

void WebhookValidatorPane::loadWebhook(const ReceivedWebhook &webhook, const QString &profileId)
{
    setPayloadBytes(webhook.body);
    setHeaderText(QString::fromLatin1(webhook.header("X-Xident-Signature")));
    if (!profileId.isEmpty())
        useProfileSecret(profileId);
    // Judged as of its arrival: the tolerance applies to when it came, not to now.
    setEvaluateAt(webhook.receivedAt);
    m_ui->detailTabs->setCurrentWidget(m_ui->whyTab);
}

void WebhookValidatorPane::schedule()
{
    // The inputs changed: a check still on its way judges the old ones and is not shown, and what acts on
    // the last result waits for the new one.
    m_wanted->store(++m_generation);
    m_ui->useFinding->setEnabled(false);
    m_ui->showExpected->setEnabled(false);
    m_ui->expectedHeader->clear();
    m_debounce->start();
    if (m_payload.size() > EditableLimit) {
        m_ui->verdictTitle->setText(tr("Checking…"));
        m_ui->verdictDetail->setText(tr("Judging %1 on a worker thread.").arg(QLocale().formattedDataSize(m_payload.size())));
    }
}

void WebhookValidatorPane::checkNow()
{
    m_debounce->stop();
    WebhookCheckInput input;
    input.generation = ++m_generation;
    m_wanted->store(m_generation);
    input.wanted = m_wanted;
    input.payload = m_payload;
    input.header = m_ui->headerEdit->text().toUtf8();
    input.secret = m_secret->secret();
    input.tolerance = m_ui->tolerance->value();
    input.evaluateAt = evaluationTime();
    // An older check that has not started yet is dropped; one that runs stops its forensics, and its result is
    // ignored.
    m_pending.cancel();
    ++m_started;
    ++m_running;
    m_pending = QtConcurrent::run(&m_pool, &WebhookCheck::run, input);
    auto *watcher = new QFutureWatcher<WebhookCheckResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const WebhookCheckResult result = watcher->result();
        if (result.generation == m_generation)
            showResult(result);
    });
    watcher->setFuture(m_pending);
}

void WebhookValidatorPane::showResult(const WebhookCheckResult &r)
{
    m_last = r;
    m_ui->payloadInfo->setText(WebhookCheck::describe(r.info));
    using R = WebhookVerdict::Reason;
    const bool waiting = m_payload.isEmpty() || r.verdict.reason == R::MissingSignature || r.verdict.reason == R::MissingSecret;
    const WatchStatus look = r.verdict.isValid() ? WatchStatus::Success : waiting ? WatchStatus::Pending : WatchStatus::Failed;
    m_ui->verdictIcon->setPixmap(QIcon(watchStatusIcon(look)).pixmap(32, 32));
    QPalette palette = m_ui->verdictTitle->palette();
    palette.setColor(QPalette::WindowText, watchStatusColor(look));
    m_ui->verdictTitle->setPalette(palette);
    if (m_payload.isEmpty()) {
        m_ui->verdictTitle->setText(tr("Paste a payload"));
        m_ui->verdictDetail->setText(tr("Paste the body of a webhook (or open or drop a file), then its "
                                        "X-Xident-Signature header."));
    } else {
        m_ui->verdictTitle->setText(Text::WebhookText::title(r.verdict));
        m_ui->verdictDetail->setText(Text::WebhookText::detail(r.verdict, r.evaluatedAt));
    }
    m_ui->verdictTitle->setAccessibleDescription(m_ui->verdictDetail->text());

    m_ui->findings->clear();
    if (r.verdict.reason == R::SignatureMismatch) {
        if (r.findings.isEmpty() && r.reserialised) {
            // Only a hint: some senders (the sandbox among them) sign bodies with sorted keys.
            m_ui->forensicsLabel->setText(tr("No common accident, alone or two at once, explains it. Its keys are in "
                                             "alphabetical order at every level, as a framework writes them after "
                                             "parsing: if your code parsed and re-serialised the body, verify the raw "
                                             "body as received instead. Otherwise the content differs, or the secret "
                                             "is another one."));
        } else if (r.findings.isEmpty()) {
            m_ui->forensicsLabel->setText(tr("No common accident (line endings, a trailing newline, a BOM, "
                                             "pretty-printing, escapes, white space, quotes, the secret's prefix), "
                                             "alone or two at once, explains it: the content differs, or the secret "
                                             "is another one."));
        } else {
            const bool pairs = !r.firstChanges.isEmpty();
            m_ui->forensicsLabel->setText(pairs ? tr("Found two changes at once:") : tr("Found what changed:"));
            for (qsizetype i = 0; i < r.findings.size(); ++i) {
                const ForensicFinding &f = r.findings.at(i);
                const QString text = pairs ? tr("%1 And: %2").arg(r.firstChanges.at(i).explanation(), f.explanation())
                                           : f.explanation();
                auto *item = new QListWidgetItem(lineIcon(u":/icons/find.svg"_s), text, m_ui->findings);
                item->setData(Qt::UserRole, pairs ? r.firstChanges.at(i).code() + u'+' + f.code() : f.code());
            }
            m_ui->findings->setCurrentRow(0);
            m_ui->detailTabs->setCurrentWidget(m_ui->whyTab);
        }
    } else if (r.verdict.isValid()) {
        m_ui->forensicsLabel->setText(tr("Nothing to explain: the payload is the signed bytes."));
    } else {
        m_ui->forensicsLabel->setText(tr("Forensics look for what changed once the header and secret are given and the "
                                         "signature does not match."));
    }
    m_ui->useFinding->setEnabled(!r.findings.isEmpty());
    m_ui->showExpected->setEnabled(true);
    scheduleClockRecheck(r);
    m_ui->expectedHeader->setText(m_ui->showExpected->isChecked() ? QString::fromLatin1(r.expectedHeader) : QString());
    fillEvent(r);
    Q_EMIT checked();
}

void WebhookValidatorPane::scheduleClockRecheck(const WebhookCheckResult &r)
{
    m_clockTimer->stop();
    using R = WebhookVerdict::Reason;
    const int tolerance = m_ui->tolerance->value();
    const bool matched = r.verdict.isValid() || r.verdict.reason == R::InvalidJson || r.verdict.reason == R::TimestampOutsideTolerance;
    if (evaluationTime() || tolerance <= 0 || !matched || r.verdict.timestamp <= 0)
        return;
    // The next moment the verdict flips: the end of the window, or its start for a timestamp in the future.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 at = 0;
    if (r.verdict.timestamp + tolerance >= now)
        at = r.verdict.timestamp + tolerance + 1;
    if (r.verdict.timestamp - tolerance > now)
        at = r.verdict.timestamp - tolerance;
    if (at <= now || at - now > 24 * 3600)
        return;
    m_clockTimer->start(int((at - now) * 1000));
}

void WebhookValidatorPane::setupEventTree()
{
    m_event = new JsonTreeModel(this);
    m_event->setHeaders(tr("Field"), tr("Value"));
    m_ui->eventTree->setModel(m_event);
    m_ui->eventTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void WebhookValidatorPane::fillEvent(const WebhookCheckResult &r)
{
    m_event->clear();
    m_ui->sessionLink->clear();
    if (!r.event) {
        m_ui->eventSummary->setText(m_payload.isEmpty() ? QString() : tr("The payload is not a JSON object."));
        return;
    }
    const WebhookEvent &e = *r.event;
    QString created = tr("—");
    if (e.created)
        created = QLocale().toString(QDateTime::fromSecsSinceEpoch(*e.created).toLocalTime(), QLocale::LongFormat);
    m_ui->eventSummary->setText(tr("Type: %1\nId: %2\nCreated: %3")
                                    .arg(e.type.isEmpty() ? tr("—") : e.type, e.id.isEmpty() ? tr("—") : e.id, created));
    QStringList refs;
    for (const auto key : {"token"_L1, "init_token"_L1, "session_token"_L1, "id"_L1}) {
        const QString v = e.data.value(key).toString();
        if (!v.isEmpty())
            refs.append(v);
    }
    const QString tracked = m_tracker->sessionFor(refs);
    if (!tracked.isEmpty())
        m_ui->sessionLink->setText(tr("<a href=\"session:%1\">Open %1 in the watchlist</a>").arg(tracked.toHtmlEscaped()));
    else if (!refs.isEmpty())
        m_ui->sessionLink->setText(tr("Session %1 is not in the watchlist.").arg(refs.constFirst().toHtmlEscaped()));
    m_event->setJson(e.data);
    m_ui->eventTree->expandToDepth(1);
}

QString WebhookValidatorPane::signedHeader() const
{
    return m_ui->signer->signedHeader();
}

void WebhookValidatorPane::sendTo(const QString &url)
{
    m_ui->detailTabs->setCurrentWidget(m_ui->signTab);
    m_ui->signer->sendTo(url);
}

} // namespace Xident::Console
