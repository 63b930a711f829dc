#pragma once

#include "console/core/apicall.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace Xident::Console::CallCode {

//! What a call can be copied as.
enum class Language {
    Curl,     //!< a shell command
    Python,   //!< the official `xident` package (3.x)
    Php,      //!< the official `xident-io/php-sdk` Composer package (3.x)
    Cpp,      //!< a complete program on Xident-Qt
};

//! Every language, in the order menus show them.
QList<Language> languages();
//! The menu's words for \a language ("Python (xident)").
QString languageName(Language language);

//! \a call as working code in \a language. The key is read from the environment (XIDENT_SECRET_KEY) and never
//! written; the base URL, API version and extra headers are the call's; an image is read from call.imageFile.
QString snippet(const ApiCall &call, Language language);

//! String literals of each language, for any text (quotes, backslashes, newlines, non-ASCII).
QString shellQuoted(const QString &text);
QString pythonString(const QString &text);
QString phpString(const QString &text);
QString cppString(const QString &text);

} // namespace Xident::Console::CallCode
