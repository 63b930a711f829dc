#include "console/sessions/inspectorpane.h"

#include "console/common/copyasmenu.h"
#include "console/common/elidedtooltips.h"
#include "console/common/flowlayout.h"
#include "console/core/blacklistbook.h"

#include <XidentQt/redaction.h>
#include <XidentQt/sessionresult.h>
#include "console/common/verdictview.h"
#include "console/core/history/historystore.h"
#include "console/core/models/checksmodel.h"
#include "console/core/models/jsontreemodel.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/models/timelinemodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
#include "console/core/sessionlocator.h"
#include "console/core/sessiontracker.h"
#include "console/core/timetext.h"
#include "console/sessions/profilechoice.h"
#include "console/core/watchstatus.h"
#include "console/core/webhookrouter.h"
#include "text/failuretext.h"

#include "ui_InspectorPane.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHeaderView>

#include <limits>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

QString timeText(const QString &iso)
{
    if (iso.isEmpty())
        return InspectorPane::tr("—");
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return timeWithOffset(t);
}

} // namespace

InspectorPane::InspectorPane(SessionModel *sessions, PollScheduler *scheduler, SessionTracker *tracker,
                             HistoryStore *history, WebhookRouter *webhooks, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorPane>())
    , m_sessions(sessions)
    , m_tracker(tracker)
    , m_history(history)
    , m_profiles(profiles)
    , m_checks(new ChecksModel(this))
    , m_timeline(new TimelineModel(this))
    , m_json(new JsonTreeModel(this))
    , m_countdown(new QTimer(this))
    , m_noteSaver(new QTimer(this))
{
    m_ui->setupUi(this);
    setupViews();
    m_ui->jsonText->hide();
    m_ui->tabs->hide();

    connectActions();
    auto *copyValue = new QAction(tr("Copy value"), m_ui->jsonTree);
    auto *copyPath = new QAction(tr("Copy path"), m_ui->jsonTree);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    m_ui->jsonTree->addActions({copyValue, copyPath});
    connect(copyValue, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_ui->jsonTree->currentIndex(); current.isValid())
            QGuiApplication::clipboard()->setText(current.siblingAtColumn(0).data(JsonTreeModel::FullValueRole).toString());
    });
    connect(copyPath, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_ui->jsonTree->currentIndex(); current.isValid())
            QGuiApplication::clipboard()->setText(current.siblingAtColumn(0).data(JsonTreeModel::PathRole).toString());
    });
    connect(m_ui->expandAll, &QToolButton::clicked, m_ui->jsonTree, &QTreeView::expandAll);
    connect(m_ui->collapseAll, &QToolButton::clicked, m_ui->jsonTree, &QTreeView::collapseAll);
    connect(m_ui->asText, &QCheckBox::toggled, this, [this](bool text) {
        m_ui->jsonText->setVisible(text);
        m_ui->jsonTree->setVisible(!text);
    });
    connect(m_ui->jsonSearch, &QLineEdit::textChanged, this, [this] { findNext(true); });
    connect(m_ui->jsonSearch, &QLineEdit::returnPressed, this, [this] { findNext(false); });

    SessionModel *model = sessions;
    connect(model, &QAbstractItemModel::dataChanged, this, [this, model](const QModelIndex &from, const QModelIndex &to) {
        const int row = model->rowOf(m_token);
        if (row >= from.row() && row <= to.row())
            refresh();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this, model] {
        if (!m_token.isEmpty() && !model->contains(m_token))
            showSession({});
    });
    connect(history, &HistoryStore::timelineLoaded, m_timeline, &TimelineModel::setStored);
    const auto live = [this](const StatusChange &change) {
        if (change.token != m_token)
            return;
        m_timeline->append(change);
        m_ui->timeline->resizeColumnsToContents();
        refresh();
    };
    connect(scheduler, &PollScheduler::statusChanged, this, live);
    connect(webhooks, &WebhookRouter::timelineChanged, this, live);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &InspectorPane::updateCountdown);
    showSession({});
}

InspectorPane::~InspectorPane() = default;

