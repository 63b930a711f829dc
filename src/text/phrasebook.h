#pragma once

#include <QtCore/QString>

#include <memory>

class QTranslator;

namespace Xident::Text {

//! The shared texts in one language for one document, whatever language the program speaks: an evidence file for
//! a German customer is written in German from an English console. Without a phrasebook (null) the functions that
//! take one say their texts in the program's language, as tr() does.
class Phrasebook
{
public:
    //! \a language: "en", "de" or "fr" (a region is ignored); English for any other.
    explicit Phrasebook(const QString &language);
    ~Phrasebook();
    Phrasebook(const Phrasebook &) = delete;
    Phrasebook &operator=(const Phrasebook &) = delete;

    //! The two-letter code of the language it speaks.
    QString language() const { return m_language; }
    //! \a source of \a context in this language (the English source when the catalog has none); \a n chooses a
    //! plural form and replaces %n.
    QString say(const char *context, const char *source, int n = -1) const;

    //! The languages an evidence file can be written in.
    static QStringList languages();

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

//! \a source of \a context said by \a book, or in the program's language when \a book is null.
QString say(const Phrasebook *book, const char *context, const char *source, int n = -1);

} // namespace Xident::Text
