#include "webhookforensics.h"

#include "webhook.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

// Walks JSON bytes and tells, for each byte, whether it is inside a string (quotes included).
// Every transform below copies strings' bytes as they are unless it means to change them.
template<typename OnOutside, typename OnString>
void walkJson(QByteArrayView json, OnOutside outside, OnString string)
{
    qsizetype i = 0;
    while (i < json.size()) {
        if (json[i] != '"') {
            outside(i);
            ++i;
            continue;
        }
        const qsizetype start = i++;
        while (i < json.size() && json[i] != '"')
            i += json[i] == '\\' ? 2 : 1;
        i = std::min(i + 1, json.size());
        string(json.sliced(start, i - start));
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of "\uXXXX" at \a at (pointing at the backslash), or -1.
int escapeAt(QByteArrayView s, qsizetype at)
{
    if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u')
        return -1;
    int v = 0;
    for (int k = 2; k < 6; ++k) {
        const int h = hexValue(s[at + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

QByteArray replaceInStrings(QByteArrayView json, const std::function<QByteArray(QByteArrayView)> &change)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    walkJson(json, [&](qsizetype i) { out += json[i]; }, [&](QByteArrayView s) { out += change(s); });
    return out;
}

QByteArray escapeUnicodeWith(QByteArrayView json, bool upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    const auto unit = [digits](QByteArray &out, char16_t u) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += digits[(u >> shift) & 0xF];
    };
    return replaceInStrings(json, [&](QByteArrayView s) {
        QByteArray out;
        for (qsizetype i = 0; i < s.size();) {
            const uchar c = uchar(s[i]);
            if (c < 0x80) {
                out += char(c);
                ++i;
                continue;
            }
            const int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (len == 1 || i + len > s.size()) {
                out += char(c);   // not UTF-8: left as it is
                ++i;
                continue;
            }
            char32_t cp = c & (0x7F >> len);
            for (int k = 1; k < len; ++k)
                cp = (cp << 6) | (uchar(s[i + k]) & 0x3F);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                unit(out, char16_t(0xD800 + (cp >> 10)));
                unit(out, char16_t(0xDC00 + (cp & 0x3FF)));
            } else {
                unit(out, char16_t(cp));
            }
            i += len;
        }
        return out;
    });
}

// The text of a JSON string literal (quotes included), unescaped to UTF-8; nullopt when it is not one.
std::optional<QByteArray> unquoteJsonString(QByteArrayView s)
{
    if (s.size() < 2 || s.front() != '"' || s.back() != '"')
        return std::nullopt;
    QByteArray out;
    for (qsizetype i = 1; i < s.size() - 1; ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (i + 1 >= s.size() - 1)
            return std::nullopt;
        const char e = s[i + 1];
        switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            int u = escapeAt(s, i);
            if (u < 0)
                return std::nullopt;
            char32_t cp = char32_t(u);
            i += 4;
            if (u >= 0xD800 && u < 0xDC00) {
                const int low = escapeAt(s, i + 2);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return std::nullopt;
        }
        ++i;
    }
    return out;
}

using Kind = ForensicFinding::Kind;

namespace {
// One accidental change, and what undoes it.
struct PayloadStep
{
    Kind kind;
    std::function<QByteArray()> undo;
};
} // namespace

// Each finding's code and sentence, written here once; the programs' text catalog reads the sentences from
// this table (they are translated in ForensicFinding::TranslationContext).
struct FindingText
{
    Kind kind;
    const char *code;
    const char *sentence;
};

constexpr FindingText FindingTexts[] = {
    {Kind::CrlfLineEndings, "crlf_line_endings",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload has CRLF (\\r\\n) line endings; the signed bytes had LF (\\n).")},
    {Kind::LfLineEndings, "lf_line_endings",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload has LF (\\n) line endings; the signed bytes had CRLF (\\r\\n).")},
    {Kind::ExtraTrailingCrlf, "extra_trailing_newline",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload ends with a line break (\\r\\n) that the signed bytes did not have.")},
    {Kind::ExtraTrailingLf, "extra_trailing_newline",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload ends with a line break (\\n) that the signed bytes did not have.")},
    {Kind::MissingTrailingNewline, "missing_trailing_newline",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "The signed bytes ended with a line break that your payload lacks.")},
    {Kind::SurroundingWhitespace, "surrounding_whitespace",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload has white space before or after the JSON that the signed bytes did not have.")},
    {Kind::BomAdded, "bom_added",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload starts with a UTF-8 byte order mark (EF BB BF) that the signed bytes did not have.")},
    {Kind::BomMissing, "bom_missing",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "The signed bytes started with a UTF-8 byte order mark (EF BB BF) that your payload lacks.")},
    {Kind::LogLineJsonQuotes, "log_line_quotes",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload is the body as a log line quotes it; the signed bytes "
                                                  "are the text inside the quotes, unescaped.")},
    {Kind::LogLineSingleQuotes, "log_line_quotes",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload is the body as a log line quotes it; the signed bytes "
                                                  "are the text inside the quotes.")},
    {Kind::PrettyPrinted, "pretty_printed",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload is pretty-printed JSON; the signed bytes were compact "
                                                  "(no spaces or line breaks).")},
    {Kind::MinifiedIndent2, "minified",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload is compact JSON; the signed bytes were pretty-printed "
                                                  "with an indent of 2.")},
    {Kind::MinifiedIndent4, "minified",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload is compact JSON; the signed bytes were pretty-printed "
                                                  "with an indent of 4.")},
    {Kind::MinifiedSpaced, "minified",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload is compact JSON; the signed bytes had a space after "
                                                  "each : and , (as Python's json.dumps writes).")},
    {Kind::SlashesEscaped, "slashes_escaped",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload writes / as \\/; the signed bytes had a plain /.")},
    {Kind::SlashesUnescaped, "slashes_unescaped",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding",
                       "Your payload has a plain /; the signed bytes wrote it as \\/ (as PHP does).")},
    {Kind::UnicodeEscaped, "unicode_escaped",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload writes non-ASCII characters as \\uXXXX escapes; the "
                                                  "signed bytes had them as UTF-8.")},
    {Kind::UnicodeUnescaped, "unicode_unescaped",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "Your payload has non-ASCII characters as UTF-8; the signed bytes "
                                                  "wrote them as \\uXXXX escapes.")},
    {Kind::SecretWhitespace, "secret_whitespace",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "The secret has white space or a line break around it; without it "
                                                  "the signature matches.")},
    {Kind::SecretPrefixExtra, "secret_prefix_extra",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "The signature was made with the secret without its whsec_ prefix.")},
    {Kind::SecretPrefixMissing, "secret_prefix_missing",
     QT_TRANSLATE_NOOP("Xident::ForensicFinding", "The secret lacks its whsec_ prefix; with it the signature matches.")},
};