void InspectorPane::setupViews()
{
    // The actions wrap where the inspector's width ends (German words are long) instead of widening it: the three
    // rows of the form become one flow, in the same order.
    auto *actions = new FlowLayout;
    actions->setSpacing(m_ui->actions->spacing());
    actions->setLineSpacing(m_ui->column->spacing());
    const int at = m_ui->column->indexOf(m_ui->actions);
    for (QLayout *row : std::initializer_list<QLayout *>{m_ui->actions, m_ui->sessionActions, m_ui->faceActions}) {
        while (QLayoutItem *item = row->takeAt(0)) {
            if (QWidget *button = item->widget())
                actions->addWidget(button);
            delete item;   // the button's place in the row, or a spacer: never the button
        }
        m_ui->column->removeItem(row);
        delete row;
    }
    m_ui->column->insertLayout(at, actions);

    m_ui->checks->setModel(m_checks);
    m_ui->timeline->setModel(m_timeline);
    connect(m_timeline, &QAbstractItemModel::modelReset, m_ui->timeline, &QTableView::resizeColumnsToContents);
    m_json->setHeaders(tr("Key"), tr("Value"));
    m_json->setToolTipLength(std::numeric_limits<int>::max());   // a result's strings are short: whole
    m_json->setMaxRows(std::numeric_limits<int>::max());         // and a result is small: all of it
    m_ui->jsonTree->setModel(m_json);
    m_ui->jsonTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column : {0, 1, 2})
        m_ui->checks->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->checks->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->checks->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->timeline->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The request ids take what is left; what does not fit is elided in the middle and whole in the tooltip.
    m_ui->timeline->horizontalHeader()->setStretchLastSection(true);
    m_ui->timeline->setTextElideMode(Qt::ElideMiddle);
    ElidedToolTips::install(m_ui->timeline);
}

void InspectorPane::connectActions()
{
    connect(m_ui->copyReply, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->customerSentence->text()); });
    connect(m_ui->copySummary, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(summary()); });
    CopyAsMenu::attach(m_ui->copyAs, [this] { return resultCall(); });
    connect(m_ui->evidence, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            Q_EMIT evidenceRequested({m_token});
    });
    connect(m_ui->copyLink, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(colleagueLink()); });
    connect(m_ui->changeProfile, &QPushButton::clicked, this, [this] {
        const QString token = m_token;
        const QString id = chooseProfileFor(this, m_profiles, m_session.profileId, 1);
        if (!id.isEmpty() && m_sessions->contains(token))
            m_tracker->moveTo({token}, id);
    });
    connect(m_ui->askLive, &QPushButton::clicked, this, [this] { m_tracker->locator()->lookUpLive(m_token); });
    connect(m_ui->blacklist, &QPushButton::clicked, this, [this] {
        if (const QString resultToken = BlacklistBook::resultTokenOf(m_session); !m_token.isEmpty() && !resultToken.isEmpty())
            Q_EMIT blacklistRequested(resultToken, m_token);
    });
    // What support types is kept as it is typed (a moment later), and when the field is left.
    m_noteSaver->setSingleShot(true);
    m_noteSaver->setInterval(700);
    connect(m_noteSaver, &QTimer::timeout, this, &InspectorPane::saveAnnotation);
    connect(m_ui->ticket, &QLineEdit::textEdited, m_noteSaver, qOverload<>(&QTimer::start));
    connect(m_ui->ticket, &QLineEdit::editingFinished, this, &InspectorPane::saveAnnotation);
    connect(m_ui->note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->note->hasFocus())
            m_noteSaver->start();
    });
}

void InspectorPane::saveAnnotation()
{
    m_noteSaver->stop();
    if (m_token.isEmpty() || !m_sessions->contains(m_token))
        return;
    const QString ticket = m_ui->ticket->text().trimmed();
    const QString note = m_ui->note->toPlainText().trimmed();
    if (ticket != m_session.ticket || note != m_session.note)
        m_tracker->annotate(m_token, ticket, note);
}

void InspectorPane::showAnnotation()
{
    // Never over what is being typed: the field being edited keeps its text until it is saved.
    if (!m_ui->ticket->hasFocus() && m_ui->ticket->text().trimmed() != m_session.ticket)
        m_ui->ticket->setText(m_session.ticket);
    if (!m_ui->note->hasFocus() && m_ui->note->toPlainText().trimmed() != m_session.note)
        m_ui->note->setPlainText(m_session.note);
}

