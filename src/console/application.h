#pragma once

namespace Xident::Console {

//! The console's whole start-up: arguments, single instance, the main window and the event loop.
int runConsole(int argc, char *argv[]);

} // namespace Xident::Console
