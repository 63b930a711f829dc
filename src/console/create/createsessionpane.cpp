#include "console/create/createsessionpane.h"
#include "console/core/watchstatus.h"

#include "console/common/copyasmenu.h"

#include <XidentQt/client.h>
#include <XidentQt/config.h>
#include <XidentQt/job.h>
#include <XidentQt/sessionresult.h>
#include "console/common/verdictview.h"
#include "console/core/clientpool.h"
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/secretset.h"
#include "console/core/sessiontracker.h"
#include "console/common/qrcodewidget.h"
#include "console/create/magicoutcomes.h"
#include "text/errortext.h"

#include "ui_CreateSessionPane.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QKeyEvent>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QApplication>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

void setProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    label->setStyleSheet(statusTextStyle(WatchStatus::Failed));
}

// Why \a text is not an absolute http(s) URL; empty when it is.
QString urlProblem(const QString &text, bool required)
{
    if (text.trimmed().isEmpty())
        return required ? CreateSessionPane::tr("Required: the address the person's browser returns to.") : QString();
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || text.trimmed().contains(u' '))
        return CreateSessionPane::tr("Not a valid URL: write it whole, like https://shop.example/verified (no spaces).");
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return CreateSessionPane::tr("Use an absolute http:// or https:// URL.");
    if (url.host().isEmpty())
        return CreateSessionPane::tr("The URL has no host name.");
    return {};
}

void fillCombo(QComboBox *combo, const QStringList &values)
{
    combo->addItem(CreateSessionPane::tr("(not sent)"), QString());
    for (const QString &v : values)
        combo->addItem(v, v);
}

QString comboValue(const QComboBox *combo)
{
    if (combo->isEditable()) {
        const QString text = combo->currentText().trimmed();
        return text == CreateSessionPane::tr("(not sent)") ? QString() : text;
    }
    return combo->currentData().toString();
}

} // namespace

CreateSessionPane::CreateSessionPane(ProfileService *profiles, ClientPool *clients, SessionTracker *tracker, SandboxHost *sandbox, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CreateSessionPane>())
    , m_profiles(profiles)
    , m_clients(clients)
    , m_tracker(tracker)
    , m_sandbox(sandbox)
    , m_settings(settings)
    , m_ttlTimer(new QTimer(this))
    , m_outcome(new VerdictView(this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    m_userIdProblem = new QLabel(this);
    m_userIdProblem->setObjectName(u"userIdProblem"_s);
    m_userIdProblem->setTextFormat(Qt::PlainText);
    m_userIdProblem->setWordWrap(true);
    m_ui->form->insertRow(5, QString(), m_userIdProblem);
    setupChoices();
    for (QLabel *l : {m_ui->callbackProblem, m_ui->minAgeProblem, m_ui->redirectProblem, m_ui->metadataProblem, m_userIdProblem})
        setProblem(l, {});
    m_ui->errorBox->hide();
    m_ui->memoryNote->hide();
    m_ui->resultBox->setEnabled(false);
    m_ui->busy->hide();
    m_ui->cancelButton->setEnabled(false);
    m_ui->minAge->setEnabled(false);
    m_ui->phoneNotice->hide();
    m_ui->shareButton->hide();
    connect(m_ui->shareButton, &QPushButton::clicked, this, [this] {
        if (m_sandbox->isSharing())
            m_sandbox->stopSharing();
        else
            askToShare();
    });
    connect(m_sandbox, &SandboxHost::sharingChanged, this, &CreateSessionPane::updatePhoneState);
    m_outcome->setObjectName(u"outcome"_s);
    m_outcome->setScale(1.5);   // where the audience looks, once the phone is done; shown then
    m_outcome->hide();
    m_ui->resultColumn->insertWidget(m_ui->resultColumn->indexOf(m_ui->qr) + 1, m_outcome, 1, Qt::AlignVCenter);
    connect(m_tracker, &SessionTracker::sessionFinished, this, &CreateSessionPane::showOutcome);

    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateSessionPane::create);
    connect(m_ui->rememberPersonal, &QCheckBox::toggled, this, &CreateSessionPane::setRememberPersonal);
    watchForEnter();
    CopyAsMenu::attach(m_ui->copyAs, [this]() -> std::optional<ApiCall> { return initCall(params()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateSessionPane::cancel);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &CreateSessionPane::regenerate);
    connect(m_ui->minAgeEnabled, &QCheckBox::toggled, m_ui->minAge, &QWidget::setEnabled);
    connect(m_ui->copyToken, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_ui->token->text()); });
    connect(m_ui->copyUrl, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_ui->verifyUrl->text()); });
    connect(m_ui->openUrl, &QToolButton::clicked, this, &CreateSessionPane::openVerifyPage);
    connect(m_ui->showInWatchlist, &QPushButton::clicked, this, [this] { Q_EMIT showSessionRequested(m_token); });
    connect(m_ui->copyErrorButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->errorBox->property("details").toString());
    });
    // Inline checks as the person types: each field's problem stays next to it.
    for (QLineEdit *edit : {m_ui->callbackUrl, m_ui->successUrl, m_ui->failedUrl})
        connect(edit, &QLineEdit::editingFinished, this, &CreateSessionPane::validateForm);
    connect(m_ui->metadata, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->metadataProblem->isVisible())
            validateForm();
    });

    m_ttlTimer->setInterval(1000);
    connect(m_ttlTimer, &QTimer::timeout, this, &CreateSessionPane::updateTtl);
    m_countdown->setInterval(200);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        const qint64 left = std::max<qint64>(0, m_retryAt - QDateTime::currentMSecsSinceEpoch());
        m_ui->progressText->setText(tr("%1 Trying again in %2 s…").arg(m_retryReason).arg(left / 1000.0, 0, 'f', 1));
    });

    connect(m_profiles->store(), &ProfileStore::currentChanged, this, &CreateSessionPane::onProfileChanged);
    onProfileChanged();
}

