#include "secretset.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// API keys (publishable ones too) and webhook secrets: their prefix and at least four characters after it.
const QRegularExpression &shapePattern()
{
    static const QRegularExpression re(u"(?<![A-Za-z0-9])((?:sk|pk)_(?:live|test)_|whsec_)[A-Za-z0-9_-]{4,}"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Percent-decoded until nothing changes (a link may be encoded twice), at most three times.
QString decoded(const QString &text)
{
    QString current = text;
    for (int i = 0; i < 3 && current.contains(u'%'); ++i) {
        const QString next = QUrl::fromPercentEncoding(current.toUtf8());
        if (next == current)
            break;
        current = next;
    }
    return current;
}

} // namespace

void SecretSet::setSecrets(const QStringList &secrets)
{
    m_redactors.clear();
    for (const QString &s : secrets) {
        // Too short to tell from ordinary text: the redactor ignores those too.
        if (s.trimmed().size() >= 4)
            m_redactors.append(Redactor(s));
    }
}

bool SecretSet::holdsSecretShape(const QString &text)
{
    return shapePattern().match(text).hasMatch() || shapePattern().match(decoded(text)).hasMatch();
}

QString SecretSet::redactShapes(const QString &text)
{
    QString out = shapePattern().match(text).hasMatch() || !holdsSecretShape(text) ? text : decoded(text);
    out.replace(shapePattern(), u"\\1"_s + Marker.toString());
    return out;
}

bool SecretSet::holdsKnown(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    for (const Redactor &r : m_redactors) {
        if (r.leaks(bytes))
            return true;
    }
    return false;
}

QString SecretSet::redactKnown(const QString &text) const
{
    QString out = text;
    for (const Redactor &r : m_redactors)
        out = r.applyText(out);
    return out;
}

bool SecretSet::holdsSecret(const QString &text) const
{
    if (holdsSecretShape(text) || holdsKnown(text))
        return true;
    const QString plain = decoded(text);
    return plain != text && holdsKnown(plain);
}

QString SecretSet::redact(const QString &text) const
{
    // Decoded only when that shows a secret: other text keeps its encoding.
    const QString plain = decoded(text);
    const bool decode = plain != text && (holdsKnown(plain) || shapePattern().match(plain).hasMatch());
    return redactShapes(redactKnown(decode ? plain : text));
}

} // namespace Xident::Console
