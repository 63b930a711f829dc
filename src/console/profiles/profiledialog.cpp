#include "console/profiles/profiledialog.h"
#include "console/core/watchstatus.h"

#include <XidentQt/redaction.h>
#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/secretstore.h"

#include "ui_ProfileDialog.h"

#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(statusTextStyle(WatchStatus::Failed));
}
} // namespace

ProfileDialog::ProfileDialog(ProfileService *profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    connectFields();
    connectButtons();
    connect(m_profiles->keychain(), &SecretStore::stateChanged, this, &ProfileDialog::updateKeychainNotice);
    // Secrets arrive from the keychain after the dialog may have opened: show them unless the person is editing.
    connect(m_profiles->store(), &ProfileStore::profilesChanged, this, [this] {
        const auto p = m_profiles->store()->profile(m_editing.id);
        if (m_dirty || m_loading || !p || p->isSandbox())
            return;
        if (p->apiKey == m_editing.apiKey && p->webhookSecret == m_editing.webhookSecret)
            return;
        m_loading = true;
        m_editing.apiKey = p->apiKey;
        m_editing.webhookSecret = p->webhookSecret;
        m_ui->apiKey->setText(p->apiKey);
        m_ui->webhookSecret->setText(p->webhookSecret);
        m_loading = false;
    });
    updateKeychainNotice();
    reloadList();
    selectProfile(m_profiles->store()->currentId());
}

void ProfileDialog::connectFields()
{
    connect(m_ui->revealKey, &QToolButton::toggled, this, [this](bool on) {
        m_ui->apiKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealKey->setText(on ? tr("Hide") : tr("Reveal"));
    });
    connect(m_ui->revealSecret, &QToolButton::toggled, this, [this](bool on) {
        m_ui->webhookSecret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealSecret->setText(on ? tr("Hide") : tr("Reveal"));
    });
    // Credential-like header values are masked like the key; the mask stands for the kept value until edited.
    connect(m_ui->revealHeaders, &QToolButton::toggled, this, [this](bool on) {
        const Config::HeaderList current = formHeaders();
        const bool wasLoading = m_loading;
        m_loading = true;
        m_headersRevealed = on;
        m_ui->headers->setPlainText(Profile::formatHeaders(on ? current : masked(current)));
        m_loading = wasLoading;
        m_ui->revealHeaders->setText(on ? tr("Hide") : tr("Reveal"));
    });
    const auto markDirty = [this] {
        if (!m_loading)
            m_dirty = true;
    };
    for (QLineEdit *e : {m_ui->name, m_ui->baseUrl, m_ui->apiKey, m_ui->apiVersion, m_ui->webhookSecret})
        connect(e, &QLineEdit::textEdited, this, markDirty);
    for (QSpinBox *s : {m_ui->timeout, m_ui->retries, m_ui->pollInterval})
        connect(s, &QSpinBox::valueChanged, this, markDirty);
    connect(m_ui->headers, &QPlainTextEdit::textChanged, this, markDirty);
    // The key is checked as it is typed: a pk_ key or a malformed one is refused next to the field.
    connect(m_ui->apiKey, &QLineEdit::textEdited, this, [this] { showProblems(formProfile().problems()); });
    connect(m_ui->baseUrl, &QLineEdit::editingFinished, this, [this] { showProblems(formProfile().problems()); });
}

