#include "console/webhooks/webhookinboxpane.h"

#include <XidentQt/redaction.h>
#include "console/core/models/inboxfiltermodel.h"
#include "console/core/models/inboxmodel.h"
#include "console/core/profile.h"
#include "console/core/profilestore.h"
#include "console/core/watchstatus.h"
#include "console/core/webhookinbox.h"
#include "console/core/webhookrouter.h"

#include "ui_WebhookInboxPane.h"

#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QScrollBar>

using namespace Qt::StringLiterals;

namespace Xident::Console {

WebhookInboxPane::WebhookInboxPane(WebhookRouter *router, WebhookInbox *inbox, InboxModel *list, ProfileStore *profiles, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhookInboxPane>())
    , m_router(router)
    , m_inbox(inbox)
    , m_list(list)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_filter(new InboxFilterModel(this))
    , m_detailTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(list);
    m_ui->table->setModel(m_filter);
    m_ui->show->addItem(tr("All requests"), QVariant::fromValue(InboxFilterModel::Show::All));
    m_ui->show->addItem(tr("Valid"), QVariant::fromValue(InboxFilterModel::Show::Valid));
    m_ui->show->addItem(tr("Not valid"), QVariant::fromValue(InboxFilterModel::Show::NotValid));
    m_ui->show->addItem(tr("Refused"), QVariant::fromValue(InboxFilterModel::Show::Refused));
    m_ui->show->addItem(tr("Matched to a session"), QVariant::fromValue(InboxFilterModel::Show::Matched));
    connect(m_ui->show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(m_ui->show->currentData().value<InboxFilterModel::Show>());
        showReceiver();
    });
    connect(m_ui->search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        showReceiver();
    });
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(InboxModel::TimeColumn, fontMetrics().horizontalAdvance(u"2026-11-26 19:00:00 "_s) + 8);
    header->resizeSection(InboxModel::MethodColumn, fontMetrics().horizontalAdvance(u"DELETE "_s) + 12);
    header->resizeSection(InboxModel::PathColumn, fontMetrics().horizontalAdvance(u"/webhooks/xident "_s));
    header->resizeSection(InboxModel::FromColumn, fontMetrics().horizontalAdvance(u"127.0.0.1 "_s) + 8);
    header->resizeSection(InboxModel::SizeColumn, fontMetrics().horizontalAdvance(u"1,023 bytes "_s) + 8);
    header->resizeSection(InboxModel::VerdictColumn, fontMetrics().horizontalAdvance(InboxModel::tr("timestamp out of tolerance")) + 32);
    header->resizeSection(InboxModel::EventColumn, fontMetrics().horizontalAdvance(u"verification.completed "_s));
    m_ui->copyUrl->setIcon(QIcon(u":/icons/copy.svg"_s));
    m_ui->openInValidator->setIcon(QIcon(u":/icons/validate.svg"_s));
    m_ui->replay->setIcon(QIcon(u":/icons/send.svg"_s));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    if (QSettings *s = m_settings) {
        m_ui->replayUrl->setText(s->value(u"inbox/replayUrl"_s).toString());
        m_ui->forwardUrl->setText(s->value(u"inbox/forwardUrl"_s).toString());
    }

    connectReceiver();
    connectBadAnswers();
    connectList();
    showReceiver();
    showDetail();
}

