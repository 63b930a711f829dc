#include "redaction.h"

using namespace Qt::StringLiterals;

namespace Xident {

QString redactSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    // Keep the well-known prefix (it tells test from live) and the last four characters (to tell keys apart).
    static const QLatin1StringView prefixes[] = {"sk_live_"_L1, "sk_test_"_L1, "pk_live_"_L1, "pk_test_"_L1, "whsec_"_L1};
    QString prefix;
    for (QLatin1StringView p : prefixes) {
        if (secret.startsWith(p)) {
            prefix = p;
            break;
        }
    }
    const qsizetype rest = secret.size() - prefix.size();
    if (rest <= 8)
        return prefix + u"••••"_s;
    return prefix + u"••••"_s + secret.right(4);
}

QByteArray redactIn(const QByteArray &text, const QString &secret)
{
    if (secret.size() < 4 || text.isEmpty())
        return text;
    const QByteArray needle = secret.toUtf8();
    if (!text.contains(needle))
        return text;
    QByteArray copy = text;
    copy.replace(needle, redactSecret(secret).toUtf8());
    return copy;
}

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "x-api-key" || n == "authorization" || n == "proxy-authorization" || n == "cookie"
        || n == "set-cookie" || n == "x-xident-webhook-secret";
}

QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &h : headers)
        out.append(qMakePair(h.first, isSecretHeader(h.first) ? redactSecret(QString::fromUtf8(h.second)).toUtf8() : h.second));
    return out;
}

} // namespace Xident
