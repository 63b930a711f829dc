#pragma once

#include <XidentQt/redaction.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Console {

//! Every secret the console knows (each profile's API key, webhook secret and credential header values), and
//! the shapes of keys and secrets it does not know (sk_live_…, whsec_…): the one place that says whether a
//! text holds a secret and that hides it, also where it is escaped: percent-encoded (sk%5Ftest%5F…), as HTML
//! entities (&#95;, &lowbar;) or as JSON and C escapes (\u005f, \x5f).
class SecretSet
{
public:
    //! What stands where a secret was taken out.
    static constexpr QStringView Marker = RedactionMarker;

    void setSecrets(const QStringList &secrets);

    //! Whether \a text, as it is or unescaped, holds a known secret, a fragment of one, or anything shaped
    //! like a key or a webhook secret.
    bool holdsSecret(const QString &text) const;
    //! \a text with all of those replaced by the marker (a shape keeps its public prefix). Where only the
    //! unescaped text shows a secret, the unescaped text is what is returned.
    QString redact(const QString &text) const;

    //! Whether \a text (as it is or unescaped) holds something shaped like a key or a webhook secret.
    static bool holdsSecretShape(const QString &text);
    //! \a text with every key- or secret-shaped run masked after its prefix, decoded where that revealed one.
    static QString redactShapes(const QString &text);

private:
    bool holdsKnown(const QString &text) const;
    QString redactKnown(const QString &text) const;

    QList<Redactor> m_redactors;
};

} // namespace Xident::Console
