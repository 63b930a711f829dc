#include <XidentQt/client.h>
#include "cli/cli.h"
#include "cli/exitcodes.h"
#include "text/translations.h"

#include <QtCore/QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"xident"_s);
    QCoreApplication::setApplicationVersion(Xident::Client::version());
    bool languageGiven = true;
    const QString language = Xident::Text::languageArgument(argc, argv, &languageGiven);
    const QString problem = Xident::Text::installTranslations(language, u"xident"_s);
    if (!languageGiven) {
        std::fprintf(stderr, "%s\n", qPrintable(Xident::Cli::Cli::tr("xident: --lang needs a language code: en, de or fr.")));
        return Xident::Cli::Usage;
    }
    if (!problem.isEmpty() && !language.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(problem));

    int exitCode = 1;
    bool done = false;
    // --lang <code> works before or after the command; the commands never see it.
    Xident::Cli::Cli cli(Xident::Text::withoutLanguageArgument(QCoreApplication::arguments()));
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
