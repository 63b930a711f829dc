#include "console/sessions/inspectorpane.h"

#include <XidentQt/sessionresult.h>
#include "console/core/history/historystore.h"
#include "console/core/models/sessionmodel.h"
#include "console/core/pollscheduler.h"
#include "console/core/profilestore.h"
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

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

enum ItemRole { KeyRole = Qt::UserRole + 1, IndexRole, ValueRole };

void addChildren(QTreeWidgetItem *parent, const QJsonValue &value)
{
    const auto add = [parent](const QString &label, const QJsonValue &child, const QVariant &key, int index) {
        auto *item = new QTreeWidgetItem(parent, {label, InspectorPane::scalarText(child)});
        item->setData(0, KeyRole, key);
        item->setData(0, IndexRole, index);
        item->setData(1, ValueRole, child.isObject() || child.isArray()
                                        ? QString::fromUtf8(child.isObject() ? QJsonDocument(child.toObject()).toJson(QJsonDocument::Compact)
                                                                             : QJsonDocument(child.toArray()).toJson(QJsonDocument::Compact))
                                        : (child.isString() ? child.toString() : InspectorPane::scalarText(child)));
        if (child.isString())
            item->setToolTip(1, child.toString());
        addChildren(item, child);
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value(), it.key(), -1);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(u"[%1]"_s.arg(i), a.at(i), QVariant(), int(i));
    }
}

QString timeText(const QString &iso)
{
    if (iso.isEmpty())
        return InspectorPane::tr("—");
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

QString yesNo(std::optional<bool> v)
{
    if (!v)
        return InspectorPane::tr("unknown");
    return *v ? InspectorPane::tr("yes") : InspectorPane::tr("no");
}

} // namespace

InspectorPane::InspectorPane(SessionModel *sessions, PollScheduler *scheduler, HistoryStore *history, WebhookRouter *webhooks, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorPane>())
    , m_sessions(sessions)
    , m_history(history)
    , m_profiles(profiles)
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->checks->setColumnCount(4);
    m_ui->checks->setHorizontalHeaderLabels({tr("Check"), tr("Performed"), tr("Passed"), tr("Details")});
    m_ui->timeline->setColumnCount(4);
    m_ui->timeline->setHorizontalHeaderLabels({tr("Time"), tr("From"), tr("To"), tr("Request id")});
    m_ui->jsonTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column : {0, 1, 2})
        m_ui->checks->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->checks->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->checks->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->timeline->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->jsonText->hide();
    m_ui->tabs->hide();

    auto *copyValue = new QAction(tr("Copy value"), m_ui->jsonTree);
    auto *copyPath = new QAction(tr("Copy path"), m_ui->jsonTree);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    m_ui->jsonTree->addActions({copyValue, copyPath});
    connect(copyValue, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_ui->jsonTree->currentItem())
            QGuiApplication::clipboard()->setText(item->data(1, ValueRole).toString());
    });
    connect(copyPath, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_ui->jsonTree->currentItem())
            QGuiApplication::clipboard()->setText(jsonPath(item));
    });
    connect(m_ui->expandAll, &QToolButton::clicked, m_ui->jsonTree, &QTreeWidget::expandAll);
    connect(m_ui->collapseAll, &QToolButton::clicked, m_ui->jsonTree, &QTreeWidget::collapseAll);
    connect(m_ui->asText, &QCheckBox::toggled, this, [this](bool text) {
        m_ui->jsonText->setVisible(text);
        m_ui->jsonTree->setVisible(!text);
    });
    connect(m_ui->jsonSearch, &QLineEdit::textChanged, this, [this] { findNext(true); });
    connect(m_ui->jsonSearch, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_ui->copyReply, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->customerSentence->text()); });
    connect(m_ui->copySummary, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(summary()); });
    connect(m_ui->copyCurl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(curlCommand()); });

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
    connect(history, &HistoryStore::timelineLoaded, this,
            [this](const QString &token, const QList<StatusChange> &changes) {
                if (token != m_token)
                    return;
                // Changes seen live while the load was on its way come after the stored ones.
                QList<StatusChange> merged = changes;
                const QDateTime last = changes.isEmpty() ? QDateTime() : changes.last().at;
                for (const StatusChange &c : std::as_const(m_timeline)) {
                    if (!last.isValid() || c.at > last)
                        merged.append(c);
                }
                m_timeline = merged;
                fillTimeline();
            });
    const auto live = [this](const StatusChange &change) {
        if (change.token != m_token)
            return;
        m_timeline.append(change);
        fillTimeline();
        refresh();
    };
    connect(scheduler, &PollScheduler::statusChanged, this, live);
    connect(webhooks, &WebhookRouter::timelineChanged, this, live);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &InspectorPane::updateCountdown);
    showSession({});
}

