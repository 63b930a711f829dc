#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

namespace Xident {

//! HMAC-SHA256 (raw 32 bytes) through the backend chosen at build time: QCA when found, OpenSSL libcrypto otherwise.
XIDENTQT_EXPORT QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

//! "qca" or "openssl".
XIDENTQT_EXPORT const char *hmacBackend();

//! Compares two byte strings in time that depends only on their lengths.
XIDENTQT_EXPORT bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Xident