CreateSessionPane::~CreateSessionPane()
{
    if (m_job)
        m_job->disconnect(this);
}

void CreateSessionPane::setupChoices()
{
    fillCombo(m_ui->theme, {u"light"_s, u"dark"_s, u"auto"_s, u"system"_s});
    fillCombo(m_ui->locale, {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"nl"_s, u"pl"_s});
    fillCombo(m_ui->liveness, {u"easy"_s, u"medium"_s, u"hard"_s});
    fillCombo(m_ui->mode, {u"auto"_s, u"document"_s, u"facial"_s});
    fillCombo(m_ui->purpose, {u"age_verification"_s, u"id_verification"_s});

    QMenu *magic = magicOutcomeMenu(this, [this](const QString &value) { m_ui->userId->setText(value); });
    m_ui->magicButton->setMenu(magic);
    // Room for the menu's arrow, which the tool button draws over its text otherwise.
    m_ui->magicButton->setMinimumWidth(m_ui->magicButton->sizeHint().width()
                                       + 2 * style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_ui->magicButton));
}

void CreateSessionPane::onProfileChanged()
{
    const Profile p = m_profiles->store()->current();
    // Fired for edits and arriving secrets too: only a switch to another profile reloads the form.
    if (p.id == m_shownProfile)
        return;
    m_shownProfile = p.id;
    m_ui->errorBox->hide();
    if (!m_job)
        m_ui->progressText->clear();
    showMagicChoice();
    // The checks are the new profile's: a problem shown for the old values is judged again (no stale
    // "Required: …" next to a field that is now filled), and none is raised for a form not yet touched.
    bool shown = false;
    for (QLabel *l : {m_ui->callbackProblem, m_ui->minAgeProblem, m_ui->redirectProblem, m_ui->metadataProblem, m_userIdProblem})
        shown = shown || !l->text().isEmpty();
    restore();
    if (shown)
        validateForm();
}

void CreateSessionPane::watchForEnter()
{
    // Enter in a field creates the session, as the default button promises; in the metadata box, which takes
    // line breaks, Ctrl+Enter does.
    const auto fields = m_ui->parametersBox->findChildren<QWidget *>();
    for (QWidget *w : fields) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QCheckBox *>(w))
            w->installEventFilter(this);
    }
}

void CreateSessionPane::openVerifyPage()
{
    // The desktop only says whether it started its opener, not whether a browser showed the page.
    if (QDesktopServices::openUrl(QUrl(m_ui->verifyUrl->text(), QUrl::StrictMode)))
        m_ui->progressText->setText(tr("Asked the desktop to open the page. If no browser shows it, use Copy "
                                       "beside Open and paste the address into one."));
    else
        m_ui->progressText->setText(tr("The desktop has no program to open web pages: use Copy beside Open and "
                                       "paste the address into a browser."));
}

