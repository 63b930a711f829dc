#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Console {

class MainWindow;
class Workspace;

//! The console's whole start-up: arguments, single instance, the main window and the event loop.
int runConsole(int argc, char *argv[]);
//! What a later launch handed over (its arguments without the program): switches to the profile it names, shares
//! the pages on its phone address, opens its sessions and enters presenter mode when asked; a problem is a notice.
void openHandedOver(MainWindow *window, Workspace *workspace, const QStringList &arguments);
//! Registers the console's icons (the library is static: its resources need a call).
void initResources();
//! Installs the console's catalog, the shared texts' and Qt's own for \a language ("de", "fr_CH"; the system's when empty) and
//! makes it the default locale. A sentence for the operator when no catalog exists for it, else empty.
QString installTranslations(const QString &language = {});
//! Where the history database lives: $XDG_DATA_HOME/xident-console (~/.local/share/xident-console).
QString dataDirectory();

} // namespace Xident::Console
