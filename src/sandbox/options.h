#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <optional>

class QCommandLineParser;

namespace Xident::Sandbox {

//! Settings of a sandbox, from flags or from the console.
struct Options
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 9000;
    bool freePortIfTaken = false;          //!< when the port is taken, listen on a free one instead (the console does)
    QString apiKey;                        //!< when set, the only accepted key; otherwise any sk_test_ key
    QString webhookSecret;                 //!< generated when empty
    QList<QUrl> webhookUrls;
    enum class Shape { Auto, V1, Legacy } shape = Shape::Auto;
    int tokenTtlSeconds = 600;
    int magicDelayMs = 1500;               //!< how long sandbox:pass and friends take to complete
    int processingDelayMs = 0;             //!< widget: time between the tester's choice and the outcome
    QString publicBaseUrl;                 //!< used in verify_url; derived from the listen address when empty
    // Fault injection
    int latencyMs = 0;
    double errorRate = 0.0;                //!< share of API requests answered 500
    QList<int> script;                     //!< statuses for the next API requests, then normal service
    int rateLimitPerMinute = 0;            //!< per key; 0 = unlimited
    int rateLimitRetryAfter = 1;
    // What it keeps, so that memory levels off however long it runs
    int maxSessions = 100000;              //!< the oldest session is forgotten beyond this
    int sessionMaxAgeSeconds = 24 * 3600;  //!< sessions (and webhook deliveries) older than this are forgotten
    int maxDeliveries = 10000;             //!< the oldest webhook delivery record is forgotten beyond this
    int resourceDelayMs = 500;             //!< how long blacklist additions and 2FA challenges stay "processing"
    int webhookTimeoutMs = 10000;          //!< a receiver that has not answered by then is logged as a timeout
    int webhookRetryBaseMs = 1000;         //!< the wait before a webhook's second attempt, doubled for each later one
    QString adminKey;                      //!< sees every key's sessions, deliveries and faults; generated when empty

    static constexpr int MaxTokenTtlSeconds = 30 * 86400;
    static constexpr int MaxDelayMs = 600000;
    //! Empty when every setting is in range; otherwise the first problem, naming its flag.
    QString validate() const;

    //! Adds the xident-sandbox flags to \a parser.
    static void addFlags(QCommandLineParser &parser);
    //! The options a processed \a parser holds; nothing, with \a error naming the flag, when one is wrong.
    static std::optional<Options> fromFlags(const QCommandLineParser &parser, QString *error);
};

//! Whether \a text is an absolute http:// or https:// URL with a host.
bool isAbsoluteHttpUrl(const QString &text);

} // namespace Xident::Sandbox