const FindingText &textOf(Kind kind)
{
    for (const FindingText &t : FindingTexts) {
        if (t.kind == kind)
            return t;
    }
    static const FindingText unknown{kind, "unknown", ""};   // a Kind from a newer header than this library
    return unknown;
}

} // namespace

QString ForensicFinding::code() const
{
    return QString::fromLatin1(textOf(kind).code);
}

const char *ForensicFinding::sentence() const
{
    return textOf(kind).sentence;
}

QString ForensicFinding::explanation() const
{
    return QCoreApplication::translate(TranslationContext, sentence());
}

QByteArray WebhookForensics::minifyJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    walkJson(json, [&](qsizetype i) {
        if (!isSpace(json[i]))
            out += json[i];
    }, [&](QByteArrayView s) { out += s; });
    return out;
}

QByteArray WebhookForensics::prettyJson(QByteArrayView json, int indent)
{
    const QByteArray compact = minifyJson(json);
    QByteArray out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        if (indent > 0) {
            out += '\n';
            out += QByteArray(qsizetype(std::max(depth, 0)) * indent, ' ');
        }
    };
    const QByteArrayView view(compact);
    walkJson(view, [&](qsizetype i) {
        const char c = view[i];
        const char next = i + 1 < view.size() ? view[i + 1] : '\0';
        switch (c) {
        case '{':
        case '[':
            out += c;
            if (next != '}' && next != ']') {
                ++depth;
                newline();
            }
            break;
        case '}':
        case ']': {
            const char prev = i > 0 ? view[i - 1] : '\0';
            if (prev != '{' && prev != '[') {
                --depth;
                newline();
            }
            out += c;
            break;
        }
        case ',':
            out += ',';
            if (indent > 0)
                newline();
            else
                out += ' ';
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }, [&](QByteArrayView s) { out += s; });
    return out;
}

QByteArray WebhookForensics::unescapeUnicode(QByteArrayView json)
{
    return replaceInStrings(json, [](QByteArrayView s) {
        QByteArray out;
        for (qsizetype i = 0; i < s.size();) {
            if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] != 'u') {
                out += s.sliced(i, 2);   // another escape: kept
                i += 2;
                continue;
            }
            const int u = escapeAt(s, i);
            if (u < 0x80) {   // not an escape, or one JSON needs (controls) or ASCII: kept
                out += s[i];
                ++i;
                continue;
            }
            char32_t cp = char32_t(u);
            qsizetype used = 6;
            if (u >= 0xD800 && u < 0xDC00) {
                const int low = escapeAt(s, i + 6);
                if (low < 0xDC00 || low >= 0xE000) {
                    out += s.sliced(i, 6);   // a lone surrogate: kept
                    i += 6;
                    continue;
                }
                cp = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                used = 12;
            }
            appendUtf8(out, cp);
            i += used;
        }
        return out;
    });
}