void InspectorPane::showSession(const QString &token)
{
    if (m_noteSaver->isActive())
        saveAnnotation();   // for the session shown until now
    if (token != m_token) {
        m_ui->ticket->clear();
        m_ui->note->clear();
    }
    m_token = token;
    m_shownJson.clear();
    const bool any = !token.isEmpty() && m_sessions->contains(token);
    m_timeline->setToken(any ? token : QString());
    m_ui->tabs->setVisible(any);
    m_ui->placeholder->setVisible(!any);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->verdict), static_cast<QWidget *>(m_ui->customerSentence),
                       static_cast<QWidget *>(m_ui->copyReply), static_cast<QWidget *>(m_ui->copySummary),
                       static_cast<QWidget *>(m_ui->copyAs), static_cast<QWidget *>(m_ui->changeProfile),
                       static_cast<QWidget *>(m_ui->copyLink), static_cast<QWidget *>(m_ui->evidence),
                       static_cast<QWidget *>(m_ui->blacklist)})
        w->setVisible(any);
    if (!any) {
        m_ui->lookupNote->hide();
        m_ui->askLive->hide();
    }
    if (!any) {
        m_token.clear();
        m_countdown->stop();
        return;
    }
    m_history->loadTimeline(token);
    refresh();
}

void InspectorPane::refresh()
{
    const auto session = m_sessions->session(m_token);
    if (!session)
        return;
    m_session = *session;
    const QJsonObject raw = QJsonDocument::fromJson(m_session.resultJson).object();
    const SessionResult result = SessionResult::fromJson(raw);
    const WatchStatus status = watchStatusFromText(m_session.status);
    showVerdict(status, result);
    showFields(status, result, !raw.isEmpty());
    showRequestIds();
    showLookup();
    showAnnotation();
    const QString why = BlacklistBook::whyNotBlacklistable(m_session);
    m_ui->blacklist->setEnabled(why.isEmpty());
    m_ui->blacklist->setToolTip(why.isEmpty() ? tr("Blacklist this session's face, so that it fails any later verification") : why);
    // A session never seen has no checks to show, not a table of them all "not performed".
    m_ui->checks->setVisible(!m_session.resultJson.isEmpty());
    m_ui->checksLabel->setVisible(!m_session.resultJson.isEmpty());
    // A poll that changes nothing but its time leaves the checks (and their selection) alone.
    if (m_session.resultJson == m_shownJson)
        return;
    const QList<CheckResult> checks = result.checks();
    m_checks->setChecks(checks);
    m_ui->checks->resizeRowsToContents();
    m_ui->checksLabel->setText(checks.isEmpty() ? tr("Checks: none reported yet") : tr("Checks:"));
    fillJson(m_session.resultJson);
}

void InspectorPane::showVerdict(WatchStatus status, const SessionResult &result)
{
    // The same words as the New session pane and the stage; a sentence for a reply to the customer below them.
    Verdict verdict = Verdict::of(status, result);
    if (status == WatchStatus::Unknown && !m_session.status.isEmpty())
        verdict.detail = tr("The server says “%1”, a status the console does not know; polling goes on.").arg(m_session.status);
    const QString error = m_sessions->lastError(m_token);
    const SessionModel::Lookup lookup = m_sessions->lookup(m_token);
    if (m_session.resultJson.isEmpty() && lookup == SessionModel::Lookup::NotFound) {
        verdict.headline = tr("Not found");
        verdict.detail = tr("No profile asked knows this session.");
    } else if (m_session.resultJson.isEmpty() && lookup == SessionModel::Lookup::Searching) {
        verdict.headline = tr("Looking it up…");
        verdict.detail = tr("The profile in use does not know this session; the others are being asked.");
    } else if (!error.isEmpty()) {
        verdict.detail += u"\n"_s + tr("Last poll: %1").arg(error);
    }
    m_ui->verdict->setVerdict(verdict);
    const QString sentence = verdict.reply;
    m_ui->customerSentence->setText(sentence);
    m_ui->customerSentence->setVisible(!sentence.isEmpty());
    // What the webhook said, next to what polling says; a contradiction stands out.
    const auto webhook = SessionModel::webhookStateOf(m_session);
    m_ui->webhookNote->setText(SessionModel::webhookText(m_session));
    m_ui->webhookNote->setVisible(webhook != SessionModel::WebhookState::None);
    m_ui->webhookNote->setStyleSheet(webhook == SessionModel::WebhookState::Mismatch
                                         ? u"background: #fce8e6; color: #a50e0e; padding: 4px; border-radius: 3px; font-weight: 600;"_s
                                         : QString());
    m_ui->copyReply->setVisible(!sentence.isEmpty());
}

