// xident-console: the desktop console. Everything lives in the console library; this only starts it.
#include "console/application.h"

int main(int argc, char *argv[])
{
    return Xident::Console::runConsole(argc, argv);
}
