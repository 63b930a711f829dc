#pragma once

#include "text/evidence.h"
#include "text/phrasebook.h"

#include <QtCore/QCoreApplication>

namespace Xident::Text {

//! The evidence as a page for people: sections, tables and words in the evidence's language, every value escaped.
//! Internal to evidenceHtml(); its problems (readEvidence()) are said in the program's language.
class EvidencePage
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Text::EvidencePage)
public:
    explicit EvidencePage(const Evidence &evidence);
    //! The page, with \a json as its embedded data.
    QByteArray html(const QByteArray &json) const;

private:
    QString say(const char *source) const;
    QString session(const Evidence::Session &s) const;
    QString facts(const Evidence::Session &s) const;
    QString checks(const Evidence::Session &s) const;
    //! A section: its heading, then its table, or why it is empty.
    QString table(const char *title, const QStringList &headers, const QList<QStringList> &rows,
                  const Evidence::Session &s, const QString &section) const;
    QString timeline(const Evidence::Session &s) const;
    QString webhooks(const Evidence::Session &s) const;
    QString exchanges(const Evidence::Session &s) const;
    QString unfilled(const Evidence::Session &s, const QString &section) const;

    const Evidence &m_evidence;
    Phrasebook m_book;
};

//! Evidence's data as embedded JSON (escaped so that no value can end its element) and as a JSON object.
QByteArray embeddedJson(const QJsonObject &data);
QJsonObject evidenceToJson(const Evidence &evidence);

} // namespace Xident::Text
