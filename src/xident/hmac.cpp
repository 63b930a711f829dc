#include "hmac.h"

#if defined(XIDENT_HMAC_QCA)
#  include <QtCrypto>
#else
#  include <openssl/evp.h>
#  include <openssl/hmac.h>
#endif

namespace Xident {

#if defined(XIDENT_HMAC_QCA)

namespace {
// QCA needs one Initializer alive while it is used; keep it for the life of the process.
QCA::Initializer &qcaInit()
{
    static QCA::Initializer init;
    return init;
}
} // namespace

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    qcaInit();
    static const bool supported = QCA::isSupported("hmac(sha256)");
    if (!supported)
        qFatal("QCA has no provider for hmac(sha256): install the qca-ossl plugin");
    QCA::MessageAuthenticationCode mac(QStringLiteral("hmac(sha256)"),
                                       QCA::SymmetricKey(QCA::SecureArray(key.toByteArray())));
    mac.update(QCA::MemoryRegion(message.toByteArray()));
    return mac.final().toByteArray();
}

const char *hmacBackend()
{
    return "qca";
}

#else

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const unsigned char *result = HMAC(EVP_sha256(), key.data(), int(key.size()),
                                       reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
                                       reinterpret_cast<unsigned char *>(out.data()), &length);
    if (!result)
        return {};
    out.truncate(int(length));
    return out;
}

const char *hmacBackend()
{
    return "openssl";
}

#endif

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    // volatile keeps the compiler from turning the loop into an early exit.
    volatile unsigned char result = diff;
    return result == 0;
}

} // namespace Xident
