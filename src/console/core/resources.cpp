#include "console/core/resources.h"

#include <QtCore/QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initConsoleQrc()
{
    Q_INIT_RESOURCE(console);
}

namespace Xident::Console {

void initCoreResources()
{
    static std::once_flag once;
    std::call_once(once, initConsoleQrc);
}

} // namespace Xident::Console