QByteArray WebhookForensics::escapeUnicode(QByteArrayView json)
{
    return escapeUnicodeWith(json, false);
}

namespace {

const QByteArray Bom("\xEF\xBB\xBF");

// Each common accidental change that \a bytes may have gone through, with what undoes it; only the changes that
// could apply to \a bytes are listed, in order of likelihood, and each undo is run only when it is tried.
std::vector<PayloadStep> payloadSteps(const QByteArray &bytes)
{
    std::vector<PayloadStep> steps;
    const auto add = [&steps](Kind kind, std::function<QByteArray()> undo) { steps.push_back({kind, std::move(undo)}); };
    if (bytes.contains("\r\n"))
        add(Kind::CrlfLineEndings, [bytes] { return QByteArray(bytes).replace("\r\n", "\n"); });
    if (bytes.endsWith("\r\n"))
        add(Kind::ExtraTrailingCrlf, [bytes] { return bytes.chopped(2); });
    else if (bytes.endsWith('\n'))
        add(Kind::ExtraTrailingLf, [bytes] { return bytes.chopped(1); });
    const QByteArray trimmed = bytes.trimmed();
    add(Kind::SurroundingWhitespace, [trimmed] { return trimmed; });
    if (bytes.startsWith(Bom))
        add(Kind::BomAdded, [bytes] { return bytes.mid(3); });
    if (const auto unquoted = unquoteJsonString(trimmed))
        add(Kind::LogLineJsonQuotes, [u = *unquoted] { return u; });
    else if (trimmed.size() >= 2 && trimmed.front() == '\'' && trimmed.back() == '\'')
        add(Kind::LogLineSingleQuotes, [trimmed] { return trimmed.sliced(1, trimmed.size() - 2); });
    add(Kind::PrettyPrinted, [bytes] { return WebhookForensics::minifyJson(bytes); });
    add(Kind::MinifiedIndent2, [bytes] { return WebhookForensics::prettyJson(bytes, 2); });
    add(Kind::MinifiedIndent4, [bytes] { return WebhookForensics::prettyJson(bytes, 4); });
    add(Kind::MinifiedSpaced, [bytes] { return WebhookForensics::prettyJson(bytes, 0); });
    if (bytes.contains("\\/"))
        add(Kind::SlashesEscaped, [bytes] {
            return replaceInStrings(bytes, [](QByteArrayView s) { return s.toByteArray().replace("\\/", "/"); });
        });
    if (bytes.contains('/'))
        add(Kind::SlashesUnescaped, [bytes] {
            return replaceInStrings(bytes, [](QByteArrayView s) { return s.toByteArray().replace("\\/", "/").replace("/", "\\/"); });
        });
    if (bytes.contains("\\u"))
        add(Kind::UnicodeEscaped, [bytes] { return WebhookForensics::unescapeUnicode(bytes); });
    for (bool upper : {false, true})
        add(Kind::UnicodeUnescaped, [bytes, upper] { return escapeUnicodeWith(bytes, upper); });
    if (bytes.contains('\n') && !bytes.contains("\r\n"))
        add(Kind::LfLineEndings, [bytes] { return QByteArray(bytes).replace("\n", "\r\n"); });
    for (const char *end : {"\n", "\r\n"})
        add(Kind::MissingTrailingNewline, [bytes, end] { return QByteArray(bytes + end); });
    if (!bytes.startsWith(Bom))
        add(Kind::BomMissing, [bytes] { return QByteArray(Bom + bytes); });
    return steps;
}

} // namespace

QList<ForensicFinding> WebhookForensics::explain(QByteArrayView payload, QByteArrayView header, QByteArrayView secret)
{
    return explain(payload, header, secret, {});
}

