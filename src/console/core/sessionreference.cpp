#include "console/core/sessionreference.h"

#include <XidentQt/job.h>
#include "console/core/secretset.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

constexpr QChar Ellipsis(0x2026);

// A piece that starts with a scheme and "://" is read as a link, anything else as a bare token.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    return re;
}

// Where one link ends and the next begins when only a comma separates them.
const QRegularExpression &linkBoundary()
{
    static const QRegularExpression re(u",+(?=[A-Za-z][A-Za-z0-9+.-]*://)"_s);
    return re;
}

// API keys (pk_/sk_) and webhook secrets anywhere in a piece; never quoted back to the user.
const QRegularExpression &secretPattern()
{
    static const QRegularExpression re(u"(?<![A-Za-z0-9])(pk|sk|whsec)_[A-Za-z0-9_-]*"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

enum class SecretKind { None, ApiKey, WebhookSecret };

SecretKind secretKind(const QString &candidate)
{
    const QRegularExpressionMatch m = secretPattern().match(candidate);
    if (!m.hasMatch() || m.capturedStart() != 0)
        return SecretKind::None;
    return m.captured(1).compare("whsec"_L1, Qt::CaseInsensitive) == 0 ? SecretKind::WebhookSecret
                                                                       : SecretKind::ApiKey;
}

// Quotes, brackets and sentence punctuation around a pasted piece are not part of it.
QString stripWrapping(QString piece)
{
    static const QString leading = u"<([{\"'\u201C\u2018"_s;
    static const QString trailing = u">)]}\"'.,;:!?\u201D\u2019"_s;
    qsizetype start = 0;
    qsizetype end = piece.size();
    while (start < end && leading.contains(piece.at(start)))
        ++start;
    while (end > start && trailing.contains(piece.at(end - 1)))
        --end;
    return piece.mid(start, end - start);
}

QStringList splitPieces(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList pieces;
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // A link's query may hold commas of its own: split only where another link starts.
        const QString bare = stripWrapping(word);
        const QStringList parts = linkPattern().match(bare).hasMatch() ? bare.split(linkBoundary(), Qt::SkipEmptyParts)
                                                                       : word.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString piece = stripWrapping(part);
            if (!piece.isEmpty())
                pieces.append(piece);
        }
    }
    return pieces;
}

} // namespace

SessionReferenceParse SessionReference::parse(const QString &text)
{
    SessionReferenceParse result;
    const QStringList pieces = splitPieces(text);
    if (pieces.isEmpty()) {
        refuse(result, tr("There is nothing to read: paste a session token, or a link that holds one."));
        return result;
    }
    for (const QString &piece : pieces)
        readPiece(piece, result);

    // Keep the first of each token, in the order given.
    QSet<QString> seen;
    QStringList unique;
    for (const QString &token : std::as_const(result.tokens)) {
        if (!seen.contains(token)) {
            seen.insert(token);
            unique.append(token);
        }
    }
    result.tokens = unique;
    return result;
}

void SessionReference::readPiece(const QString &piece, SessionReferenceParse &result)
{
    if (linkPattern().match(piece).hasMatch()) {
        readUrl(piece, result);
        return;
    }
    // A token inside a word of a ticket ("token:xit_…", "(ref=xtk_…)") is that token.
    static const QRegularExpression embedded(u"(?<![A-Za-z0-9_-])((?:xit|xtk)_[A-Za-z0-9_-]{8,128})(?![A-Za-z0-9_-])"_s);
    if (!piece.startsWith("xit_"_L1) && !piece.startsWith("xtk_"_L1)) {
        if (const QRegularExpressionMatch m = embedded.match(piece); m.hasMatch()) {
            readToken(m.captured(1), piece, result);
            return;
        }
    }
    readToken(piece, piece, result);
}

void SessionReference::readUrl(const QString &piece, SessionReferenceParse &result)
{
    const QUrl url(piece, QUrl::StrictMode);
    if (!url.isValid()) {
        refuse(result, tr("%1 is not a valid link.").arg(quoted(piece)));
        return;
    }

    if (url.scheme() == "xident"_L1) {
        if (url.host() != "session"_L1) {
            refuse(result, tr("%1 is an xident:// link of another kind; only xident://session/ links name a session.")
                               .arg(quoted(piece)));
            return;
        }
        const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
        if (segments.isEmpty()) {
            refuse(result, tr("%1 names no session token.").arg(quoted(piece)));
            return;
        }
        if (segments.size() > 1) {
            refuse(result, tr("%1 has more than a session token after xident://session/.").arg(quoted(piece)));
            return;
        }
        const qsizetype before = result.tokens.size();
        readToken(segments.constFirst(), piece, result);
        // xident://session/<token>?profile=<name> names the profile to open it with.
        const QString profile = QUrlQuery(url).queryItemValue(u"profile"_s, QUrl::FullyDecoded).trimmed();
        if (result.tokens.size() > before && !profile.isEmpty())
            result.profiles.insert(result.tokens.constLast(), profile);
        return;
    }

    // A callback or redirect URL: the token is a query parameter (some flows put it in the fragment).
    const QString tokenKey = u"token"_s;
    QStringList values = QUrlQuery(url).allQueryItemValues(tokenKey, QUrl::FullyDecoded);
    if (values.isEmpty() && url.hasFragment())
        values = QUrlQuery(url.fragment(QUrl::FullyEncoded)).allQueryItemValues(tokenKey, QUrl::FullyDecoded);
    if (values.isEmpty()) {
        // The verification page's own address (verify_url) carries the token in its path: /widget/xit_….
        const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
        for (auto it = segments.crbegin(); it != segments.crend() && values.isEmpty(); ++it) {
            if (it->startsWith("xit_"_L1) || it->startsWith("xtk_"_L1))
                values.append(*it);
        }
    }
    if (values.isEmpty()) {
        refuse(result, tr("%1 has no token parameter.").arg(quoted(piece)));
        return;
    }
    for (const QString &value : std::as_const(values))
        readToken(value, piece, result);
}

