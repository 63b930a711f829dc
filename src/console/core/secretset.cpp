#include "console/core/secretset.h"

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

// The escapes a key copied from a link, a web page or a JSON log may hide behind: %5F, &#95; &#x5f; &lowbar;,
// \u005f and \x5f.
QString unescapedOnce(const QString &text)
{
    static const QRegularExpression entity(u"&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));|&lowbar;|\\\\u([0-9A-Fa-f]{4})|\\\\x([0-9A-Fa-f]{2})"_s);
    QString out = text.contains(u'%') ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
    if (!out.contains(u'&') && !out.contains(u'\\'))
        return out;
    QString result;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        uint code = u'_';
        bool ok = true;
        if (m.capturedLength(1))
            code = m.captured(1).toUInt(&ok, 16);
        else if (m.capturedLength(2))
            code = m.captured(2).toUInt(&ok, 10);
        else if (m.capturedLength(3))
            code = m.captured(3).toUInt(&ok, 16);
        else if (m.capturedLength(4))
            code = m.captured(4).toUInt(&ok, 16);
        if (ok && code > 0 && code < 0x110000 && !QChar::isSurrogate(code))
            result += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        else
            result += m.captured(0);
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

// Unescaped until nothing changes (a link may be encoded twice), at most three times.
QString decoded(const QString &text)
{
    QString current = text;
    for (int i = 0; i < 3; ++i) {
        const QString next = unescapedOnce(current);
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
    // The visible shapes first; then, if decoding what is left still shows one (an encoded key beside a plain
    // one), the decoded text.
    QString out = text;
    out.replace(shapePattern(), u"\\1"_s + Marker.toString());
    const QString plain = decoded(out);
    if (plain != out && shapePattern().match(plain).hasMatch()) {
        out = plain;
        out.replace(shapePattern(), u"\\1"_s + Marker.toString());
    }
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