QList<ForensicFinding> WebhookForensics::explain(QByteArrayView payload, QByteArrayView header, QByteArrayView secret,
                                                const std::function<bool()> &cancelled)
{
    const auto stopped = [&cancelled] { return cancelled && cancelled(); };
    QList<ForensicFinding> found;
    WebhookVerifier verifier(secret.toByteArray(), 0);   // tolerance 0: only the signature is judged here
    const WebhookVerdict given = verifier.verifySignature(payload, header);
    if (given.reason != WebhookVerdict::Reason::SignatureMismatch)
        return found;
    const auto matches = [&](QByteArrayView candidate, const WebhookVerifier &v) {
        return v.verifySignature(candidate, header).isValid();
    };
    // Each candidate is made only when it is tried, and nothing more is tried once the caller has lost interest.
    const auto tryPayload = [&](Kind kind, const auto &make) {
        if (stopped())
            return;
        const QByteArray candidate = make();
        if (candidate == payload)
            return;
        for (const ForensicFinding &f : std::as_const(found)) {
            if (f.payload == candidate)
                return;
        }
        if (matches(candidate, verifier))
            found.append({kind, candidate, false});
    };

    const QByteArray bytes = payload.toByteArray();
    for (const PayloadStep &step : payloadSteps(bytes))
        tryPayload(step.kind, step.undo);

    // The secret, as it was perhaps pasted.
    const auto trySecret = [&](Kind kind, const QByteArray &candidate) {
        if (stopped() || candidate == secret || candidate.isEmpty())
            return;
        WebhookVerifier other(candidate, 0);
        if (matches(payload, other))
            found.append({kind, bytes, true, candidate});
    };
    const QByteArray key = secret.toByteArray();
    trySecret(Kind::SecretWhitespace, key.trimmed());
    const QByteArray bare = key.trimmed();
    if (bare.startsWith("whsec_"))
        trySecret(Kind::SecretPrefixExtra, bare.mid(6));
    else
        trySecret(Kind::SecretPrefixMissing, "whsec_" + bare);
    return found;
}

QList<QPair<ForensicFinding, ForensicFinding>> WebhookForensics::explainPairs(QByteArrayView payload, QByteArrayView header,
                                                                             QByteArrayView secret,
                                                                             const std::function<bool()> &cancelled)
{
    QList<QPair<ForensicFinding, ForensicFinding>> found;
    WebhookVerifier verifier(secret.toByteArray(), 0);
    if (payload.size() > PairLimitBytes || verifier.verifySignature(payload, header).reason != WebhookVerdict::Reason::SignatureMismatch)
        return found;
    const QByteArray bytes = payload.toByteArray();
    QList<QByteArray> seen;
    for (const PayloadStep &first : payloadSteps(bytes)) {
        if (cancelled && cancelled())
            return found;
        const QByteArray once = first.undo();
        if (once == bytes)
            continue;
        for (const PayloadStep &second : payloadSteps(once)) {
            if (second.kind == first.kind || (cancelled && cancelled()))
                continue;
            const QByteArray twice = second.undo();
            if (twice == once || twice == bytes || seen.contains(twice))
                continue;
            if (verifier.verifySignature(twice, header).isValid()) {
                seen.append(twice);
                found.append({ForensicFinding{first.kind, once, false}, ForensicFinding{second.kind, twice, false}});
            }
        }
    }
    return found;
}

QString ForensicReport::code(qsizetype i) const
{
    return isPairs() ? firstChanges.value(i).code() + u'+' + findings.value(i).code() : findings.value(i).code();
}

ForensicReport WebhookForensics::investigate(QByteArrayView payload, QByteArrayView header, QByteArrayView secret,
                                             const std::function<bool()> &cancelled)
{
    ForensicReport report;
    report.findings = explain(payload, header, secret, cancelled);
    if (!report.findings.isEmpty() || (cancelled && cancelled()))
        return report;
    report.pairsSkipped = payload.size() > PairLimitBytes;
    const auto pairs = explainPairs(payload, header, secret, cancelled);
    for (const auto &pair : pairs) {
        report.firstChanges.append(pair.first);
        report.findings.append(pair.second);
    }
    report.reserialised = pairs.isEmpty() && keysSorted(payload);
    return report;
}

bool WebhookForensics::keysSorted(QByteArrayView json)
{
    // Object keys, level by level, compared with the one before them in the same object; strings are skipped
    // whole (escapes included) and a key is a string followed by a colon.
    QList<QByteArray> previous;   // per open object or array; arrays hold a marker no key is compared with
    int keys = 0;
    bool inObjectAtTop = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            previous.append(c == '{' ? QByteArray() : QByteArray("\x01["));
            inObjectAtTop = inObjectAtTop || c == '{';
        } else if (c == '}' || c == ']') {
            if (previous.isEmpty())
                return false;
            previous.removeLast();
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            if (i >= json.size())
                return false;
            qsizetype after = i + 1;
            while (after < json.size() && isSpace(json[after]))
                ++after;
            if (after < json.size() && json[after] == ':' && !previous.isEmpty() && !previous.last().startsWith('\x01')) {
                const QByteArray key = json.sliced(start, i - start).toByteArray();
                if (!previous.last().isEmpty() && key < previous.last())
                    return false;
                previous.last() = key.isEmpty() ? QByteArray(" ") : key;
                ++keys;
            }
        }
    }
    return inObjectAtTop && keys >= 2 && previous.isEmpty();
}

} // namespace Xident
