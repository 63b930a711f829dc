#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

namespace Xident::Text {

//! What an evidence file holds: one or more sessions as support saw them, for a ticket. The console fills it from
//! its watchlist, history, inbox and request log; the CLI from GET /result and, when given, the console's history.
//! Both write it with evidenceHtml(), so the same input and time give the same bytes.
struct Evidence
{
    //! The version of the embedded data this program writes and reads.
    static constexpr int FormatVersion = 1;
    //! The largest file read back.
    static constexpr qsizetype MaxFileBytes = 50 * 1024 * 1024;

    struct Change
    {
        QDateTime at;        //!< UTC
        QString from, to, requestId, event;
    };
    struct Webhook
    {
        QDateTime receivedAt;   //!< UTC
        QString eventType, eventId, verdict;
        QByteArray body;        //!< empty unless bodies were asked for
    };
    struct Exchange
    {
        QDateTime at;           //!< UTC
        QString method, url, requestId, error;
        int status = 0;
        int attempt = 1;
        qint64 durationMs = 0;
    };
    struct Check
    {
        QString name;
        bool performed = false;
        std::optional<bool> passed;
    };
    struct Session
    {
        QString token;
        QStringList otherTokens;
        QString status;
        std::optional<int> ageBracket;
        QString method, reason;
        QList<Check> checks;
        QString userId;            //!< empty unless asked for
        QString ticket, note;
        QString profileName, host;
        QString createdAt, completedAt;   //!< as the result says them
        QList<Change> timeline;
        QList<Webhook> webhooks;
        QList<Exchange> exchanges;
        QJsonObject result;        //!< the raw result, empty unless asked for
        //! Sections that could not be filled, by name ("timeline", "webhooks", "exchanges"), with why: one of the
        //! Gap sentences below (said in the evidence's language) or the program's own words.
        QList<QPair<QString, QString>> unfilled;
    };

    //! Why a section is empty, in English; the page says them in its language.
    struct Gap
    {
        static constexpr const char *NoExchanges = QT_TRANSLATE_NOOP("Xident::Text::EvidencePage",
            "None of its requests are in the request log any more (it keeps the last exchanges of this run only).");
        static constexpr const char *NoWebhooks = QT_TRANSLATE_NOOP("Xident::Text::EvidencePage",
            "The inbox has received no webhook for this session.");
        static constexpr const char *NoTimeline = QT_TRANSLATE_NOOP("Xident::Text::EvidencePage",
            "The history holds no status change for this session.");
        static constexpr const char *NoHistoryGiven = QT_TRANSLATE_NOOP("Xident::Text::EvidencePage",
            "Not filled: give the console's history file with --history.");
        static constexpr const char *NotInHistory = QT_TRANSLATE_NOOP("Xident::Text::EvidencePage",
            "The history file holds no such session.");
        static constexpr const char *WebhooksInConsole = QT_TRANSLATE_NOOP("Xident::Text::EvidencePage",
            "Not filled: the command line does not receive webhooks; the console's inbox does.");
    };

    QString language = QStringLiteral("en");   //!< of the verdict, the reply sentence and the labels
    QDateTime exportedAt;                      //!< UTC
    QString consoleVersion, libraryVersion, qtVersion;
    QList<Session> sessions;
};

//! A session's part as its result says it (GET /result's data, raw): status, age bracket, method, reason, checks,
//! times and the result token; the user id and the raw result only when asked for. Both programs start from it.
Evidence::Session evidenceFromResult(const QString &token, const QString &status, const QByteArray &resultJson,
                                     bool includeUserId, bool includeRaw);

//! The evidence as one self-contained HTML page: no script, no request, every value escaped; the same data
//! embedded as JSON for reading back. \a redact is applied to every text that goes in (the caller's secrets out).
QByteArray evidenceHtml(const Evidence &evidence, const std::function<QString(const QString &)> &redact = {});

//! Reads an evidence file back from its embedded data only. Empty, with \a problem saying why, for a file that is
//! too large, has no such data, or has a format version this program does not know.
std::optional<Evidence> readEvidence(const QByteArray &file, QString *problem);

//! A file name that carries no personal data: the ticket reference or the first token's first characters, and the
//! date ("evidence-ZD-48213-2026-12-05.html").
QString evidenceFileName(const Evidence &evidence);

} // namespace Xident::Text
