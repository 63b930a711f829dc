#include "cli.h"
#include "exitcodes.h"
#include "translations.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// --lang <code> works before or after the command; the commands never see it.
QStringList withoutLanguage(QStringList args)
{
    for (qsizetype i = 1; i < args.size();) {
        if (args.at(i) == "--"_L1)
            break;
        if (args.at(i) == "--lang"_L1)
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
        else if (args.at(i).startsWith("--lang="_L1))
            args.remove(i);
        else
            ++i;
    }
    return args;
}

} // namespace

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
    Xident::Cli::Cli cli(withoutLanguage(QCoreApplication::arguments()));
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
