#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

#include <initializer_list>

namespace Xident {

//! The size of an HMAC-SHA256 value in bytes.
inline constexpr qsizetype HmacSha256Size = 32;

//! HMAC-SHA256 (raw 32 bytes; empty when the backend cannot compute it) through the backend chosen at build time: QCA when found, OpenSSL libcrypto otherwise.
XIDENTQT_EXPORT QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

//! HMAC-SHA256 over the concatenation of \a parts, without building the concatenation.
XIDENTQT_EXPORT QByteArray hmacSha256(QByteArrayView key, std::initializer_list<QByteArrayView> parts);

//! "qca" or "openssl".
XIDENTQT_EXPORT const char *hmacBackend();

//! Whether the backend can compute HMAC-SHA256 right now (a QCA without its provider plugin cannot).
//! With QCA, call it once on the main thread before HMACs are computed on other threads: QCA loads its
//! providers on first use and expects that to happen on the application's thread.
XIDENTQT_EXPORT bool hmacAvailable();

//! Compares two byte strings in time that depends only on their lengths.
XIDENTQT_EXPORT bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Xident
