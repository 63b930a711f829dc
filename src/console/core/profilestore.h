#pragma once

#include "console/core/profile.h"

#include <QtCore/QList>
#include <QtCore/QObject>

class QSettings;

namespace Xident::Console {

//! The connection profiles and which one is active. Everything but the secrets lives in QSettings;
//! the secrets stay in memory and are loaded from (and saved to) the keychain by the caller.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    //! \a settings is read and written under the "profiles" group; it is not owned.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QString &id) const;
    //! The profile called \a wanted (by name, any case, or by id); empty when none is.
    QString idOf(const QString &wanted) const;
    //! The active profile; the built-in "Local sandbox" one on a first run.
    Profile current() const;
    QString currentId() const { return m_currentId; }
    bool setCurrent(const QString &id);

    //! Adds or replaces (by id) a profile; its non-secret fields are saved at once.
    void save(const Profile &profile);
    //! Removes a profile; the built-in sandbox profile cannot be removed.
    bool remove(const QString &id);
    //! Sets the in-memory secrets of a profile (after a keychain read); nothing is written.
    void setSecrets(const QString &id, const QString &apiKey, const QString &webhookSecret);
    //! Fills in the values of credential-like extra headers (from the keychain); nothing is written.
    void setSensitiveHeaders(const QString &id, const Config::HeaderList &sensitive);
    //! A temporary profile (from --base-url) that is never saved.
    void addTemporary(const Profile &profile);
    bool isTemporary(const QString &id) const { return m_temporary.contains(id); }
    //! A name not used by any profile, based on \a base ("Staging (2)").
    QString uniqueName(const QString &base) const;

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const Xident::Console::Profile &profile);

private:
    void load();
    void write(const Profile &profile);
    qsizetype indexOf(const QString &id) const;

    QSettings *m_settings;
    QList<Profile> m_profiles;
    QStringList m_temporary;
    QString m_currentId;
};

} // namespace Xident::Console