void ProfileDialog::connectButtons()
{
    connect(m_ui->list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        const QString id = m_ui->list->item(row)->data(Qt::UserRole).toString();
        if (id == m_editing.id)
            return;
        if (!confirmLeave()) {
            selectProfile(m_editing.id);
            return;
        }
        if (const auto p = m_profiles->store()->profile(id))
            loadForm(*p);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        if (!confirmLeave())
            return;
        Profile p;
        p.id = Profile::newId();
        p.name = m_profiles->store()->uniqueName(tr("New profile"));
        p.baseUrl = QString();
        loadForm(p);
        m_dirty = true;
        clearListSelection();
        m_ui->name->setFocus();
        m_ui->name->selectAll();
    });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, [this] {
        if (!confirmLeave())
            return;
        Profile p = formProfile();
        p.id = Profile::newId();
        if (p.isSandbox()) {
            p.kind = Profile::Kind::Server;
            p.apiKey.clear();
            p.webhookSecret.clear();
        }
        p.name = m_profiles->store()->uniqueName(tr("%1 (copy)").arg(m_editing.name));
        loadForm(p);
        m_dirty = true;
        clearListSelection();
        m_ui->name->setFocus();
        m_ui->name->selectAll();
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (m_editing.isSandbox())
            return;
        if (QMessageBox::question(this, tr("Delete profile"),
                                  tr("Delete profile \"%1\" and its key and secret from the keychain? Its sessions stay "
                                     "in the watchlist.")
                                      .arg(m_editing.name))
            != QMessageBox::Yes)
            return;
        m_profiles->remove(m_editing.id);
        m_dirty = false;
        reloadList();
        selectProfile(m_profiles->store()->currentId());
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->useButton, &QPushButton::clicked, this, [this] {
        // Unsaved edits are never used silently: save them or leave them, the person says which.
        if (!confirmLeave())
            return;
        if (!m_profiles->store()->profile(m_editing.id))
            return;
        m_profiles->store()->setCurrent(m_editing.id);
        accept();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            reject();
    });
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::updateKeychainNotice()
{
    SecretStore *secrets = m_profiles->keychain();
    const bool unavailable = secrets->state() == SecretStore::State::Unavailable;
    m_ui->keychainNotice->setVisible(unavailable);
    if (unavailable) {
        m_ui->keychainNotice->setText(secrets->unavailableReason());
        m_ui->keychainNotice->setStyleSheet(u"background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 4px;"_s);
    }
}

void ProfileDialog::clearListSelection()
{
    m_loading = true;
    m_ui->list->setCurrentRow(-1);
    m_ui->list->clearSelection();
    m_loading = false;
}

void ProfileDialog::reloadList()
{
    m_loading = true;
    m_ui->list->clear();
    const QString current = m_profiles->store()->currentId();
    for (const Profile &p : m_profiles->store()->profiles()) {
        QString label = p.name;
        if (p.id == current)
            label += tr(" (in use)");
        if (p.isLive())
            label += tr(" — LIVE");
        auto *item = new QListWidgetItem(QIcon(p.isSandbox() ? u":/icons/sandbox.svg"_s : u":/icons/profile.svg"_s), label,
                                         m_ui->list);
        item->setData(Qt::UserRole, p.id);
    }
    m_loading = false;
}

void ProfileDialog::selectProfile(const QString &id)
{
    m_loading = true;
    for (int i = 0; i < m_ui->list->count(); ++i) {
        if (m_ui->list->item(i)->data(Qt::UserRole).toString() == id)
            m_ui->list->setCurrentRow(i);
    }
    m_loading = false;
    if (const auto p = m_profiles->store()->profile(id))
        loadForm(*p);
}

void ProfileDialog::loadForm(const Profile &p)
{
    m_loading = true;
    m_editing = p;
    m_ui->name->setText(p.name);
    m_ui->baseUrl->setText(p.baseUrl);
    m_ui->apiVersion->setText(p.apiVersion);
    m_ui->timeout->setValue(p.timeoutSeconds);
    m_ui->retries->setValue(p.maxRetries);
    m_ui->pollInterval->setValue(p.pollIntervalSeconds);
    m_ui->revealKey->setChecked(false);
    m_ui->revealSecret->setChecked(false);
    m_ui->revealHeaders->setChecked(false);
    m_headersRevealed = false;
    m_ui->headers->setPlainText(Profile::formatHeaders(masked(p.extraHeaders)));
    m_ui->apiKey->setText(p.apiKey);
    m_ui->webhookSecret->setText(p.webhookSecret);
    const bool sandbox = p.isSandbox();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->name), static_cast<QWidget *>(m_ui->baseUrl),
                       static_cast<QWidget *>(m_ui->apiKey), static_cast<QWidget *>(m_ui->webhookSecret),
                       static_cast<QWidget *>(m_ui->timeout), static_cast<QWidget *>(m_ui->retries),
                       static_cast<QWidget *>(m_ui->headers), static_cast<QWidget *>(m_ui->revealHeaders)})
        w->setEnabled(!sandbox);
    m_ui->deleteButton->setEnabled(!sandbox);
    m_ui->sandboxNote->setVisible(sandbox);
    m_ui->sandboxNote->setText(tr("The local sandbox runs inside the console. Its test key and its webhook secret are "
                                  "made anew at each start and work only there; its address is port 9000, or a free "
                                  "one when 9000 is taken."));
    showProblems({});
    m_dirty = false;
    m_loading = false;
}

