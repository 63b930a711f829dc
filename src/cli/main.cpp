#include "cli.h"

#include <QtCore/QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xident"));
    QCoreApplication::setApplicationVersion(Xident::Client::version());

    int exitCode = 1;
    bool done = false;
    Xident::Cli::Cli cli(QCoreApplication::arguments());
    QObject::connect(&cli, &Xident::Cli::Cli::done, &app, [&](int code) {
        exitCode = code;
        done = true;
        QCoreApplication::exit(code);
    });
    cli.run();
    if (done)
        return exitCode;
    app.exec();
    return exitCode;
}