void WebhookInboxPane::connectReceiver()
{
    connect(m_ui->copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->receiverUrl->text()); });
    connect(m_ui->applyPort, &QPushButton::clicked, this, [this] {
        const int wanted = m_ui->port->value();
        const QString problem = m_router->restart(quint16(wanted));
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Webhook inbox"), problem);
        else if (m_inbox->onFallbackPort())
            QMessageBox::information(this, tr("Webhook inbox"),
                                     tr("Port %1 is taken; the inbox listens on %2 instead.")
                                         .arg(wanted)
                                         .arg(m_inbox->port()));
        m_ui->port->setValue(m_inbox->port());
        showReceiver();
    });
    m_ui->port->installEventFilter(this);   // Return applies
    connect(m_ui->retryPort, &QPushButton::clicked, this, [this] {
        const QString problem = m_router->retryWantedPort();
        if (!problem.isEmpty())
            m_ui->fallbackNote->setText(problem);
        else
            showReceiver();
    });
    connect(m_inbox, &WebhookInbox::listeningChanged, this, &WebhookInboxPane::showReceiver);
    connect(m_profiles, &ProfileStore::currentChanged, this, &WebhookInboxPane::showReceiver);

    connect(m_ui->forward, &QCheckBox::toggled, this, [this](bool on) {
        const QString problem = setForwarding(on ? m_ui->forwardUrl->text().trimmed() : QString());
        if (!problem.isEmpty()) {
            QSignalBlocker blocker(m_ui->forward);
            m_ui->forward->setChecked(false);
            QMessageBox::warning(this, tr("Forward deliveries"), problem);
        }
    });
    connect(m_ui->forwardUrl, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->forward->isChecked()) {
            const QString problem = setForwarding(m_ui->forwardUrl->text().trimmed());
            if (!problem.isEmpty()) {
                QSignalBlocker blocker(m_ui->forward);
                m_ui->forward->setChecked(false);
                setForwarding({});
                QMessageBox::warning(this, tr("Forward deliveries"), problem);
            }
        }
    });
    connect(m_inbox, &WebhookInbox::forwarded, this, [this](qint64 id, const DeliveryAnswer &a) {
        appendAnswer(tr("Forward of #%1").arg(id % 100000), a);
    });
    connect(m_inbox, &WebhookInbox::replayFinished, this, [this](qint64 id, const DeliveryAnswer &a) {
        appendAnswer(tr("Replay of #%1").arg(id % 100000), a);
    });
}

void WebhookInboxPane::connectBadAnswers()
{
    for (int status : {500, 503, 502, 410, 404, 429, 400})
        m_ui->badStatus->addItem(tr("HTTP %1").arg(status), status);
    m_ui->badStatus->addItem(tr("connection closed mid-answer"), 0);
    m_ui->badCount->setSpecialValueText(tr("until switched off"));
    const auto apply = [this] {
        WebhookInbox::BadAnswers bad;
        bad.on = m_ui->badAnswers->isChecked();
        bad.status = m_ui->badStatus->currentData().toInt();
        bad.close = bad.status == 0;
        bad.status = bad.close ? 500 : bad.status;
        bad.delayMs = m_ui->badDelay->value();
        bad.remaining = m_ui->badCount->value();
        m_inbox->setBadAnswers(bad);
    };
    connect(m_ui->badAnswers, &QCheckBox::toggled, this, apply);
    // Changing what to answer while it is on takes effect at once, counting afresh.
    const auto reapply = [this, apply] {
        if (m_ui->badAnswers->isChecked())
            apply();
    };
    connect(m_ui->badStatus, &QComboBox::currentIndexChanged, this, reapply);
    connect(m_ui->badDelay, &QSpinBox::valueChanged, this, reapply);
    connect(m_ui->badCount, &QSpinBox::valueChanged, this, reapply);
    connect(m_inbox, &WebhookInbox::badAnswersChanged, this, &WebhookInboxPane::showBadAnswers);
    showBadAnswers();
}

void WebhookInboxPane::showBadAnswers()
{
    const WebhookInbox::BadAnswers bad = m_inbox->badAnswers();
    {
        QSignalBlocker blocker(m_ui->badAnswers);
        m_ui->badAnswers->setChecked(bad.on);
    }
    if (!bad.on) {
        m_ui->badState->setText(tr("Off: every delivery is answered 200."));
        m_ui->badState->setStyleSheet(QString());
        return;
    }
    const QString what = bad.close ? tr("the connection is cut mid-answer") : tr("senders hear %1").arg(bad.status);
    m_ui->badState->setText(bad.remaining > 0 ? tr("On: %1 for the next %n delivery(s).", nullptr, bad.remaining).arg(what)
                                              : tr("On: %1 until switched off.").arg(what));
    m_ui->badState->setStyleSheet(u"font-weight: 600;"_s);
}

