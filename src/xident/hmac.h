#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

#include <initializer_list>

namespace Xident {

//! HMAC-SHA256 (raw 32 bytes) through the backend chosen at build time: QCA when found, OpenSSL libcrypto otherwise.
XIDENTQT_EXPORT QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

//! HMAC-SHA256 over the concatenation of \a parts, without building the concatenation.
XIDENTQT_EXPORT QByteArray hmacSha256(QByteArrayView key, std::initializer_list<QByteArrayView> parts);

//! "qca" or "openssl".
XIDENTQT_EXPORT const char *hmacBackend();

//! Compares two byte strings in time that depends only on their lengths.
XIDENTQT_EXPORT bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Xident
