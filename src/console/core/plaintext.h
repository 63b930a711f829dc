#pragma once

#include <QtCore/QString>
#include <QtGui/QTextDocument>

namespace Xident::Console {

//! A tooltip showing \a text as the characters it is. Qt draws a tooltip as rich text when it looks like markup, so
//! a value from outside (a profile's name, a server's error, a webhook's event) that does is escaped, inside a
//! paragraph that keeps its line breaks. Other text is returned as it is.
inline QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace Xident::Console
