#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Console {

//! What a paste or a command line held: the session tokens found, in order and without repeats, and
//! one plain sentence per piece that was refused. A refused API key is never quoted back.
struct SessionReferenceParse
{
    QStringList tokens;
    QStringList problems;
};

//! Reads session tokens out of what a user pastes or passes on the command line.
//!
//! Pieces are separated by whitespace, commas or newlines. Each may be a bare token (xit_… or xtk_…),
//! a callback or redirect URL with a token= query parameter, or an xident://session/<token> link.
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
    static QString quoted(const QString &piece);
};

//! Same as SessionReference::parse().
SessionReferenceParse parseSessionReferences(const QString &text);

} // namespace Xident::Console
