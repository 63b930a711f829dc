// The form's memory: the last parameters per profile, without secrets.
#include "console/create/createsessionpane.h"

#include "console/core/profileservice.h"
#include "console/core/profilestore.h"
#include "console/core/sandboxhost.h"
#include "console/core/secretset.h"

#include "ui_CreateSessionPane.h"

#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

void setComboValue(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(value);
}

} // namespace

void CreateSessionPane::remember(const InitParams &p)
{
    // The settings file holds no secret: a field that holds a key or a secret (any profile's, or anything shaped
    // like one) is not remembered, and the form says which.
    const SecretSet &secrets = m_profiles->secretSet();
    QStringList withheld;
    QSettings *s = m_settings;
    s->beginGroup(u"createForm/"_s + m_profiles->store()->currentId());
    const auto keep = [&](const QString &key, const QString &value, const QString &field) {
        if (secrets.holdsSecret(value)) {
            s->remove(key);
            withheld.append(field);
        } else {
            s->setValue(key, value);
        }
    };
    keep(u"callbackUrl"_s, p.callbackUrl, tr("callback URL"));
    s->setValue(u"minAge"_s, p.minAge ? *p.minAge : -1);
    keep(u"successUrl"_s, p.successUrl, tr("success URL"));
    keep(u"failedUrl"_s, p.failedUrl, tr("failed URL"));
    // A user id is personal data, and metadata often holds some: kept only when asked for.
    const bool personal = m_ui->rememberPersonal->isChecked();
    if (personal)
        keep(u"userId"_s, p.userId, tr("user id"));
    else
        s->remove(u"userId"_s);
    keep(u"theme"_s, p.theme, tr("theme"));
    keep(u"locale"_s, p.locale, tr("locale"));
    keep(u"liveness"_s, p.livenessDifficulty, tr("liveness difficulty"));
    keep(u"mode"_s, p.verificationMode, tr("verification mode"));
    keep(u"purpose"_s, p.purpose, tr("purpose"));
    if (personal)
        keep(u"metadata"_s, p.metadata, tr("metadata"));
    else
        s->remove(u"metadata"_s);
    s->endGroup();
    m_ui->memoryNote->setVisible(!withheld.isEmpty());
    m_ui->memoryNote->setText(
        tr("Not remembered for next time, as %n field(s) hold a key or a secret: %1.", nullptr, int(withheld.size()))
            .arg(QLocale().createSeparatedList(withheld)));
}

void CreateSessionPane::restore()
{
    QSettings *s = m_settings;
    const Profile profile = m_profiles->store()->current();
    s->beginGroup(u"createForm/"_s + profile.id);
    const QString fallbackCallback = profile.isSandbox() ? m_sandbox->doneUrl() : QString();
    QString callback = s->value(u"callbackUrl"_s, fallbackCallback).toString();
    // The sandbox's port may differ from run to run: its landing page follows it.
    if (profile.isSandbox() && Config::isLoopbackHost(QUrl(callback).host()) && QUrl(callback).path() == "/done"_L1)
        callback = fallbackCallback;
    m_ui->callbackUrl->setText(callback);
    const int age = s->value(u"minAge"_s, 18).toInt();
    m_ui->minAgeEnabled->setChecked(age >= 0);
    m_ui->minAge->setValue(age >= 0 ? age : 18);
    m_ui->successUrl->setText(s->value(u"successUrl"_s).toString());
    m_ui->failedUrl->setText(s->value(u"failedUrl"_s).toString());
    const bool personal = s->value(u"rememberPersonal"_s, false).toBool();
    if (!personal) {
        // What an earlier version kept without asking goes.
        s->remove(u"userId"_s);
        s->remove(u"metadata"_s);
    }
    {
        const QSignalBlocker quiet(m_ui->rememberPersonal);
        m_ui->rememberPersonal->setChecked(personal);
    }
    m_ui->userId->setText(s->value(u"userId"_s).toString());
    setComboValue(m_ui->theme, s->value(u"theme"_s).toString());
    setComboValue(m_ui->locale, s->value(u"locale"_s).toString());
    setComboValue(m_ui->liveness, s->value(u"liveness"_s).toString());
    setComboValue(m_ui->mode, s->value(u"mode"_s).toString());
    setComboValue(m_ui->purpose, s->value(u"purpose"_s).toString());
    m_ui->metadata->setPlainText(s->value(u"metadata"_s).toString());
    s->endGroup();
}

void CreateSessionPane::setRememberPersonal(bool remember)
{
    QSettings *s = m_settings;
    s->beginGroup(u"createForm/"_s + m_profiles->store()->currentId());
    s->setValue(u"rememberPersonal"_s, remember);
    if (!remember) {
        s->remove(u"userId"_s);
        s->remove(u"metadata"_s);
    }
    s->endGroup();
}

} // namespace Xident::Console
