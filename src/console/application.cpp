#include "application.h"

#include "mainwindow.h"

#include <QtWidgets/QApplication>

namespace Xident::Console {

int runConsole(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("xident-console"));
    QApplication::setOrganizationName(QStringLiteral("xident-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Xident Console"));
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Xident::Console
