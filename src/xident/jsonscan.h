#pragma once

#include "xidentglobal.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QJsonValue>
#include <QtCore/QList>

#include <optional>

namespace Xident {

//! Checks JSON without building a document: one pass over the bytes, no allocation per value.
//! It accepts exactly what QJsonDocument::fromJson() accepts (Qt's leniencies included: a leading
//! UTF-8 byte order mark, unknown escapes, control characters inside strings), so a verdict taken
//! here never disagrees with a document parsed later.
class XIDENTQT_EXPORT JsonScan
{
public:
    //! A member of the top-level object, as spans of the input.
    struct Member
    {
        QByteArrayView key;    //!< the key's bytes between its quotes, escapes not decoded
        QByteArrayView value;  //!< the value's bytes exactly as written
        bool keyHasEscape = false;
    };

    //! Whether \a text is one JSON object (what QJsonDocument::fromJson(text).isObject() says).
    static bool isObject(QByteArrayView text);

    //! isObject(), and on success the top-level members in document order (duplicates kept).
    static bool scanObject(QByteArrayView text, QList<Member> *members);

    //! The decoded value of a span returned in Member::value (parses only that span).
    static QJsonValue decode(QByteArrayView value);
    //! The decoded key of a member.
    static QString key(const Member &member);
    //! The last member named \a key (Qt keeps the last of duplicate keys), decoded; nullopt when absent.
    static std::optional<QJsonValue> value(const QList<Member> &members, QLatin1StringView key);

    static constexpr int NestingLimit = 1024;
};

} // namespace Xident
