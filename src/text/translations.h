#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Text {

//! The value of --lang <code> or --lang=<code> in \a argv (the last one given), read before any parser exists:
//! the help itself is translated. Empty when not given; \a ok (when not null) turns false when --lang is given
//! without a code (the last argument, empty, or followed by another option).
QString languageArgument(int argc, char *argv[], bool *ok = nullptr);
//! \a args (argv[0] first) without the --lang options languageArgument() reads, for a program whose commands
//! take --lang anywhere on the line and never see it.
QStringList withoutLanguageArgument(QStringList args);

//! Installs the translations for \a language (the system's when empty; a chosen one becomes QLocale's default,
//! so numbers and dates follow it): the application's catalog :/i18n/<appCatalog>_<lang>.qm, the shared texts of
//! this library, and Qt's own strings from the system (Debian: qt6-translations-l10n). Returns a warning for the
//! user when the language has no catalog here (English is then used), or an empty string.
QString installTranslations(const QString &language, const QString &appCatalog);

} // namespace Xident::Text
