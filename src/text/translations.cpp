#include "translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initTextResources()
{
    Q_INIT_RESOURCE(xident_text_i18n);
}

namespace Xident::Text {

namespace {
struct TranslationText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Text::Translations)
};

// Qt's command-line parser says these in every --help; Debian's French Qt catalog lacks them. A translator
// answers only for its own messages, so this catalog fills the gap without overriding Qt where it has them.
[[maybe_unused]] constexpr const char *QtParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

// Installed translators are parented to the application and live as long as it does.
bool install(const QLocale &locale, const QString &catalog, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, catalog, u"_"_s, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}
} // namespace

QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return {};
}

QString installTranslations(const QString &language, const QString &appCatalog)
{
    initTextResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const bool found = install(locale, appCatalog, u":/i18n"_s);
    install(locale, u"xident-text"_s, u":/i18n"_s);
    // Qt's own strings (dialog buttons, the file dialog, the command-line parser's "Usage:").
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString name = locale.name().section(u'_', 0, 0);
    if (found || name == "en"_L1 || name == "C"_L1)
        return {};
    return TranslationText::tr("%1: no translation for \"%2\"; English is used.")
        .arg(appCatalog, language.isEmpty() ? locale.name() : language);
}

} // namespace Xident::Text
