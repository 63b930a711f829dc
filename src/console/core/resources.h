#pragma once

namespace Xident::Console {

//! Registers the console's icons (resources/console.qrc, built into the core library). Models that show icons
//! call it; calling it again does nothing.
void initCoreResources();

} // namespace Xident::Console
