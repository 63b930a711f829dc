#include "redaction.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

const QLatin1StringView PublicPrefixes[] = {"sk_live_"_L1, "sk_test_"_L1, "pk_live_"_L1, "pk_test_"_L1, "whsec_"_L1};

// Polynomial rolling hash over a window of MinFragment bytes (arithmetic mod 2^64).
constexpr quint64 HashBase = 1099511628211ULL;

quint64 topPower()
{
    quint64 p = 1;
    for (qsizetype i = 1; i < Redactor::MinFragment; ++i)
        p *= HashBase;
    return p;
}

const quint64 TopPower = topPower();

quint64 windowHash(const char *p)
{
    quint64 h = 0;
    for (qsizetype i = 0; i < Redactor::MinFragment; ++i)
        h = h * HashBase + uchar(p[i]);
    return h;
}

bool isOneRepeatedChar(const char *p, qsizetype n)
{
    for (qsizetype i = 1; i < n; ++i) {
        if (p[i] != p[0])
            return false;
    }
    return true;
}

const QByteArray FragmentReplacement = RedactionMarker.toUtf8();

} // namespace

QString redactSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    // Keep the well-known prefix (it tells test from live) and the last four characters (to tell keys apart).
    QString prefix;
    for (QLatin1StringView p : PublicPrefixes) {
        if (secret.startsWith(p)) {
            prefix = p;
            break;
        }
    }
    const qsizetype rest = secret.size() - prefix.size();
    if (rest <= 8)
        return prefix + RedactionMarker;
    return prefix + RedactionMarker + secret.right(4);
}

Redactor::Redactor(const QString &secret)
    : m_secret(secret.toUtf8())
{
    if (m_secret.size() < 4) {
        m_secret.clear();
        return;
    }
    for (QLatin1StringView p : PublicPrefixes) {
        if (secret.startsWith(p)) {
            m_prefix = p.size();
            break;
        }
    }
    // The prefix and a mask, without redactSecret()'s last four characters: with whatever follows in
    // the text, those could rebuild a fragment this class promises to remove.
    m_wholeReplacement = m_secret.left(m_prefix) + FragmentReplacement;
    const char *part = m_secret.constData() + m_prefix;
    const qsizetype partSize = m_secret.size() - m_prefix;
    for (qsizetype j = 0; j + MinFragment <= partSize; ++j) {
        if (isOneRepeatedChar(part + j, MinFragment))
            continue;
        m_windows[windowHash(part + j)].append(j);
    }
}

// The length of the longest secret or fragment starting at \a pos (0 for none).
qsizetype Redactor::matchAt(const char *text, qsizetype size, qsizetype pos, quint64 hash, bool *whole) const
{
    *whole = false;
    const qsizetype available = size - pos;
    if (available >= m_secret.size() && text[pos] == m_secret[0]
        && std::memcmp(text + pos, m_secret.constData(), size_t(m_secret.size())) == 0) {
        *whole = true;
        return m_secret.size();
    }
    if (available < MinFragment || m_windows.isEmpty())
        return 0;
    const auto it = m_windows.constFind(hash);
    if (it == m_windows.cend())
        return 0;
    const char *part = m_secret.constData() + m_prefix;
    const qsizetype partSize = m_secret.size() - m_prefix;
    qsizetype best = 0;
    for (qsizetype j : it.value()) {
        if (std::memcmp(text + pos, part + j, size_t(MinFragment)) != 0)
            continue;
        qsizetype len = MinFragment;
        while (j + len < partSize && len < available && text[pos + len] == part[j + len])
            ++len;
        best = std::max(best, len);
    }
    return best;
}

QByteArray Redactor::apply(QByteArrayView text, qsizetype limit) const
{
    const auto cut = [limit](QByteArray out) {
        if (limit < 0 || out.size() <= limit)
            return out;
        qsizetype end = limit;
        // Step back to the start of a UTF-8 sequence so the sample stays valid text.
        while (end > 0 && (uchar(out[end]) & 0xc0) == 0x80)
            --end;
        out.truncate(end);
        return out;
    };
    if (m_secret.isEmpty() || text.isEmpty())
        return cut(text.toByteArray());

    const char *p = text.data();
    const qsizetype n = text.size();
    QByteArray out;
    out.reserve(limit >= 0 ? std::min(n, limit + 16) : n);
    qsizetype runStart = 0;
    qsizetype i = 0;
    quint64 hash = n >= MinFragment ? windowHash(p) : 0;
    while (i < n) {
        // Enough is produced once the kept part is complete; what follows the cut is never shown.
        if (limit >= 0 && out.size() + (i - runStart) > limit)
            break;
        bool whole = false;
        const qsizetype len = matchAt(p, n, i, hash, &whole);
        if (len > 0) {
            out.append(p + runStart, i - runStart);
            out.append(whole ? m_wholeReplacement : FragmentReplacement);
            i += len;
            runStart = i;
            if (n - i >= MinFragment)
                hash = windowHash(p + i);
            continue;
        }
        if (i + MinFragment < n)
            hash = (hash - uchar(p[i]) * TopPower) * HashBase + uchar(p[i + MinFragment]);
        ++i;
    }
    out.append(p + runStart, i - runStart);
    return cut(std::move(out));
}

QString Redactor::applyText(const QString &text) const
{
    if (m_secret.isEmpty() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray redacted = apply(QByteArrayView(utf8));
    return redacted.size() == utf8.size() && redacted == utf8 ? text : QString::fromUtf8(redacted);
}

Redactor::HeaderList Redactor::applyHeaders(const HeaderList &headers) const
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        // A server may echo the key in a header's name too.
        const QByteArray name = apply(QByteArrayView(h.first));
        if (isSecretHeader(h.first))
            out.append(qMakePair(name, redactSecret(QString::fromUtf8(h.second)).toUtf8()));
        else
            out.append(qMakePair(name, apply(QByteArrayView(h.second))));
    }
    return out;
}

bool Redactor::leaks(QByteArrayView text) const
{
    if (m_secret.isEmpty())
        return false;
    return apply(text) != text;
}

QByteArray redactIn(const QByteArray &text, const QString &secret)
{
    return Redactor(secret).apply(QByteArrayView(text));
}

bool isSecretHeader(const QByteArrayView name)
{
    const QByteArray n = name.toByteArray().toLower();
    return n == "x-api-key" || n == "authorization" || n == "proxy-authorization" || n == "cookie"
        || n == "set-cookie" || n == "x-xident-webhook-secret";
}

QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return Redactor().applyHeaders(headers);
}

} // namespace Xident
