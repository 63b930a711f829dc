#include "text/phrasebook.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initPhrasebookResources()
{
    Q_INIT_RESOURCE(xident_text_i18n);
}

namespace Xident::Text {

Phrasebook::Phrasebook(const QString &language)
    : m_language(language.left(2).toLower())
{
    if (!languages().contains(m_language))
        m_language = u"en"_s;
    // The catalog of these texts is in the library's resources, whatever the program installed.
    initPhrasebookResources();
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/xident-text_%1.qm"_s.arg(m_language)))
        m_translator = std::move(translator);
}

Phrasebook::~Phrasebook() = default;

QStringList Phrasebook::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString Phrasebook::say(const char *context, const char *source, int n) const
{
    QString text = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(u"%n"_s, QString::number(n));
    return text;
}

QString say(const Phrasebook *book, const char *context, const char *source, int n)
{
    return book ? book->say(context, source, n) : QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace Xident::Text