InspectorPane::~InspectorPane() = default;

QString InspectorPane::scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) && std::abs(d) < 9.0e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
    case QJsonValue::Object:
        return tr("{%n key(s)}", nullptr, int(v.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}


void InspectorPane::showSession(const QString &token)
{
    m_token = token;
    m_timeline.clear();
    m_shownJson.clear();
    const bool any = !token.isEmpty() && m_sessions->contains(token);
    m_ui->tabs->setVisible(any);
    m_ui->placeholder->setVisible(!any);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->verdict), static_cast<QWidget *>(m_ui->customerSentence),
                       static_cast<QWidget *>(m_ui->copyReply), static_cast<QWidget *>(m_ui->copySummary),
                       static_cast<QWidget *>(m_ui->copyCurl)})
        w->setVisible(any);
    if (!any) {
        m_token.clear();
        m_countdown->stop();
        return;
    }
    fillTimeline();
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
    const bool hasResult = !raw.isEmpty();

    QString verdict;
    QString sentence;
    switch (status) {
    case WatchStatus::Success: {
        QStringList how;
        if (const auto age = result.ageBracket())
            how.append(tr("age bracket %1+").arg(*age));
        if (!result.method().isEmpty())
            how.append(tr("method %1").arg(result.method()));
        verdict = how.isEmpty() ? tr("Passed: the person is verified.")
                                : tr("Passed: the person is verified (%1).").arg(how.join(u", "_s));
        sentence = tr("Your verification was completed successfully.");
        break;
    }
    case WatchStatus::Failed: {
        const Text::FailureExplanation why = Text::explainFailure(result.reason());
        verdict = tr("Failed because: %1").arg(why.title);
        sentence = why.customerSentence;
        break;
    }
    case WatchStatus::Pending:
        verdict = tr("Still pending: the person has not started the verification yet.");
        sentence = tr("Your verification has not been started yet. Please open the link you received and follow the steps.");
        break;
    case WatchStatus::InProgress:
        verdict = tr("In progress: the person is completing the verification now.");
        sentence = tr("Your verification is still in progress. Please finish the steps on your device.");
        break;
    case WatchStatus::Canceled:
        verdict = tr("Canceled: the person stopped the verification.");
        sentence = tr("The verification was canceled before it finished. You can start a new one at any time.");
        break;
    case WatchStatus::Claimed:
        verdict = tr("Claimed: the result was already used.");
        sentence = tr("Your verification was completed and has already been used.");
        break;
    case WatchStatus::Expired:
        verdict = tr("Expired: the link was not completed in time.");
        sentence = tr("Your verification link expired before it was completed. Please start a new verification.");
        break;
    case WatchStatus::Gone:
        verdict = tr("Gone with the sandbox: the local sandbox that held this session has stopped, and its sessions "
                     "with it.");
        sentence.clear();
        break;
    case WatchStatus::Unknown:
        verdict = m_session.status.isEmpty()
                      ? tr("Not polled yet.")
                      : tr("The server says “%1”, a status the console does not know; polling goes on.").arg(m_session.status);
        break;
    }
    const QString error = m_sessions->lastError(m_token);
    if (!error.isEmpty())
        verdict += u"\n"_s + tr("Last poll: %1").arg(error);
    m_ui->verdict->setText(verdict);
    m_ui->verdict->setStyleSheet(u"font-size: 15pt; font-weight: 600; color: %1;"_s.arg(watchStatusColor(status).name()));
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

    const QString none = tr("—");
    m_ui->token->setText(m_session.token);
    const QString label = watchStatusLabel(status, m_session.status);
    // The wire word too, when it says something the label does not ("completed", "in_progress").
    m_ui->status->setText(m_session.status.isEmpty() || label.compare(m_session.status, Qt::CaseInsensitive) == 0
                              ? label
                              : u"%1 (%2)"_s.arg(label, m_session.status));
    m_ui->age->setText(result.ageBracket() ? tr("%1+").arg(*result.ageBracket()) : none);
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
    QStringList ids;
    if (!m_session.lastRequestId.isEmpty())
        ids.append(tr("%1 (the last poll)").arg(m_session.lastRequestId));
    for (auto it = m_timeline.crbegin(); it != m_timeline.crend() && ids.size() < 4; ++it) {
        if (!it->requestId.isEmpty() && it->requestId != m_session.lastRequestId)
            ids.append(tr("%1 (when it became %2)").arg(it->requestId, it->to));
    }
    m_ui->requestIds->setText(ids.isEmpty() ? none : ids.join(u'\n'));

    const QList<CheckResult> checks = result.checks();
    m_ui->checks->setRowCount(int(checks.size()));
    for (int i = 0; i < checks.size(); ++i) {
        const CheckResult &c = checks[i];
        auto *name = new QTableWidgetItem(c.name);
        auto *performed = new QTableWidgetItem(c.performed ? tr("yes") : tr("no"));
        auto *passed = new QTableWidgetItem(c.performed ? yesNo(c.passed) : none);
        if (c.performed && c.passed)
            passed->setIcon(QIcon(*c.passed ? u":/icons/status-ok.svg"_s : u":/icons/status-failed.svg"_s));
        QStringList details;
        for (auto it = c.details.begin(); it != c.details.end(); ++it) {
            const QString value = it.value().isNull()     ? none
                                  : it.value().isString() ? it.value().toString()
                                                          : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            details.append(u"%1: %2"_s.arg(it.key(), value));
        }
        auto *detail = new QTableWidgetItem(details.join(u", "_s));
        detail->setToolTip(details.join(u'\n'));
        m_ui->checks->setItem(i, 0, name);
        m_ui->checks->setItem(i, 1, performed);
        m_ui->checks->setItem(i, 2, passed);
        m_ui->checks->setItem(i, 3, detail);
    }
    m_ui->checks->resizeRowsToContents();
    m_ui->checksLabel->setText(checks.isEmpty() ? tr("Checks: none reported yet") : tr("Checks:"));

    if (m_session.resultJson != m_shownJson)
        fillJson(m_session.resultJson);
}