void SessionReference::readToken(const QString &candidate, const QString &where, SessionReferenceParse &result)
{
    // A key inside something shaped like a token (xit_sk_test_…) would be tracked, shown and kept: never.
    if (secretKind(candidate) == SecretKind::None && SecretSet::holdsSecretShape(candidate)) {
        refuse(result, tr("That holds an API key or a webhook secret; it was left out and is not shown here."));
        return;
    }
    if (ResultJob::isValidToken(candidate)) {
        result.tokens.append(candidate);
        return;
    }
    switch (secretKind(candidate)) {
    case SecretKind::ApiKey:
        refuse(result, tr("That is an API key, not a session token; it was left out and is not shown here."));
        return;
    case SecretKind::WebhookSecret:
        refuse(result, tr("That is a webhook signing secret, not a session token; it was left out and is not shown here."));
        return;
    case SecretKind::None:
        break;
    }
    if (candidate.isEmpty()) {
        refuse(result, tr("%1 has an empty token parameter.").arg(quoted(where)));
        return;
    }
    const QString prefix = candidate.left(4);
    if (prefix != "xit_"_L1 && prefix != "xtk_"_L1) {
        // A word of the ticket around the tokens, unless it looks like an identifier with the wrong prefix.
        const bool word = !candidate.contains(u'_') && where == candidate;
        refuse(result, tr("%1 is not a session token: session tokens start with xit_ or xtk_.").arg(quoted(candidate)),
               word ? quoted(candidate) : QString());
        return;
    }
    const qsizetype length = candidate.size() - prefix.size();
    if (length < 8) {
        refuse(result, tr("%1 is too short for a session token: %2 needs 8 to 128 characters after it.")
                           .arg(quoted(candidate), prefix));
    } else if (length > 128) {
        refuse(result, tr("%1 is too long for a session token: %2 takes at most 128 characters after it.")
                           .arg(quoted(candidate), prefix));
    } else {
        refuse(result, tr("%1 is not a session token: only letters, digits, _ and - may follow %2.").arg(quoted(candidate), prefix));
    }
}

void SessionReference::refuse(SessionReferenceParse &result, const QString &sentence, const QString &word)
{
    ++result.refused;
    if (!word.isEmpty()) {
        ++result.words;
        if (result.wordQuotes.size() < SessionReferenceParse::MaxExamples)
            result.wordQuotes.append(word);
    }
    // Words and other refusals are kept up to the limit each, so a key or a malformed token after a page of
    // prose is still there to be named.
    const int ofThisKind = word.isEmpty() ? result.refused - result.words : result.words;
    if (ofThisKind <= SessionReferenceParse::MaxProblems) {
        result.problems.append(sentence);
        result.wordProblems.append(!word.isEmpty());
    }
}

QString SessionReferenceParse::otherProblems(int listed) const
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && lines.size() < listed; ++i) {
        if (!wordProblems.at(i))
            lines.append(problems.at(i));
    }
    const int others = refused - words;
    if (others > int(lines.size()))
        lines.append(SessionReference::tr("%Ln more piece(s) were refused for reasons like these.", nullptr,
                                          others - int(lines.size())));
    return lines.join(u'\n');
}

QString SessionReferenceParse::summary(int listed) const
{
    if (refused == 0)
        return {};
    // A few refusals are each said in full.
    if (refused <= listed)
        return problems.join(u'\n');
    QStringList lines;
    int shown = 0;
    for (qsizetype i = 0; i < problems.size() && shown < listed; ++i) {
        if (!wordProblems.at(i)) {
            lines.append(problems.at(i));
            ++shown;
        }
    }
    const int otherCount = refused - words;
    if (otherCount > shown)
        lines.append(SessionReference::tr("%Ln more piece(s) were refused for reasons like these.", nullptr, otherCount - shown));
    if (words > 0) {
        lines.append(SessionReference::tr("%Ln piece(s) were not session tokens (they start with neither xit_ nor xtk_), "
                                          "for example %1.", nullptr, words)
                         .arg(QLocale().createSeparatedList(wordQuotes)));
    }
    return lines.join(u'\n');
}

QString SessionReference::quoted(const QString &piece)
{
    // Whatever looks like a key or a secret loses everything after its prefix before it is shown, also where it
    // is percent-encoded (sk%5Ftest%5F…).
    QString shown = piece;
    shown.replace(secretPattern(), u"\\1_"_s + Ellipsis);
    shown = SecretSet::redactShapes(shown);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = QChar::ReplacementCharacter;
    }
    // Room for the two quotation marks within the limit.
    const qsizetype room = MaximumQuoteLength - 2;
    if (shown.size() > room) {
        qsizetype keep = room - 1;
        if (shown.at(keep - 1).isHighSurrogate())
            --keep;
        shown = shown.left(keep) + Ellipsis;
    }
    return QChar(0x201C) + shown + QChar(0x201D);
}

SessionReferenceParse parseSessionReferences(const QString &text)
{
    return SessionReference::parse(text);
}

} // namespace Xident::Console