void WebhookInboxPane::connectList()
{
    m_detailTimer->setSingleShot(true);
    connect(m_detailTimer, &QTimer::timeout, this, &WebhookInboxPane::renderDetail);
    // A row the user picks is shown at once; following a flood of new rows is what the interval is for.
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_following || !isVisible())
            showDetail();
        else
            renderDetail();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &WebhookInboxPane::onRowsInserted);
    // The oldest rows go as new ones come (the list keeps 2,000): the selection moving with them is not the user's.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_following = true; });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { m_following = false; });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &WebhookInboxPane::showDetail);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &WebhookInboxPane::showDetail);
    // A repeated refusal counts on its row: the detail follows it.
    connect(m_list, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = selectedRow();
        if (row >= from.row() && row <= to.row())
            showDetail();
    });
    connect(m_list, &QAbstractItemModel::rowsInserted, this, &WebhookInboxPane::showReceiver);
    connect(m_list, &QAbstractItemModel::rowsRemoved, this, &WebhookInboxPane::showReceiver);
    connect(m_list, &QAbstractItemModel::modelReset, this, &WebhookInboxPane::showReceiver);
    connect(m_ui->table, &QAbstractItemView::activated, this, [this] { m_ui->openInValidator->click(); });
    connect(m_ui->openInValidator, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 && m_list->at(row).refused.isEmpty())
            Q_EMIT openInValidator(m_list->at(row));
    });
    connect(m_ui->replay, &QPushButton::clicked, this, [this] { replaySelected(m_ui->replayUrl->text().trimmed()); });
    connect(m_ui->replayUrl, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->replay->isEnabled())
            m_ui->replay->click();
    });
    connect(m_ui->clear, &QPushButton::clicked, this, [this] {
        if (m_list->rowCount() == 0)
            return;
        const auto answer = QMessageBox::question(this, tr("Clear the inbox"),
                                                  tr("Forget every received webhook, here and in the history?"));
        if (answer == QMessageBox::Yes) {
            m_router->clear();
            m_ui->answers->clear();
        }
    });
}

WebhookInboxPane::~WebhookInboxPane() = default;

bool WebhookInboxPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->port && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_ui->applyPort->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WebhookInboxPane::showReceiver()
{
    WebhookInbox *inbox = m_inbox;
    // A sender configured for the wanted port misses everything while the inbox is elsewhere: said for as long.
    m_ui->fallbackBar->setVisible(inbox->isListening() && inbox->onFallbackPort());
    if (inbox->onFallbackPort())
        m_ui->fallbackNote->setText(tr("Port %1 was taken, so the inbox listens on %2: a sender pointed at %1 reaches "
                                       "something else, or nothing. Point it here, or try %1 again once it is free.")
                                        .arg(inbox->wantedPort())
                                        .arg(inbox->port()));
    m_ui->fallbackNote->setStyleSheet(statusTextStyle(WatchStatus::Pending));
    if (inbox->isListening()) {
        m_ui->receiverUrl->setText(inbox->url().toString());
        QSignalBlocker blocker(m_ui->port);
        if (!m_ui->port->hasFocus())
            m_ui->port->setValue(inbox->port());
        const Profile p = m_profiles->current();
        if (p.isSandbox())
            m_ui->receiverHint->setText(tr("The local sandbox delivers its webhooks here. Deliveries are judged by the "
                                           "webhook secrets of your profiles; only this computer can reach it."));
        else
            m_ui->receiverHint->setText(
                tr("To see the webhooks of \"%1\" here, point its webhook URL (or a tunnel) at this address. They are "
                   "judged by its webhook secret; only this computer can reach the receiver.")
                    .arg(p.name));
    } else {
        m_ui->receiverUrl->setText(tr("not listening"));
        m_ui->receiverHint->setText(m_router->problem().isEmpty() ? tr("The webhook inbox is off.")
                                                                          : m_router->problem());
    }
    const int rows = m_list->rowCount();
    const int shown = m_filter->rowCount();
    if (shown == rows)
        m_ui->countLabel->setText(tr("%n request(s) listed; the latest %1 are kept, with at most %2 of bodies.", nullptr, rows)
                                      .arg(QLocale().toString(InboxModel::MaxRows),
                                           QLocale().formattedDataSize(InboxModel::MaxBodyBytes)));
    else
        m_ui->countLabel->setText(tr("%1 of %n request(s) shown; the latest %2 are kept, with at most %3 of bodies.",
                                     nullptr, rows)
                                      .arg(QLocale().toString(shown), QLocale().toString(InboxModel::MaxRows),
                                           QLocale().formattedDataSize(InboxModel::MaxBodyBytes)));
}

