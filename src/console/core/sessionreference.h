#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Console {

//! What a paste or a command line held: the session tokens found, in order and without repeats, and
//! one plain sentence per piece that was refused (the first MaxProblems words and the first MaxProblems other
//! refusals; refused counts them all).
//! A refused API key is never quoted back.
struct SessionReferenceParse
{
    //! Sentences kept; a paste of a whole ticket refuses thousands of words.
    static constexpr int MaxProblems = 100;
    //! Words quoted as examples in the summary.
    static constexpr int MaxExamples = 3;

    QStringList tokens;
    //! The profile an xident://session/<token>?profile=<name> link names, by token.
    QHash<QString, QString> profiles;
    QStringList problems;
    //! For each of problems: whether the piece was merely a word (no link, no key, nothing shaped like a token).
    QList<bool> wordProblems;
    int refused = 0;
    //! Of the refused pieces, how many were words; the first MaxExamples of them, quoted.
    int words = 0;
    QStringList wordQuotes;

    //! What was refused, in plain text: up to \a listed sentences of their own (a key, a malformed token, a link
    //! without one), the rest counted, and the words summarised with a few examples. Empty when nothing was.
    QString summary(int listed = 3) const;
    //! The refusals that were more than words (a key, a malformed token, a link without one): up to \a listed
    //! sentences, the rest counted. Empty when there were none.
    QString otherProblems(int listed = 3) const;
};

//! Reads session tokens out of what a user pastes or passes on the command line.
//!
//! Pieces are separated by whitespace, commas or newlines. Each may be a bare token (xit_… or xtk_…),
//! a callback or redirect URL with a token= query parameter, or an xident://session/<token> link (which may name
//! its profile: ?profile=<name>).
class SessionReference
{
    Q_DECLARE_TR_FUNCTIONS(SessionReference)
public:
    static SessionReferenceParse parse(const QString &text);

    //! The longest quote of a refused piece in a problem sentence, ellipsis included.
    static constexpr int MaximumQuoteLength = 60;

private:
    static void readPiece(const QString &piece, SessionReferenceParse &result);
    static void readUrl(const QString &piece, SessionReferenceParse &result);
    static void readToken(const QString &candidate, const QString &where, SessionReferenceParse &result);
    static void refuse(SessionReferenceParse &result, const QString &sentence, const QString &word = {});
    static QString quoted(const QString &piece);
    friend struct SessionReferenceParse;
};

//! Same as SessionReference::parse().
SessionReferenceParse parseSessionReferences(const QString &text);

} // namespace Xident::Console
