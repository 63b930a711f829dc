#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QString>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Xident::Console {

class ProfileStore;

//! Where the validator's webhook secret comes from: a profile's (chosen in a list of the profiles that have one)
//! or one typed. Drives the list, the masked field and its reveal button; a profile's secret is read when it is
//! used, so an edited profile is followed, and a typed secret is kept while a profile is chosen.
class SecretChooser : public QObject
{
    Q_OBJECT
public:
    SecretChooser(ProfileStore *profiles, QComboBox *source, QLineEdit *field, QToolButton *reveal, QObject *parent);

    //! The secret to judge with now.
    QByteArray secret() const;
    //! Chooses the typed secret \a value.
    void setTyped(const QString &value);
    //! Chooses the secret of profile \a profileId (the current profile's when empty).
    void useProfile(const QString &profileId);

Q_SIGNALS:
    //! The secret in use may have changed.
    void changed();

private:
    //! Profiles with a webhook secret, then "typed"; the preferred one stays chosen across refills.
    void fill();
    void onSourceChanged();
    void onTyped(const QString &text);
    void chooseTyped();

    ProfileStore *m_profiles;
    QComboBox *m_source;
    QLineEdit *m_field;
    QToolButton *m_reveal;
    QString m_typed;
    QString m_preferred;   // the profile chosen; "-" for the typed secret; empty: follow the current profile
    bool m_filling = false;
};

} // namespace Xident::Console
