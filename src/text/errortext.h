#pragma once

#include <QtCore/QString>

namespace Xident {
class Error;
}

namespace Xident::Text {

//! A translated one-line caption for an error of the library ("The server could not be reached.").
QString errorCaption(const Xident::Error &error);
//! Caption, message, code, HTTP status and request id as plain text for the clipboard (the library redacted it).
QString errorDetails(const Xident::Error &error);

} // namespace Xident::Text
