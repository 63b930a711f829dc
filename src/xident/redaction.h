#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace Xident {

//! Shows a secret as its prefix and last four characters only: "sk_test_…a1b2", "whsec_…9f0e".
XIDENTQT_EXPORT QString redactSecret(const QString &secret);

//! Replaces every occurrence of \a secret in \a text by its redacted form.
XIDENTQT_EXPORT QByteArray redactIn(const QByteArray &text, const QString &secret);

//! Header names whose values are secrets (X-API-Key, Authorization, Cookie, ...).
XIDENTQT_EXPORT bool isSecretHeader(const QByteArray &name);

//! A copy of \a headers with secret values redacted.
XIDENTQT_EXPORT QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace Xident
