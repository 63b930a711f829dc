#pragma once

#include <QtCore/QString>

namespace Xident::Console {

//! The console's whole start-up: arguments, single instance, the main window and the event loop.
int runConsole(int argc, char *argv[]);
//! Registers the console's icons (the library is static: its resources need a call).
void initResources();
//! Installs the console's catalog, the shared texts' and Qt's own for \a language ("de", "fr_CH"; the system's when empty) and
//! makes it the default locale. A sentence for the operator when no catalog exists for it, else empty.
QString installTranslations(const QString &language = {});
//! Where the history database lives: $XDG_DATA_HOME/xident-console (~/.local/share/xident-console).
QString dataDirectory();

} // namespace Xident::Console
