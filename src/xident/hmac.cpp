#include "hmac.h"

#include <algorithm>

#if defined(XIDENT_HMAC_QCA)
#  include <QtCore/QCoreApplication>
#  include <QtCore/QMutex>
#  include <QtCrypto>

#  include <memory>
#else
#  include <openssl/core_names.h>
#  include <openssl/crypto.h>
#  include <openssl/evp.h>
#  include <openssl/params.h>
#endif

namespace Xident {

#if defined(XIDENT_HMAC_QCA)

namespace {

// QCA needs one Initializer alive while it is used, and tears its secure memory down when the
// application object goes. Creating a MAC looks the provider up every time, so one keyed MAC is kept
// and re-keyed only when the secret changes; it is released before QCA goes away.
struct QcaState
{
    QCA::Initializer init;
    bool supported = QCA::isSupported("hmac(sha256)");
    QMutex mutex;
    std::unique_ptr<QCA::MessageAuthenticationCode> mac;
    QByteArray macKey;
};

QcaState *qcaState()
{
    static std::unique_ptr<QcaState> state = [] {
        auto s = std::make_unique<QcaState>();
        if (!s->supported)
            qWarning("QCA has no provider for hmac(sha256): install the qca-ossl plugin");
        // Post routines run last-added first, so this runs before QCA's own clean-up.
        qAddPostRoutine([] {
            if (QcaState *st = qcaState()) {
                QMutexLocker lock(&st->mutex);
                st->mac.reset();
            }
        });
        return s;
    }();
    return state.get();
}

} // namespace

QByteArray hmacSha256(QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    QcaState *st = qcaState();
    if (!st->supported)
        return {};
    QMutexLocker lock(&st->mutex);
    if (!st->mac || st->macKey != key) {
        // HMAC pads the key with zeros, so an empty key is the same as a single zero byte (which QCA accepts).
        const QByteArray k = key.isEmpty() ? QByteArray(1, '\0') : key.toByteArray();
        st->mac = std::make_unique<QCA::MessageAuthenticationCode>(QStringLiteral("hmac(sha256)"), QCA::SymmetricKey(k));
        st->macKey = key.toByteArray();
    } else {
        st->mac->clear();
    }
    // QCA copies what it is given into memory of its own: a large body goes in 64 KiB pieces, so that the copy is
    // one small block used again and again, not a fresh copy of megabytes (whose pages alone cost more than the MAC).
    constexpr qsizetype Piece = 64 * 1024;
    for (QByteArrayView part : parts) {
        for (qsizetype at = 0; at < part.size(); at += Piece) {
            const QByteArrayView piece = part.sliced(at, std::min(Piece, part.size() - at));
            st->mac->update(QCA::MemoryRegion(QByteArray::fromRawData(piece.data(), piece.size())));
        }
    }
    return st->mac->final().toByteArray();
}

const char *hmacBackend()
{
    return "qca";
}

#else

namespace {

// Fetching the algorithm and setting up the key are most of the cost for a 1 KiB message, so each
// thread keeps a context keyed with the last key it saw and only re-initialises it for a new message.
class MacCache
{
public:
    ~MacCache()
    {
        EVP_MAC_CTX_free(m_ctx);
        EVP_MAC_free(m_mac);
    }

    EVP_MAC_CTX *contextFor(QByteArrayView key)
    {
        if (!m_mac) {
            // Honour the system's OpenSSL configuration (providers, FIPS) like any other OpenSSL user.
            OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
            m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        }
        if (!m_mac)
            return nullptr;
        if (!m_ctx)
            m_ctx = EVP_MAC_CTX_new(m_mac);
        if (!m_ctx)
            return nullptr;
        if (m_keyed && m_key == key) {
            if (EVP_MAC_init(m_ctx, nullptr, 0, nullptr) == 1)
                return m_ctx;
        }
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                     OSSL_PARAM_construct_end()};
        // An empty key still needs a valid pointer.
        static const unsigned char empty = 0;
        const auto *keyData = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.data());
        m_keyed = EVP_MAC_init(m_ctx, keyData, size_t(key.size()), params) == 1;
        m_key = m_keyed ? key.toByteArray() : QByteArray();
        return m_keyed ? m_ctx : nullptr;
    }

private:
    EVP_MAC *m_mac = nullptr;
    EVP_MAC_CTX *m_ctx = nullptr;
    QByteArray m_key;
    bool m_keyed = false;
};

} // namespace

QByteArray hmacSha256(QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    thread_local MacCache cache;
    EVP_MAC_CTX *ctx = cache.contextFor(key);
    if (!ctx)
        return {};
    for (QByteArrayView part : parts) {
        if (EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(part.data()), size_t(part.size())) != 1)
            return {};
    }
    QByteArray out(32, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(ctx, reinterpret_cast<unsigned char *>(out.data()), &length, size_t(out.size())) != 1)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

const char *hmacBackend()
{
    return "openssl";
}

#endif

bool hmacAvailable()
{
    return hmacSha256(QByteArrayView("k"), QByteArrayView("m")).size() == HmacSha256Size;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return hmacSha256(key, {message});
}

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
