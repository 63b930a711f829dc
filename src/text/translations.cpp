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

QString languageArgument(int argc, char *argv[], bool *ok)
{
    QString language;
    bool valid = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        QByteArray value;
        if (arg == "--lang")
            value = i + 1 < argc ? QByteArray(argv[++i]) : QByteArray();
        else if (arg.startsWith("--lang="))
            value = arg.mid(7);
        else
            continue;
        valid = !value.isEmpty() && !value.startsWith('-');
        language = valid ? QString::fromLocal8Bit(value) : QString();
    }
    if (ok)
        *ok = valid;
    return language;
}

QString installTranslations(const QString &language, const QString &appCatalog)
{
    initTextResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const QString directory = u":/i18n"_s;
    const bool found = install(locale, appCatalog, directory);
    const bool shared = install(locale, u"xident-text"_s, directory);
    // A language without a catalog gets the English one, which holds the plural forms ("1 byte", "2 bytes").
    const QLocale english(QLocale::English);
    if (!found)
        install(english, appCatalog, directory);
    if (!shared)
        install(english, u"xident-text"_s, directory);
    // Qt's own strings (dialog buttons, the file dialog, the command-line parser's "Usage:").
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString asked = language.isEmpty() ? locale.name() : language;
    const QString code = asked.section(u'_', 0, 0).section(u'-', 0, 0).section(u'.', 0, 0).toLower();
    if (found || code == "en"_L1 || code == "c"_L1 || code == "posix"_L1)
        return {};
    return TranslationText::tr("%1: no translation for \"%2\"; English is used.").arg(appCatalog, asked);
}

} // namespace Xident::Text