void InspectorPane::showFields(WatchStatus status, const SessionResult &result, bool hasResult)
{
    const QString none = tr("—");
    const QStringList also = m_sessions->otherNames(m_session.token);
    m_ui->token->setText(also.isEmpty() ? m_session.token : tr("%1\nalso %2").arg(m_session.token, also.join(u", "_s)));
    // What the watchlist's status column says (it knows a session still looked for or not found anywhere).
    const int row = m_sessions->rowOf(m_session.token);
    const QString label = m_session.status.isEmpty() && row >= 0
                              ? m_sessions->index(row, SessionModel::StatusColumn).data().toString()
                              : watchStatusLabel(status, m_session.status);
    // The wire word too, when it says something the label does not ("completed", "in_progress").
    m_ui->status->setText(m_session.status.isEmpty() || label.compare(m_session.status, Qt::CaseInsensitive) == 0
                              ? label
                              : u"%1 (%2)"_s.arg(label, m_session.status));
    if (const auto bracket = result.ageBracket())
        m_ui->age->setText(tr("%1+").arg(*bracket));
    else if (const auto estimate = result.estimatedAge())
        m_ui->age->setText(tr("estimated %1 (not verified)").arg(*estimate));
    else
        m_ui->age->setText(none);
    m_ui->method->setText(result.method().isEmpty() ? none : result.method());
    QString documentCountry;
    if (const auto doc = result.check(u"document"_s))
        documentCountry = doc->details.value("country"_L1).toString();
    if (documentCountry.isEmpty())
        documentCountry = result.countryCode();
    m_ui->documentCountry->setText(documentCountry.isEmpty() ? none : documentCountry);
    m_ui->ipCountry->setText(result.ipCountry().isEmpty() ? none : result.ipCountry());
    const QString userId = result.externalUserId().isEmpty() ? m_session.userId : result.externalUserId();
    m_ui->userId->setText(userId.isEmpty() ? none : userId);
    m_ui->created->setText(hasResult ? timeText(result.createdAt()) : none);
    m_ui->started->setText(hasResult ? timeText(result.startedAt()) : none);
    // Only the legacy shape says when a session started: the current one has no such field, so no empty row.
    const bool saysStart = !hasResult || result.raw().contains("started_at"_L1);
    m_ui->started->setVisible(saysStart);
    m_ui->startedLabel->setVisible(saysStart);
    m_ui->completed->setText(hasResult ? timeText(result.completedAt()) : none);
    m_expiresAt = QDateTime::fromString(result.expiresAt(), Qt::ISODateWithMs);
    updateCountdown();
    if (m_expiresAt.isValid() && !isTerminal(status))
        m_countdown->start();
    else
        m_countdown->stop();
}

void InspectorPane::showRequestIds()
{
    const QString none = tr("—");
    QStringList ids;
    if (!m_session.lastRequestId.isEmpty())
        ids.append(tr("%1 (the last poll)").arg(m_session.lastRequestId));
    for (auto it = m_timeline->changes().crbegin(); it != m_timeline->changes().crend() && ids.size() < 4; ++it) {
        if (!it->requestId.isEmpty() && it->requestId != m_session.lastRequestId)
            ids.append(tr("%1 (when it became %2)").arg(it->requestId, it->to));
    }
    m_ui->requestIds->setText(ids.isEmpty() ? none : ids.join(u'\n'));
}

void InspectorPane::showLookup()
{
    const QString text = m_sessions->lookupText(m_token);
    m_ui->lookupNote->setText(text);
    m_ui->lookupNote->setVisible(!text.isEmpty());
    const QStringList live = m_tracker->locator()->liveLeft(m_token);
    m_ui->askLive->setText(tr("Look it up on %1 too").arg(QLocale().createSeparatedList(live)));
    m_ui->askLive->setVisible(!live.isEmpty());
}

