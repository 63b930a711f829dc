#pragma once

#include <QtCore/QString>

namespace Xident::Sandbox {

//! The hosted widget's shared words in one language; the tester's panel and the phone flow both use them.
struct WidgetTexts
{
    const char *title, *sandbox, *ageGate, *noGate, *pass, *fail, *cancel, *method, *reason, *processing, *closed;
};

//! The language the widget speaks for a session's \a locale: "de", "fr", or "en" for any other.
QString widgetLanguage(const QString &locale);
//! The shared words in widgetLanguage(\a locale).
const WidgetTexts &widgetTexts(const QString &locale);

} // namespace Xident::Sandbox
