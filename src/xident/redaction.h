#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace Xident {

//! What stands where a secret, or a value withheld for holding one, was taken out: the same four dots everywhere
//! (logs, exports, copied commands, the console's lists). What was taken out is recorded apart from it (a replay
//! knows which headers were withheld from a flag, not from their shown value).
inline constexpr QStringView RedactionMarker = u"\u2022\u2022\u2022\u2022";

//! Shows a secret as its prefix and last four characters only: "sk_test_…a1b2", "whsec_…9f0e".
XIDENTQT_EXPORT QString redactSecret(const QString &secret);

//! Header names whose values are secrets (X-API-Key, Authorization, Cookie, ...).
XIDENTQT_EXPORT bool isSecretHeader(const QByteArrayView name);

//! The one path by which anything a server said, or anything sent, is made safe to show.
//! It removes the secret wherever it appears, and any fragment of 12 or more characters of its
//! secret part (the sk_test_/sk_live_/whsec_ prefix is public) that is not a run of one repeated
//! character; it always redacts the whole text first and cuts to a limit afterwards, so a secret
//! straddling the cut cannot leave a prefix behind.
class XIDENTQT_EXPORT Redactor
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    static constexpr qsizetype MinFragment = 12;

    explicit Redactor(const QString &secret = {});

    QString secret() const { return QString::fromUtf8(m_secret); }

    //! \a text with the secret and its fragments replaced, then cut to at most \a limit bytes
    //! (never inside a UTF-8 sequence); a negative limit keeps everything.
    QByteArray apply(QByteArrayView text, qsizetype limit = -1) const;
    QString applyText(const QString &text) const;
    //! Every header value redacted; the values of secret headers (isSecretHeader) masked whole.
    HeaderList applyHeaders(const HeaderList &headers) const;

    //! Whether \a text holds the secret or a fragment of it.
    bool leaks(QByteArrayView text) const;

private:
    qsizetype matchAt(const char *text, qsizetype available, qsizetype pos, quint64 windowHash, bool *whole) const;

    QByteArray m_secret;
    qsizetype m_prefix = 0;
    QByteArray m_wholeReplacement;
    // Rolling hashes of every MinFragment-long window of the secret part, to the window's positions.
    QHash<quint64, QList<qsizetype>> m_windows;
};

//! Replaces every occurrence of \a secret (and its fragments) in \a text; shorthand for Redactor(secret).apply(text).
XIDENTQT_EXPORT QByteArray redactIn(const QByteArray &text, const QString &secret);

//! A copy of \a headers with secret values masked (without a key to look for in the other values).
XIDENTQT_EXPORT QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace Xident