void InspectorPane::fillJson(const QByteArray &json)
{
    m_shownJson = json;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_ui->jsonText->setPlainText(doc.isNull() ? tr("(no result yet)") : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    m_json->setJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), u"data"_s, json);
    m_ui->jsonTree->expandToDepth(1);
    if (!m_ui->jsonSearch->text().isEmpty())
        findNext(true);
}

void InspectorPane::findNext(bool restart)
{
    const QString needle = m_ui->jsonSearch->text().trimmed();
    if (needle.isEmpty()) {
        m_ui->jsonSearch->setStyleSheet({});
        return;
    }
    const QModelIndexList matches = m_json->find(needle);
    m_ui->jsonSearch->setStyleSheet(matches.isEmpty() ? u"background: #fde7e7;"_s : QString());
    if (matches.isEmpty())
        return;
    qsizetype next = 0;
    if (!restart) {
        const qsizetype at = matches.indexOf(m_ui->jsonTree->currentIndex().siblingAtColumn(0));
        next = at < 0 ? 0 : (at + 1) % matches.size();
    }
    const QModelIndex found = matches[next];
    for (QModelIndex p = found.parent(); p.isValid(); p = p.parent())
        m_ui->jsonTree->expand(p);
    m_ui->jsonTree->setCurrentIndex(found);
    m_ui->jsonTree->scrollTo(found);
}

void InspectorPane::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_ui->expires->setText(tr("—"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    const QString when = timeWithOffset(m_expiresAt);
    if (left <= 0 || isTerminal(watchStatusFromText(m_session.status)))
        m_ui->expires->setText(when);
    else
        m_ui->expires->setText(tr("%1 (in %2:%3)").arg(when).arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

QString InspectorPane::summary() const
{
    if (m_token.isEmpty())
        return {};
    const QJsonObject raw = QJsonDocument::fromJson(m_session.resultJson).object();
    const SessionResult result = SessionResult::fromJson(raw);
    const WatchStatus status = watchStatusFromText(m_session.status);
    QStringList lines;
    lines.append(tr("Session: %1").arg(m_session.token));
    lines.append(tr("Status: %1 (%2)").arg(watchStatusLabel(status, m_session.status), m_session.status));
    if (status == WatchStatus::Failed) {
        lines.append(tr("Reason: %1 — %2").arg(result.reason(), Text::explainFailure(result.reason()).title));
    }
    if (const auto age = result.ageBracket())
        lines.append(tr("Age bracket: %1+").arg(*age));
    if (!result.method().isEmpty())
        lines.append(tr("Method: %1").arg(result.method()));
    if (!result.createdAt().isEmpty())
        lines.append(tr("Created: %1").arg(result.createdAt()));
    if (!result.completedAt().isEmpty())
        lines.append(tr("Completed: %1").arg(result.completedAt()));
    if (!m_session.lastRequestId.isEmpty())
        lines.append(tr("Request id (last poll): %1").arg(m_session.lastRequestId));
    for (const StatusChange &c : m_timeline->changes()) {
        lines.append(tr("%1: %2 → %3 (request id %4)")
                         .arg(c.at.toUTC().toString(Qt::ISODate), c.from.isEmpty() ? tr("first seen") : c.from, c.to,
                              c.requestId.isEmpty() ? tr("none") : c.requestId));
    }
    return lines.join(u'\n');
}

QString InspectorPane::colleagueLink() const
{
    if (m_token.isEmpty())
        return {};
    const auto profile = m_profiles->profile(m_session.profileId);
    return Xident::Console::colleagueLink(m_token, profile ? profile->name : QString());
}

std::optional<ApiCall> InspectorPane::resultCall() const
{
    if (m_token.isEmpty())
        return std::nullopt;
    const auto profile = m_profiles->profile(m_session.profileId);
    ApiCall call = ApiCall::forConfig(profile ? profile->config() : Config(), ApiCall::Operation::Result);
    call.token = m_token;
    return call;
}

QString InspectorPane::curlCommand() const
{
    const auto call = resultCall();
    return call ? CallCode::snippet(*call, CallCode::Language::Curl) : QString();
}

} // namespace Xident::Console
