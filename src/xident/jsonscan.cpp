#include "jsonscan.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <QtCore/QtEndian>
#include <QtCore/qalgorithms.h>

using namespace Qt::StringLiterals;

namespace Xident {

namespace {

// A recursive-descent checker that follows the structure of Qt's own JSON parser step by step, so
// that the two agree on every input (the fuzz target compares them), without storing any value.
class Scanner
{
public:
    Scanner(QByteArrayView text, QList<JsonScan::Member> *members)
        : m_pos(reinterpret_cast<const uchar *>(text.data()))
        , m_end(m_pos + text.size())
        , m_members(members)
    {
    }

    bool document()
    {
        if (m_end - m_pos > 3 && m_pos[0] == 0xef && m_pos[1] == 0xbb && m_pos[2] == 0xbf)
            m_pos += 3;
        if (nextToken() != '{' || !object())
            return false;
        eatSpace();
        return m_pos >= m_end;
    }

private:
    static bool isSpace(uchar c) { return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r'); }

    bool eatSpace()
    {
        while (m_pos < m_end && isSpace(*m_pos))
            ++m_pos;
        return m_pos < m_end;
    }

    // The next structural character, consumed; 0 for anything else (also consumed) or the end.
    uchar nextToken()
    {
        if (!eatSpace())
            return 0;
        const uchar c = *m_pos++;
        switch (c) {
        case '[': case '{': case ':': case ',': case ']': case '}': case '"':
            return c;
        default:
            return 0;
        }
    }

    bool object()
    {
        if (++m_depth > JsonScan::NestingLimit)
            return false;
        const bool top = m_depth == 1 && m_members;
        uchar token = nextToken();
        while (token == '"') {
            const uchar *keyStart = m_pos;
            bool keyEscaped = false;
            if (!string(&keyEscaped))
                return false;
            const uchar *keyEnd = m_pos - 1;
            // string() leaves at least one byte; most writers put the colon right after the key.
            if (*m_pos == ':')
                ++m_pos;
            else if (nextToken() != ':')
                return false;
            if (!eatSpace())
                return false;
            const uchar *valueStart = m_pos;
            if (!value())
                return false;
            if (top) {
                m_members->append({QByteArrayView(keyStart, keyEnd - keyStart),
                                   QByteArrayView(valueStart, m_pos - valueStart), keyEscaped});
            }
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return false;
        }
        if (token != '}')
            return false;
        --m_depth;
        return true;
    }

    bool array()
    {
        if (++m_depth > JsonScan::NestingLimit)
            return false;
        if (!eatSpace())
            return false;
        if (*m_pos == ']') {
            ++m_pos;
        } else {
            for (;;) {
                if (!eatSpace() || !value())
                    return false;
                const uchar token = nextToken();
                if (token == ']')
                    break;
                if (token != ',')
                    return false;
            }
        }
        --m_depth;
        return true;
    }

    bool literal(const char *rest, qsizetype need)
    {
        if (m_end - m_pos < need)
            return false;
        for (const char *r = rest; *r; ++r) {
            if (*m_pos++ != uchar(*r))
                return false;
        }
        return true;
    }

    bool value()
    {
        switch (*m_pos++) {
        case 'n': return literal("ull", 4);
        case 't': return literal("rue", 4);
        case 'f': return literal("alse", 5);
        case '"': return string(nullptr);
        case '[': return array();
        case '{': return object();
        case ',': case '}': case ']': return false;
        default:
            --m_pos;
            return number();
        }
    }

    static bool isDigit(uchar c) { return c >= '0' && c <= '9'; }

    bool number()
    {
        const uchar *start = m_pos;
        bool isInt = true;
        bool plain = true;   // only [-]digits, short enough to be a qint64 without asking
        if (m_pos < m_end && *m_pos == '-')
            ++m_pos;
        const uchar *digits = m_pos;
        if (m_pos < m_end && *m_pos == '0') {
            ++m_pos;
        } else {
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        const qsizetype intDigits = m_pos - digits;
        qsizetype fracDigits = -1;   // -1: no decimal point
        if (m_pos < m_end && *m_pos == '.') {
            ++m_pos;
            const uchar *frac = m_pos;
            while (m_pos < m_end && isDigit(*m_pos)) {
                isInt = isInt && *m_pos == '0';
                ++m_pos;
            }
            fracDigits = m_pos - frac;
        }
        if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            plain = false;
            isInt = false;
            ++m_pos;
            if (m_pos < m_end && (*m_pos == '-' || *m_pos == '+'))
                ++m_pos;
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos >= m_end)
            return false;
        // The common forms need no conversion: up to 18 integer digits, optionally with a fraction of up
        // to 300 digits, and no exponent, always make a finite qint64 or a normal double.
        // (A long fraction could underflow, which Qt refuses: those take the slow path.)
        if (plain && intDigits > 0 && intDigits <= 18 && fracDigits != 0 && fracDigits <= 300)
            return true;
        // The rare forms ("1.", ".5", "-", huge integers, exponents): ask the same conversions Qt uses.
        const QByteArray number = QByteArray::fromRawData(reinterpret_cast<const char *>(start), m_pos - start);
        bool ok = false;
        if (isInt) {
            (void)number.toLongLong(&ok);
            if (ok)
                return true;
        }
        (void)number.toDouble(&ok);
        return ok;
    }

    static bool isContinuation(uchar b) { return (b & 0xc0) == 0x80; }

    // One UTF-8 sequence starting with a byte >= 0x80, as Qt's decoder checks it.
    bool utf8()
    {
        const uchar b = *m_pos++;
        int need;
        char32_t min;
        char32_t uc;
        if (b <= 0xc1)
            return false;
        if (b < 0xe0) {
            need = 2; min = 0x80; uc = b & 0x1f;
        } else if (b < 0xf0) {
            need = 3; min = 0x800; uc = b & 0x0f;
        } else if (b < 0xf5) {
            need = 4; min = 0x10000; uc = b & 0x07;
        } else {
            return false;
        }
        if (m_end - m_pos < need - 1)
            return false;
        for (int i = 0; i < need - 1; ++i) {
            if (!isContinuation(m_pos[i]))
                return false;
            uc = (uc << 6) | (m_pos[i] & 0x3f);
        }
        if (uc < min || (uc >= 0xd800 && uc <= 0xdfff) || uc > 0x10ffff)
            return false;
        m_pos += need - 1;
        return true;
    }

    // The high bit of each of the eight bytes (first byte lowest) that is '"', '\\' or >= 0x80, by the
    // classic "has zero byte" bit trick. Bytes above a flagged one may be flagged falsely (a borrow
    // carries), never one below it: the lowest flag is always a real one.
    static quint64 specialBytes(quint64 word)
    {
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        const auto zeroBytes = [](quint64 x) { return (x - ones) & ~x & highs; };
        return (word & highs) | zeroBytes(word ^ (ones * '"')) | zeroBytes(word ^ (ones * '\\'));
    }

    static bool isHex(uchar c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    // Called after the opening quote; leaves m_pos after the closing one.
    bool string(bool *escaped)
    {
        for (;;) {
            // Plain ASCII runs are the bulk of any payload: skip them eight bytes at a time, then byte by byte.
            // Keys and short values end within a few bytes: look at those one by one, then eight at a
            // time. The lowest flagged byte of a word is exact, so it is where the run ends.
            bool found = false;
            for (const uchar *stop = m_pos + qMin<qsizetype>(8, m_end - m_pos); m_pos < stop; ++m_pos) {
                if (*m_pos >= 0x80 || *m_pos == '"' || *m_pos == '\\') {
                    found = true;
                    break;
                }
            }
            while (!found && m_end - m_pos >= 8) {
                if (const quint64 mask = specialBytes(qFromLittleEndian<quint64>(m_pos))) {
                    m_pos += qCountTrailingZeroBits(mask) / 8;
                    found = true;
                    break;
                }
                m_pos += 8;
            }
            if (!found) {
                while (m_pos < m_end && *m_pos < 0x80 && *m_pos != '"' && *m_pos != '\\')
                    ++m_pos;
                if (m_pos >= m_end)
                    return false;
            }
            const uchar c = *m_pos;
            if (c == '"') {
                ++m_pos;
                return m_pos < m_end;
            }
            if (c == '\\') {
                if (escaped)
                    *escaped = true;
                ++m_pos;
                if (m_pos >= m_end)
                    return false;
                const uchar e = *m_pos++;
                if (e == 'u') {
                    if (m_end - m_pos < 4)
                        return false;
                    for (int i = 0; i < 4; ++i) {
                        if (!isHex(*m_pos++))
                            return false;
                    }
                }
                // Qt takes any other escaped byte as itself.
                continue;
            }
            if (!utf8())
                return false;
        }
    }

    const uchar *m_pos;
    const uchar *m_end;
    QList<JsonScan::Member> *m_members;
    int m_depth = 0;
};

} // namespace

bool JsonScan::isObject(QByteArrayView text)
{
    return Scanner(text, nullptr).document();
}

bool JsonScan::scanObject(QByteArrayView text, QList<Member> *members)
{
    if (members)
        members->clear();
    const bool ok = Scanner(text, members).document();
    if (!ok && members)
        members->clear();
    return ok;
}

QJsonValue JsonScan::decode(QByteArrayView value)
{
    QByteArray wrapped;
    wrapped.reserve(value.size() + 2);
    wrapped.append('[').append(value).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
    return doc.isArray() ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

QString JsonScan::key(const Member &member)
{
    if (!member.keyHasEscape)
        return QString::fromUtf8(member.key);
    QByteArray quoted;
    quoted.reserve(member.key.size() + 2);
    quoted.append('"').append(member.key).append('"');
    return decode(quoted).toString();
}

std::optional<QJsonValue> JsonScan::value(const QList<Member> &members, QLatin1StringView name)
{
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if ((!it->keyHasEscape && it->key == QByteArrayView(name.data(), name.size())) || (it->keyHasEscape && key(*it) == name))
            return decode(it->value);
    }
    return std::nullopt;
}

} // namespace Xident