QString ProfileDialog::mask()
{
    return RedactionMarker.toString();
}

Config::HeaderList ProfileDialog::masked(Config::HeaderList headers)
{
    for (auto &h : headers) {
        if (Profile::isSensitiveHeader(h.first) && !h.second.isEmpty())
            h.second = mask().toUtf8();
    }
    return headers;
}

Config::HeaderList ProfileDialog::formHeaders() const
{
    Config::HeaderList headers = Profile::parseHeaders(m_ui->headers->toPlainText());
    if (m_headersRevealed)
        return headers;
    // A value still masked is the one kept for that header (the first unused of that name).
    Config::HeaderList kept = m_editing.extraHeaders;
    for (auto &h : headers) {
        if (h.second != mask().toUtf8())
            continue;
        for (auto it = kept.begin(); it != kept.end(); ++it) {
            if (it->first.compare(h.first, Qt::CaseInsensitive) == 0) {
                h.second = it->second;
                kept.erase(it);
                break;
            }
        }
    }
    return headers;
}

Profile ProfileDialog::formProfile() const
{
    Profile p = m_editing;
    p.name = m_ui->name->text().trimmed();
    if (!p.isSandbox()) {
        p.baseUrl = m_ui->baseUrl->text().trimmed();
        p.apiKey = m_ui->apiKey->text().trimmed();
        p.webhookSecret = m_ui->webhookSecret->text().trimmed();
        p.timeoutSeconds = m_ui->timeout->value();
        p.maxRetries = m_ui->retries->value();
        p.extraHeaders = formHeaders();
    }
    p.apiVersion = m_ui->apiVersion->text().trimmed();
    p.pollIntervalSeconds = m_ui->pollInterval->value();
    return p;
}

void ProfileDialog::showProblems(const QList<Profile::Problem> &problems)
{
    QHash<Profile::Field, QString> by;
    for (const auto &p : problems) {
        if (!by.contains(p.field))
            by.insert(p.field, p.message);
    }
    QStringList headerProblems;
    Profile::parseHeaders(m_ui->headers->toPlainText(), &headerProblems);
    setProblem(m_ui->nameProblem, by.value(Profile::Field::Name));
    setProblem(m_ui->baseUrlProblem, by.value(Profile::Field::BaseUrl));
    setProblem(m_ui->apiKeyProblem, by.value(Profile::Field::ApiKey));
    setProblem(m_ui->headersProblem, headerProblems.isEmpty() ? by.value(Profile::Field::ExtraHeaders) : headerProblems.join(u' '));
    setProblem(m_ui->secretProblem, by.value(Profile::Field::WebhookSecret));
    // A live key is always visibly marked, even in the form.
    if (by.value(Profile::Field::ApiKey).isEmpty() && Config::isLiveKey(m_ui->apiKey->text().trimmed())) {
        m_ui->apiKeyProblem->setText(tr("LIVE key: sessions created with it are real."));
        m_ui->apiKeyProblem->setStyleSheet(u"color: #ffffff; background: #c5221f; padding: 2px 6px; font-weight: 600;"_s);
        m_ui->apiKeyProblem->show();
    }
}

bool ProfileDialog::save()
{
    const Profile p = formProfile();
    QList<Profile::Problem> problems = p.problems();
    QStringList headerProblems;
    Profile::parseHeaders(m_ui->headers->toPlainText(), &headerProblems);
    for (const QString &h : headerProblems)
        problems.append({Profile::Field::ExtraHeaders, h});
    for (const Profile &other : m_profiles->store()->profiles()) {
        if (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            problems.append({Profile::Field::Name, tr("Another profile is already called \"%1\".").arg(p.name)});
    }
    showProblems(problems);
    if (!problems.isEmpty())
        return false;
    m_profiles->save(p);
    m_editing = *m_profiles->store()->profile(p.id);
    m_dirty = false;
    reloadList();
    selectProfile(p.id);
    return true;
}

bool ProfileDialog::confirmLeave()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to \"%1\"?").arg(formProfile().name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_dirty = false;
        return true;
    }
    return false;
}

} // namespace Xident::Console