void InspectorPane::fillJson(const QByteArray &json)
{
    m_shownJson = json;
    m_ui->jsonTree->clear();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_ui->jsonText->setPlainText(doc.isNull() ? tr("(no result yet)") : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    if (doc.isObject()) {
        auto *root = new QTreeWidgetItem(m_ui->jsonTree, {u"data"_s, InspectorPane::scalarText(doc.object())});
        root->setData(1, ValueRole, QString::fromUtf8(json));
        addChildren(root, doc.object());
        m_ui->jsonTree->expandToDepth(1);
    }
    if (!m_ui->jsonSearch->text().isEmpty())
        findNext(true);
}

QString InspectorPane::jsonPath(const QTreeWidgetItem *item)
{
    QStringList parts;
    for (const QTreeWidgetItem *i = item; i && i->parent(); i = i->parent()) {
        const int index = i->data(0, IndexRole).toInt();
        if (index >= 0 && !i->data(0, KeyRole).isValid())
            parts.prepend(u"[%1]"_s.arg(index));
        else
            parts.prepend(u'.' + i->data(0, KeyRole).toString());
    }
    QString path = parts.join(QString());
    if (path.startsWith(u'.'))
        path.remove(0, 1);
    return path;
}

void InspectorPane::findNext(bool restart)
{
    const QString needle = m_ui->jsonSearch->text().trimmed();
    if (needle.isEmpty()) {
        m_ui->jsonSearch->setStyleSheet({});
        return;
    }
    QList<QTreeWidgetItem *> matches = m_ui->jsonTree->findItems(needle, Qt::MatchContains | Qt::MatchRecursive, 0);
    for (QTreeWidgetItem *i : m_ui->jsonTree->findItems(needle, Qt::MatchContains | Qt::MatchRecursive, 1)) {
        if (!matches.contains(i) && i->childCount() == 0)
            matches.append(i);
    }
    m_ui->jsonSearch->setStyleSheet(matches.isEmpty() ? u"background: #fde7e7;"_s : QString());
    if (matches.isEmpty())
        return;
    qsizetype next = 0;
    if (!restart) {
        const qsizetype at = matches.indexOf(m_ui->jsonTree->currentItem());
        next = at < 0 ? 0 : (at + 1) % matches.size();
    }
    QTreeWidgetItem *item = matches[next];
    for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
        p->setExpanded(true);
    m_ui->jsonTree->setCurrentItem(item);
    m_ui->jsonTree->scrollToItem(item);
}

void InspectorPane::fillTimeline()
{
    m_ui->timeline->setRowCount(int(m_timeline.size()));
    for (int i = 0; i < m_timeline.size(); ++i) {
        const StatusChange &c = m_timeline[i];
        m_ui->timeline->setItem(i, 0, new QTableWidgetItem(QLocale().toString(c.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s)));
        if (!c.event.isEmpty()) {
            // A webhook's entry: what it announced, next to the polls' entries.
            auto *from = new QTableWidgetItem(QIcon(u":/icons/webhook.svg"_s), tr("webhook"));
            from->setToolTip(tr("Received by the webhook inbox; the status it announced before polling confirmed it"));
            m_ui->timeline->setItem(i, 1, from);
            m_ui->timeline->setItem(i, 2, new QTableWidgetItem(tr("%1 (%2)").arg(c.to, c.event)));
            m_ui->timeline->setItem(i, 3, new QTableWidgetItem(c.requestId));
            continue;
        }
        m_ui->timeline->setItem(i, 1, new QTableWidgetItem(c.from.isEmpty() ? tr("(first seen)") : c.from));
        m_ui->timeline->setItem(i, 2, new QTableWidgetItem(c.to));
        m_ui->timeline->setItem(i, 3, new QTableWidgetItem(c.requestId));
    }
    m_ui->timeline->resizeColumnsToContents();
}

void InspectorPane::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_ui->expires->setText(tr("—"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    const QString when = QLocale().toString(m_expiresAt.toLocalTime(), QLocale::LongFormat);
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
    for (const StatusChange &c : m_timeline) {
        lines.append(tr("%1: %2 → %3 (request id %4)")
                         .arg(c.at.toUTC().toString(Qt::ISODate), c.from.isEmpty() ? tr("first seen") : c.from, c.to,
                              c.requestId.isEmpty() ? tr("none") : c.requestId));
    }
    return lines.join(u'\n');
}

QString InspectorPane::curlCommand() const
{
    if (m_token.isEmpty())
        return {};
    const auto profile = m_profiles->profile(m_session.profileId);
    const Config config = profile ? profile->config() : Config();
    const QString url = config.endpointUrl(u"/result/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_token)))
                            .toString(QUrl::FullyEncoded);
    const auto quote = [](const QString &s) -> QString { return u'\'' + QString(s).replace(u"'"_s, u"'\\''"_s) + u'\''; };
    QStringList parts{u"curl -sS"_s, u"-H \"X-API-Key: $XIDENT_SECRET_KEY\""_s,
                      u"-H "_s + quote(u"X-API-Version: "_s + config.apiVersion())};
    for (const auto &h : config.extraHeaders()) {
        const QString name = QString::fromUtf8(h.first);
        // Header values that look like credentials stay out, like the key.
        const bool sensitive = Profile::isSensitiveHeader(h.first);
        parts.append(u"-H "_s + quote(name + u": "_s + (sensitive ? u"<redacted>"_s : QString::fromUtf8(h.second))));
    }
    parts.append(quote(url));
    return parts.join(u' ');
}

} // namespace Xident::Console