int WebhookInboxPane::selectedRow() const
{
    const QModelIndex current = m_filter->mapToSource(m_ui->table->selectionModel()->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void WebhookInboxPane::selectRow(int row)
{
    const QModelIndex shown = m_filter->mapFromSource(m_list->index(row, 0));
    if (!shown.isValid())
        return;
    m_ui->table->selectRow(shown.row());
    m_ui->table->setCurrentIndex(shown);
}

void WebhookInboxPane::onRowsInserted(const QModelIndex &, int first, int last)
{
    // Follow new deliveries while nothing else is selected, or while the newest one shown before them is.
    const int rows = m_filter->rowCount();
    const int current = m_ui->table->selectionModel()->currentIndex().row();
    const int inserted = last - first + 1;
    if (last == rows - 1 && (current < 0 || current == rows - inserted - 1)) {
        m_following = true;
        m_ui->table->selectRow(rows - 1);
        m_ui->table->setCurrentIndex(m_filter->index(rows - 1, 0));
        m_following = false;
        m_ui->table->scrollToBottom();
    }
}

QString WebhookInboxPane::detailText()
{
    // What the view shows once the update it waits for is made.
    if (m_detailDirty)
        renderDetail();
    return m_ui->detail->toPlainText();
}

void WebhookInboxPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_detailDirty)
        renderDetail();
}

QString WebhookInboxPane::answersText() const
{
    return m_ui->answers->toPlainText();
}

void WebhookInboxPane::showDetail()
{
    // A flood of deliveries followed row by row would lay out up to a body per delivery on the GUI thread: the view
    // follows at most a few times a second, and not at all while nobody sees it.
    m_detailDirty = true;
    if (!isVisible() || m_detailTimer->isActive())
        return;
    const qint64 since = m_lastDetail.isValid() ? m_lastDetail.elapsed() : DetailIntervalMs;
    if (since >= DetailIntervalMs)
        renderDetail();
    else
        m_detailTimer->start(int(DetailIntervalMs - since));
}

