#include "console/core/profilestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
Profile sandboxProfile()
{
    Profile p;
    p.id = QString::fromLatin1(Profile::SandboxId);
    p.name = QCoreApplication::translate("Xident::Console::ProfileStore", "Local sandbox");
    p.kind = Profile::Kind::EmbeddedSandbox;
    p.pollIntervalSeconds = 2;
    return p;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_profiles.append(sandboxProfile());
    m_settings->beginGroup(u"profiles"_s);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        if (id == QLatin1StringView(Profile::SandboxId)) {
            // The sandbox profile keeps only its tunables.
            m_settings->beginGroup(id);
            m_profiles[0].apiVersion = m_settings->value(u"apiVersion"_s, m_profiles[0].apiVersion).toString();
            m_profiles[0].pollIntervalSeconds = m_settings->value(u"pollInterval"_s, m_profiles[0].pollIntervalSeconds).toInt();
            m_settings->endGroup();
            continue;
        }
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(u"name"_s).toString();
        p.baseUrl = m_settings->value(u"baseUrl"_s, p.baseUrl).toString();
        p.apiVersion = m_settings->value(u"apiVersion"_s, p.apiVersion).toString();
        p.timeoutSeconds = m_settings->value(u"timeout"_s, p.timeoutSeconds).toInt();
        p.maxRetries = m_settings->value(u"maxRetries"_s, p.maxRetries).toInt();
        p.pollIntervalSeconds = m_settings->value(u"pollInterval"_s, p.pollIntervalSeconds).toInt();
        p.extraHeaders = Profile::parseHeaders(m_settings->value(u"extraHeaders"_s).toString());
        m_settings->endGroup();
        if (!p.name.isEmpty())
            m_profiles.append(p);
    }
    m_settings->endGroup();
    m_currentId = m_settings->value(u"currentProfile"_s).toString();
    if (indexOf(m_currentId) < 0)
        m_currentId = QString::fromLatin1(Profile::SandboxId);
}

void ProfileStore::write(const Profile &p)
{
    if (m_temporary.contains(p.id))
        return;
    m_settings->beginGroup(u"profiles/"_s + p.id);
    if (!p.isSandbox()) {
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"baseUrl"_s, p.baseUrl);
        m_settings->setValue(u"timeout"_s, p.timeoutSeconds);
        m_settings->setValue(u"maxRetries"_s, p.maxRetries);
        m_settings->setValue(u"extraHeaders"_s, Profile::formatHeaders(Profile::withoutSensitiveValues(p.extraHeaders)));
    }
    m_settings->setValue(u"apiVersion"_s, p.apiVersion);
    m_settings->setValue(u"pollInterval"_s, p.pollIntervalSeconds);
    m_settings->endGroup();
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].id == id)
            return i;
    }
    return -1;
}

QString ProfileStore::idOf(const QString &wanted) const
{
    for (const Profile &p : m_profiles) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0 || p.id == wanted)
            return p.id;
    }
    return {};
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles[i];
}

Profile ProfileStore::current() const
{
    const qsizetype i = indexOf(m_currentId);
    return m_profiles[i < 0 ? 0 : i];
}

bool ProfileStore::setCurrent(const QString &id)
{
    if (indexOf(id) < 0)
        return false;
    if (id == m_currentId)
        return true;
    m_currentId = id;
    if (!m_temporary.contains(id))
        m_settings->setValue(u"currentProfile"_s, id);
    Q_EMIT currentChanged(current());
    return true;
}

void ProfileStore::save(const Profile &profile)
{
    const qsizetype i = indexOf(profile.id);
    if (i < 0)
        m_profiles.append(profile);
    else
        m_profiles[i] = profile;
    write(profile);
    Q_EMIT profilesChanged();
    if (profile.id == m_currentId)
        Q_EMIT currentChanged(current());
}

bool ProfileStore::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i <= 0 || m_profiles[i].isSandbox())
        return false;
    m_profiles.removeAt(i);
    m_temporary.removeAll(id);
    m_settings->remove(u"profiles/"_s + id);
    Q_EMIT profilesChanged();
    if (id == m_currentId) {
        m_currentId.clear();
        setCurrent(QString::fromLatin1(Profile::SandboxId));
    }
    return true;
}

void ProfileStore::setSecrets(const QString &id, const QString &apiKey, const QString &webhookSecret)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    if (m_profiles[i].apiKey == apiKey && m_profiles[i].webhookSecret == webhookSecret)
        return;
    m_profiles[i].apiKey = apiKey;
    m_profiles[i].webhookSecret = webhookSecret;
    Q_EMIT profilesChanged();
    if (id == m_currentId)
        Q_EMIT currentChanged(current());
}

void ProfileStore::setSensitiveHeaders(const QString &id, const Config::HeaderList &sensitive)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    const Config::HeaderList merged = Profile::mergedSensitive(m_profiles[i].extraHeaders, sensitive);
    if (merged == m_profiles[i].extraHeaders)
        return;
    m_profiles[i].extraHeaders = merged;
    Q_EMIT profilesChanged();
    if (id == m_currentId)
        Q_EMIT currentChanged(current());
}

void ProfileStore::addTemporary(const Profile &profile)
{
    m_temporary.append(profile.id);
    m_profiles.append(profile);
    Q_EMIT profilesChanged();
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        for (const Profile &p : m_profiles) {
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace Xident::Console