bool CreateSessionPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool inText = qobject_cast<QPlainTextEdit *>(watched) != nullptr;
        if (enter && (mods == Qt::ControlModifier || (mods == Qt::NoModifier && !inText))) {
            if (!m_job)
                create();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CreateSessionPane::setServerIsSandbox(bool sandbox)
{
    m_serverIsSandbox = sandbox;
    showMagicChoice();
}

void CreateSessionPane::showMagicChoice()
{
    const bool sandbox = m_profiles->store()->current().isSandbox() || m_serverIsSandbox;
    m_ui->magicButton->setEnabled(sandbox);
    m_ui->magicButton->setToolTip(sandbox ? tr("Fill the user id with a value the sandbox completes by itself")
                                          : tr("Magic outcomes exist on sandboxes only (the local one, or a server "
                                               "that names itself xident-sandbox)"));
}

InitParams CreateSessionPane::params() const
{
    InitParams p;
    p.callbackUrl = m_ui->callbackUrl->text().trimmed();
    if (m_ui->minAgeEnabled->isChecked())
        p.minAge = m_ui->minAge->value();
    p.successUrl = m_ui->successUrl->text().trimmed();
    p.failedUrl = m_ui->failedUrl->text().trimmed();
    p.userId = m_ui->userId->text().trimmed();
    p.theme = comboValue(m_ui->theme);
    p.locale = comboValue(m_ui->locale);
    p.livenessDifficulty = comboValue(m_ui->liveness);
    p.verificationMode = comboValue(m_ui->mode);
    p.purpose = comboValue(m_ui->purpose);
    p.metadata = m_ui->metadata->toPlainText().trimmed();
    return p;
}

bool CreateSessionPane::validateForm()
{
    const InitParams p = params();
    setProblem(m_ui->callbackProblem, urlProblem(p.callbackUrl, true));
    QString redirect = urlProblem(p.successUrl, false);
    if (!redirect.isEmpty())
        redirect = tr("Success URL: %1").arg(redirect);
    else if (const QString failed = urlProblem(p.failedUrl, false); !failed.isEmpty())
        redirect = tr("Failed URL: %1").arg(failed);
    setProblem(m_ui->redirectProblem, redirect);
    QString age;
    if (p.minAge && *p.minAge == 0 && p.purpose != "id_verification"_L1)
        age = tr("0 is only allowed with the purpose id_verification; use 1 to 99.");
    setProblem(m_ui->minAgeProblem, age);
    QString metadata;
    if (p.metadata.size() > 4096) {
        metadata = tr("At most 4096 characters (this has %1).").arg(p.metadata.size());
    } else if (!p.metadata.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(p.metadata.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            metadata = tr("Not valid JSON at character %1 (%2); write an object such as {\"order\": \"A-1001\"}.")
                           .arg(error.offset + 1)
                           .arg(error.errorString());
    }
    setProblem(m_userIdProblem, p.userId.size() > 255 ? tr("At most 255 characters (this has %1).").arg(p.userId.size())
                                                       : QString());
    setProblem(m_ui->metadataProblem, metadata);
    const bool fieldsOk = m_ui->callbackProblem->text().isEmpty() && redirect.isEmpty() && age.isEmpty()
                          && metadata.isEmpty() && m_userIdProblem->text().isEmpty();
    if (fieldsOk) {
        // The library's own rules have the last word.
        if (const Error e = p.validate()) {
            setProblem(m_ui->callbackProblem, e.message());
            return false;
        }
    }
    return fieldsOk;
}

bool CreateSessionPane::confirmLive()
{
    const Profile profile = m_profiles->store()->current();
    if (!profile.isLive())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Create a live session?"),
                    tr("Profile \"%1\" uses a LIVE key. This creates a real verification session on %2, which may "
                       "be billed and is seen by your production systems.")
                        .arg(profile.name, profile.baseUrl),
                    QMessageBox::Cancel, this);
    QPushButton *go = box.addButton(tr("Create live session"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(u"liveConfirmation"_s);
    box.exec();
    return box.clickedButton() == go;
}

void CreateSessionPane::create()
{
    if (m_job)
        return;
    if (!validateForm()) {
        m_ui->progressText->setText(tr("Correct the fields marked in red."));
        return;
    }
    send(params());
}

void CreateSessionPane::regenerate()
{
    if (m_job || m_lastParams.callbackUrl.isEmpty())
        return;
    send(m_lastParams);
}

ApiCall CreateSessionPane::initCall(const InitParams &p) const
{
    const Profile profile = m_profiles->store()->current();
    // The client's config has the embedded sandbox's real address.
    Client *client = m_clients->currentClient();
    ApiCall call = ApiCall::forConfig(client ? client->config() : profile.config(), ApiCall::Operation::Init);
    call.init = p;
    if (profile.isSandbox()) {
        // The sandbox's own landing page, on the address the phone uses when the pages are shared.
        const QUrl callback(p.callbackUrl);
        if (Config::isLoopbackHost(callback.host()) && callback.path() == "/done"_L1)
            call.init.callbackUrl = m_sandbox->doneUrl();
    }
    return call;
}

void CreateSessionPane::send(const InitParams &p)
{
    m_ui->errorBox->hide();
    // Ask first: the confirmation runs its own event loop, after which the client is taken fresh.
    if (!confirmLive())
        return;
    Client *client = m_clients->currentClient();
    const Profile profile = m_profiles->store()->current();
    if (!client) {
        Error e(ErrorKind::Configuration, profile.isSandbox() && !m_sandbox->isRunning()
                                              ? m_sandbox->problem()
                                              : tr("Profile \"%1\" has no usable API key yet. %2")
                                                    .arg(profile.name, profile.config().validate().message()));
        showError(e);
        return;
    }
    const ApiCall call = initCall(p);
    // The previous session's code and link go: nobody scans an old code while a new one is being made.
    // That session stays in the watchlist.
    clearResult();
    m_lastParams = p;
    m_requestProfile = profile.id;
    remember(p);
    m_job = static_cast<InitJob *>(call.makeJob(client));
    connect(m_job, &Job::finished, this, &CreateSessionPane::onFinished);
    connect(m_job, &Job::retryScheduled, this, [this](int attempt, qint64 delayMs, const QString &reason) {
        m_retryAt = QDateTime::currentMSecsSinceEpoch() + delayMs;
        m_retryReason = tr("Attempt %1 failed: %2.").arg(attempt - 1).arg(reason);
        m_countdown->start();
    });
    connect(m_job, &Job::waitingForPause, this, [this](qint64 ms) {
        m_retryAt = QDateTime::currentMSecsSinceEpoch() + ms;
        m_retryReason = tr("The server asked to slow down.");
        m_countdown->start();
    });
    connect(m_job, &Job::attemptStarted, this, [this](int attempt) {
        m_countdown->stop();
        m_ui->progressText->setText(attempt == 1 ? tr("Creating the session…") : tr("Attempt %1…").arg(attempt));
    });
    setBusy(true, tr("Creating the session…"));
    m_job->start();
}

void CreateSessionPane::showOutcome(const QString &token, const QString &status)
{
    if (token != m_token)
        return;
    m_ttlTimer->stop();
    m_ui->ttl->setStyleSheet({});
    m_ui->ttl->setText(tr("no longer: the session has ended (%1)").arg(watchStatusLabel(watchStatusFromText(status), status)));
    const auto session = m_tracker->session(token);
    const QJsonObject raw = QJsonDocument::fromJson(session ? session->resultJson : QByteArray()).object();
    m_outcome->setVerdict(Verdict::of(watchStatusFromText(status), SessionResult::fromJson(raw)));
    m_outcome->show();
    m_ui->qr->hide();
    m_ui->phoneNotice->hide();
}

void CreateSessionPane::clearResult()
{
    m_ttlTimer->stop();
    m_token.clear();
    m_verifyUrl.clear();
    m_expiresAt = {};
    m_ui->token->clear();
    m_ui->verifyUrl->clear();
    m_ui->qr->setText({});
    m_ui->qr->show();
    m_outcome->hide();
    m_ui->ttl->clear();
    m_ui->ttl->setStyleSheet({});
    m_ui->phoneNotice->hide();
    m_ui->resultBox->setTitle(tr("Session"));
    m_ui->resultBox->setEnabled(false);
}

void CreateSessionPane::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CreateSessionPane::focusForm()
{
    m_ui->callbackUrl->setFocus(Qt::ShortcutFocusReason);
}

void CreateSessionPane::setBusy(bool busy, const QString &text)
{
    // Keep the keyboard where the person is: never let focus fall to the next widget (the profile combo).
    if (busy)
        m_ui->cancelButton->setEnabled(true);
    m_ui->busy->setVisible(busy);
    m_ui->createButton->setEnabled(!busy);
    m_ui->regenerateButton->setEnabled(!busy && !m_lastParams.callbackUrl.isEmpty());
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressText->setText(text);
    if (busy) {
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    } else {
        m_countdown->stop();
        if (m_ui->cancelButton->hasFocus() || !focusWidget() || !isAncestorOf(QApplication::focusWidget()))
            m_ui->createButton->setFocus(Qt::OtherFocusReason);
    }
}

void CreateSessionPane::onFinished(Job *job)
{
    m_job.clear();
    const Error error = job->error();
    setBusy(false);
    if (error) {
        if (error.kind() == ErrorKind::Canceled)
            m_ui->progressText->setText(tr("Canceled; no session was created."));
        else
            showError(error);
        return;
    }
    const InitResult result = static_cast<InitJob *>(job)->result();
    m_token = result.token;
    m_ui->token->setText(result.token);
    m_verifyUrl = result.verifyUrl;
    m_ui->resultBox->setEnabled(true);
    m_ui->resultBox->setTitle(tr("Session %1").arg(result.token));
    // The init token lives 10 minutes; a server that says otherwise is believed.
    m_expiresAt = QDateTime::fromString(result.raw.value("expires_at"_L1).toString(), Qt::ISODateWithMs);
    if (!m_expiresAt.isValid()) {
        const int ttl = result.raw.value("expires_in"_L1).toInt(600);
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(ttl > 0 ? ttl : 600);
    }
    m_ttlTimer->start();
    updateTtl();
    updatePhoneState();
    m_ui->progressText->setText(tr("Created; request id %1.").arg(result.requestId));
    m_tracker->track({result.token}, m_requestProfile, m_lastParams.userId);
    Q_EMIT sessionCreated(result.token);
}

void CreateSessionPane::updatePhoneState()
{
    if (m_verifyUrl.isEmpty())
        return;
    const auto profile = m_profiles->store()->profile(m_requestProfile);
    const bool fromSandbox = m_sandbox->isRunning() && profile && profile->isSandbox();
    // A sandbox session's page is on whichever address the sandbox serves it now: shared or not, same session.
    const QString shown = fromSandbox ? m_sandbox->widgetUrl(m_token) : m_verifyUrl;
    const bool shared = fromSandbox && m_sandbox->isSharing();
    m_ui->verifyUrl->setText(shown);
    m_ui->verifyUrl->setCursorPosition(0);
    m_ui->qr->setText(shown.toUtf8());
    const QString host = QUrl(shown).host();
    if (shared) {
        m_ui->phoneNotice->setText(tr("Shared on the network at %1: a phone on the same network can scan the code. "
                                      "Only the verification pages are served there.")
                                       .arg(m_sandbox->sharedUrl()));
        m_ui->phoneNotice->show();
        m_ui->shareButton->setText(tr("Stop sharing"));
        m_ui->shareButton->show();
    } else if (Config::isLoopbackHost(host)) {
        m_ui->phoneNotice->setText(tr("This address points at this computer (%1): a phone cannot open it.").arg(host));
        m_ui->phoneNotice->show();
        m_ui->shareButton->setText(tr("Reachable from m&y phone…"));
        m_ui->shareButton->setVisible(fromSandbox);
    } else {
        m_ui->phoneNotice->hide();
        m_ui->shareButton->hide();
    }
}

void CreateSessionPane::askToShare()
{
    const QList<QHostAddress> candidates = SandboxHost::shareCandidates();
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Reachable from my phone"),
                                 tr("This computer has no network address other than loopback, so a phone cannot "
                                    "reach it. Connect to the same Wi-Fi as the phone and try again."));
        return;
    }
    QStringList names;
    for (const QHostAddress &a : candidates)
        names.append(a.toString());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reachable from my phone"),
                                                 tr("Serve the verification pages on this address too:"), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Share the sandbox on the network?"),
        tr("Devices on the network at %1 will be able to open the sandbox's verification pages. The API, the admin "
           "API and the keys stay on this computer. Sharing lasts until you stop it or quit; it is never switched on "
           "by itself.")
            .arg(chosen));
    if (answer != QMessageBox::Yes)
        return;
    const QString error = m_sandbox->share(QHostAddress(chosen));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Reachable from my phone"), error);
}

void CreateSessionPane::showError(const Error &error)
{
    // A server may quote back what it refused, a key typed into a field included: never shown, never copied.
    const SecretSet &secrets = m_profiles->secretSet();
    m_ui->errorBox->show();
    m_ui->errorCaption->setText(secrets.redact(Text::errorCaption(error)));
    m_ui->errorMessage->setText(secrets.redact(error.message()));
    m_ui->errorCode->setText(error.code().isEmpty() ? tr("(none)") : error.code());
    m_ui->errorRequestId->setText(error.requestId().isEmpty() ? tr("(none)") : error.requestId());
    m_ui->errorBox->setProperty("details", secrets.redact(Text::errorDetails(error)));
    m_ui->progressText->clear();
}

void CreateSessionPane::updateTtl()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    if (left <= 0) {
        m_ui->ttl->setText(tr("expired: regenerate for a new token"));
        m_ui->ttl->setStyleSheet(statusTextStyle(WatchStatus::Failed));
        m_ttlTimer->stop();
        return;
    }
    m_ui->ttl->setStyleSheet({});
    m_ui->ttl->setText(tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

} // namespace Xident::Console
