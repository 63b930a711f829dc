#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace Xident {

//! One accidental change that, undone, makes a webhook's signature match.
struct XIDENTQT_EXPORT ForensicFinding
{
    Q_GADGET
public:
    //! What was changed. Some kinds share a code (the same change, told more precisely).
    enum class Kind {
        CrlfLineEndings,         //!< crlf_line_endings
        LfLineEndings,           //!< lf_line_endings
        ExtraTrailingCrlf,       //!< extra_trailing_newline
        ExtraTrailingLf,         //!< extra_trailing_newline
        MissingTrailingNewline,  //!< missing_trailing_newline
        SurroundingWhitespace,   //!< surrounding_whitespace
        BomAdded,                //!< bom_added
        BomMissing,              //!< bom_missing
        LogLineJsonQuotes,       //!< log_line_quotes: the body as a JSON string, escapes and all
        LogLineSingleQuotes,     //!< log_line_quotes: the body in single quotes
        PrettyPrinted,           //!< pretty_printed
        MinifiedIndent2,         //!< minified
        MinifiedIndent4,         //!< minified
        MinifiedSpaced,          //!< minified: one line with ", " and ": " (Python's json.dumps)
        SlashesEscaped,          //!< slashes_escaped
        SlashesUnescaped,        //!< slashes_unescaped
        UnicodeEscaped,          //!< unicode_escaped
        UnicodeUnescaped,        //!< unicode_unescaped
        SecretWhitespace,        //!< secret_whitespace
        SecretPrefixExtra,       //!< secret_prefix_extra
        SecretPrefixMissing,     //!< secret_prefix_missing
    };
    Q_ENUM(Kind)

    Kind kind = Kind::CrlfLineEndings;
    QByteArray payload;    //!< the bytes that do verify (the payload as given when only the secret differed)
    bool secretChanged = false;
    QByteArray secret = {}; //!< when secretChanged: the secret that does verify (what to use instead)

    //! Stable snake_case name of the change: "crlf_line_endings", "secret_whitespace", ...
    QString code() const;
    //! The sentence for the operator, in English: what differs between what you have and what was signed.
    //! It is marked for translation in the context TranslationContext; explanation() looks it up there.
    const char *sentence() const;
    //! sentence() in the application's language, where a loaded catalog has it (English otherwise).
    QString explanation() const;

    static constexpr const char *TranslationContext = "Xident::ForensicFinding";
};

//! Everything WebhookForensics::investigate() found about a signature that does not match.
struct XIDENTQT_EXPORT ForensicReport
{
    //! What explains the mismatch: single changes, or the second change of each pair (see firstChanges).
    QList<ForensicFinding> findings;
    //! When no single change explains it, the first change of each pair, index for index with findings.
    QList<ForensicFinding> firstChanges;
    //! Nothing explains it and the body's keys are sorted at every level: perhaps parsed and re-serialised
    //! (only a hint: some senders sign bodies with sorted keys).
    bool reserialised = false;
    //! Pairs were not tried: the body is larger than WebhookForensics::PairLimitBytes.
    bool pairsSkipped = false;

    bool isPairs() const { return !firstChanges.isEmpty(); }
    //! The finding's code, or "first+second" for a pair.
    QString code(qsizetype i) const;
};

//! Why a webhook does not verify: tries the common accidental changes of the payload (line endings, a trailing
//! newline, a BOM, pretty-printed or minified JSON, escaped slashes, \uXXXX escapes, surrounding white space,
//! a body copied from a log line with its quotes) and of the secret (white space, the whsec_ prefix), one at a
//! time, and reports those that make the signature match. Works on bytes and keeps key order: nothing goes
//! through QJsonDocument. The timestamp is not judged here; the verifier does that.
class XIDENTQT_EXPORT WebhookForensics
{
public:
    //! Findings in order of likelihood; empty when no single common change explains the mismatch (or the
    //! signature already matches, or the header has no well-formed signature).
    static QList<ForensicFinding> explain(QByteArrayView payload, QByteArrayView signatureHeader, QByteArrayView secret);
    //! The same, for a caller that may lose interest (a newer input, a closing window): \a cancelled is asked
    //! before each change is tried, and once it returns true nothing more is tried and the findings so far return.
    static QList<ForensicFinding> explain(QByteArrayView payload, QByteArrayView signatureHeader, QByteArrayView secret,
                                          const std::function<bool()> &cancelled);

    //! explain(), then, when no single change explains the mismatch, explainPairs() and keysSorted(): what a
    //! person reading the verdict wants, in one call.
    static ForensicReport investigate(QByteArrayView payload, QByteArrayView signatureHeader, QByteArrayView secret,
                                      const std::function<bool()> &cancelled = {});

    //! Payloads up to this size are tried with two changes at once by explainPairs().
    static constexpr qsizetype PairLimitBytes = 256 * 1024;
    //! When no single change explains a mismatch: every pair of the payload's common changes, undone one after the
    //! other (a logger that pretty-printed the body and also dropped its trailing newline; CRLF and a BOM). Each
    //! pair that makes the signature match, as the first change undone (its payload: the bytes after it) and the
    //! second (its payload: the bytes that verify). Empty beyond PairLimitBytes or when nothing matches.
    static QList<QPair<ForensicFinding, ForensicFinding>> explainPairs(QByteArrayView payload, QByteArrayView signatureHeader,
                                                                      QByteArrayView secret,
                                                                      const std::function<bool()> &cancelled = {});
    //! Whether \a json is an object whose keys are in alphabetical order at every level (and at least two): what a
    //! framework that parsed and re-serialised the body writes, not what the sender signed.
    static bool keysSorted(QByteArrayView json);

    // The byte transforms, public for tests and for the console's validator.
    //! JSON without white space outside strings.
    static QByteArray minifyJson(QByteArrayView json);
    //! JSON with \a indent spaces per level and "key": value (\a indent 0: one line with ", " and ": ").
    static QByteArray prettyJson(QByteArrayView json, int indent);
    //! \u escapes of characters above U+007F turned into UTF-8 (escapes that JSON requires are kept).
    static QByteArray unescapeUnicode(QByteArrayView json);
    //! Characters above U+007F inside strings written as \uXXXX (surrogate pairs beyond the BMP).
    static QByteArray escapeUnicode(QByteArrayView json);
};

} // namespace Xident