void WebhookInboxPane::renderDetail()
{
    m_detailTimer->stop();
    m_detailDirty = false;
    m_lastDetail.start();
    const int row = selectedRow();
    const bool any = row >= 0 && row < m_list->rowCount();
    m_ui->openInValidator->setEnabled(any && m_list->at(row).refused.isEmpty());
    m_ui->replay->setEnabled(any && m_list->at(row).refused.isEmpty());
    if (!any) {
        const QString key = m_list->rowCount() == 0 ? u"empty"_s : u"none"_s;
        if (key != m_shownKey) {
            m_shownKey = key;
            ++m_detailRenders;
            m_ui->detail->setPlainText(m_list->rowCount() == 0
                                           ? tr("Nothing received yet. Finish a session of the local sandbox, or send a "
                                                "webhook to the receiver's URL.")
                                           : QString());
        }
        return;
    }
    const ReceivedWebhook &w = m_list->at(row);
    const QString key = u"%1/%2/%3/%4"_s.arg(w.id).arg(w.repeats).arg(w.matchedToken, w.verdictCode());
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    ++m_detailRenders;
    const QString at = QLocale().toString(w.receivedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    QString text = w.method.isEmpty()
                       ? tr("A request from %1 at %2, refused before it was read — answered %3\n")
                             .arg(w.remote, at)
                             .arg(w.answeredStatus)
                       : tr("%1 %2 from %3 at %4 — answered %5\n")
                             .arg(QString::fromLatin1(w.method), w.path, w.remote, at)
                             .arg(w.answeredStatus);
    text += tr("Verdict: %1 — %2\n").arg(InboxModel::verdictLabel(w), InboxModel::verdictDetail(w));
    if (!w.eventType.isEmpty())
        text += tr("Event: %1 %2\n").arg(w.eventType, w.eventId);
    if (!w.matchedToken.isEmpty())
        text += tr("Session: %1 (in the watchlist)\n").arg(w.matchedToken);
    text += u"\n"_s;
    for (const auto &h : w.headers) {
        // Credential-like values a sender added are never shown (nor kept in the history).
        const QString value = Profile::isSensitiveHeader(h.first) || w.withheld.contains(h.first.toLower())
                                  ? RedactionMarker.toString()
                                  : QString::fromUtf8(h.second);
        text += QString::fromLatin1(h.first) + u": "_s + value + u'\n';
    }
    text += u"\n"_s;
    constexpr qsizetype Shown = DetailBodyBytes;
    text += QString::fromUtf8(w.body.left(Shown));
    if (w.body.size() > Shown)
        text += tr("\n… %1 more; open it in the validator to judge the whole body.")
                    .arg(QLocale().formattedDataSize(w.body.size() - Shown));
    m_ui->detail->setPlainText(text);
}

bool WebhookInboxPane::replaySelected(const QString &text)
{
    m_ui->replayUrl->setText(text);
    const int row = selectedRow();
    if (row < 0) {
        appendAnswer(tr("Replay"), DeliveryAnswer::notSent(tr("Select a received request first.")));
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString problem = DeliveryAnswer::urlProblem(url, text);
    if (!problem.isEmpty()) {
        m_ui->detailTabs->setCurrentWidget(m_ui->answers);
        m_ui->answers->appendPlainText(tr("Replay not sent: %1").arg(problem));
        return false;
    }
    if (QSettings *s = m_settings)
        s->setValue(u"inbox/replayUrl"_s, text);
    m_ui->detailTabs->setCurrentWidget(m_ui->answers);
    m_ui->answers->appendPlainText(tr("Replaying #%1 to %2…").arg(m_list->at(row).id % 100000).arg(url.toDisplayString()));
    m_inbox->replay(m_list->at(row), url);
    return true;
}

QString WebhookInboxPane::setForwarding(const QString &text)
{
    if (text.isEmpty()) {
        m_inbox->setForwardUrl({});
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString problem = DeliveryAnswer::urlProblem(url, text);
    if (!problem.isEmpty())
        return problem;
    if (WebhookInbox::reachesThisMachine(url) && url.port(url.scheme() == "https"_L1 ? 443 : 80) == m_inbox->port())
        return tr("That is the inbox itself: forwarding there would loop.");
    m_inbox->setForwardUrl(url);
    m_ui->forwardUrl->setText(text);
    if (!m_ui->forward->isChecked()) {
        QSignalBlocker blocker(m_ui->forward);
        m_ui->forward->setChecked(true);
    }
    if (QSettings *s = m_settings)
        s->setValue(u"inbox/forwardUrl"_s, text);
    return {};
}

void WebhookInboxPane::appendAnswer(const QString &what, const DeliveryAnswer &answer)
{
    m_ui->answers->appendPlainText(u"— %1 —\n%2\n"_s.arg(what, answer.describe()));
    m_ui->answers->verticalScrollBar()->setValue(m_ui->answers->verticalScrollBar()->maximum());
}

} // namespace Xident::Console
