#include "text/translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

#include <algorithm>

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

namespace {
// How many arguments a --lang option takes at \a i (0: none here; 1: --lang=<code>; 2: --lang <code>), and its
// value. The one place that knows the option's spelling.
qsizetype languageOptionAt(const QStringList &args, qsizetype i, QString *value)
{
    const QString &arg = args.at(i);
    if (arg == "--lang"_L1) {
        *value = args.value(i + 1);
        return std::min<qsizetype>(2, args.size() - i);
    }
    if (arg.startsWith("--lang="_L1)) {
        *value = arg.mid(7);
        return 1;
    }
    return 0;
}
} // namespace

QString languageArgument(int argc, char *argv[], bool *ok)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString language;
    bool valid = true;
    for (qsizetype i = 1; i < args.size() && args.at(i) != "--"_L1;) {
        QString value;
        const qsizetype taken = languageOptionAt(args, i, &value);
        if (taken == 0) {
            ++i;
            continue;
        }
        i += taken;
        valid = !value.isEmpty() && !value.startsWith(u'-');
        language = valid ? value : QString();
    }
    if (ok)
        *ok = valid;
    return language;
}

QStringList withoutLanguageArgument(QStringList args)
{
    for (qsizetype i = 1; i < args.size() && args.at(i) != "--"_L1;) {
        QString value;
        if (const qsizetype taken = languageOptionAt(args, i, &value))
            args.remove(i, taken);
        else
            ++i;
    }
    return args;
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
