#include "sandbox/options.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Xident::Sandbox {

namespace {

// Every flag, in the order --help lists them. A flag with a field takes a whole number into it; the others are
// read one by one in readTextFlags().
struct Flag
{
    const char *name;
    const char *help;
    const char *valueName;
    const char *defaultValue;
    int Options::*field = nullptr;
    const char *expected = nullptr;   // for a number: what the error says was expected
};

constexpr Flag Flags[] = {
    {"listen", "Address to listen on (default 127.0.0.1; loopback unless told otherwise).", "addr", "127.0.0.1"},
    {"port", "Port (default 9000; 0 picks a free one and prints it).", "n", "9000"},
    {"api-key", "Accept only this sk_test_ key (default: any sk_test_ key).", "key", nullptr},
    {"shape", "Result shape: auto (by X-API-Version), v1 or legacy.", "shape", "auto"},
    {"token-ttl", "Seconds an unstarted init token lives (default 600).", "s", "600", &Options::tokenTtlSeconds,
     "whole seconds"},
    {"webhook-url", "POST signed events here (repeatable).", "url", nullptr},
    {"webhook-secret", "Signing secret (whsec_...); generated when absent.", "secret", nullptr},
    {"latency", "Fault: add this many ms to every API answer.", "ms", "0", &Options::latencyMs, "whole milliseconds"},
    {"error-rate", "Fault: answer this share of API requests with 500 (0..1).", "rate", "0"},
    {"script", "Fault: statuses for the next API requests, e.g. 503,503,200.", "list", nullptr},
    {"rate-limit", "Fault: at most N API requests per minute per key, then 429.", "n", "0", &Options::rateLimitPerMinute,
     "a whole number"},
    {"retry-after", "Retry-After seconds sent with 429 (default 1).", "s", "1", &Options::rateLimitRetryAfter,
     "whole seconds"},
    {"magic-delay", "Ms before a magic user_id or metadata (sandbox:pass, ...) opens its session; it settles half as long "
                    "again later (default 1500).", "ms", "1500", &Options::magicDelayMs, "whole milliseconds"},
    {"processing-delay", "Widget: ms between the tester's choice and the outcome.", "ms", "0", &Options::processingDelayMs,
     "whole milliseconds"},
    {"public-url", "Base URL to put in verify_url and show (e.g. http://192.168.1.20:9000 behind a tunnel); default: "
                   "the listen address.", "url", nullptr},
    {"max-sessions", "Sessions kept at most; the oldest is forgotten beyond (default 100000).", "n", "100000",
     &Options::maxSessions, "a whole number"},
    {"session-max-age", "Seconds a session and its webhook records are kept (default 86400).", "s", "86400",
     &Options::sessionMaxAgeSeconds, "whole seconds"},
    {"max-deliveries", "Webhook delivery records kept at most (default 10000).", "n", "10000", &Options::maxDeliveries,
     "a whole number"},
    {"admin-key", "The key that sees every key's sessions, deliveries and faults on /_sandbox (default: generated and "
                  "printed).", "key", nullptr},
    {"resource-delay", "Ms that blacklist additions and 2FA challenges stay \"processing\" (default 500).", "ms", "500",
     &Options::resourceDelayMs, "whole milliseconds"},
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// A whole number within int, or nothing.
std::optional<int> wholeNumber(const QString &value)
{
    bool ok = false;
    const qlonglong v = value.trimmed().toLongLong(&ok);
    if (!ok || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(v);
}

// The flags that are not plain numbers; empty when all are right, else the problem naming the flag.
QString readTextFlags(const QCommandLineParser &parser, Options &o)
{
    const QString listen = parser.value(u"listen"_s);
    if (!o.address.setAddress(listen))
        return u"--listen: \"%1\" is not an IP address."_s.arg(listen);
    const std::optional<int> port = wholeNumber(parser.value(u"port"_s));
    if (!port || *port < 0 || *port > 65535)
        return u"--port: expected 0..65535, got \"%1\"."_s.arg(parser.value(u"port"_s));
    o.port = quint16(*port);
    o.apiKey = parser.value(u"api-key"_s);
    o.publicBaseUrl = parser.value(u"public-url"_s);
    while (o.publicBaseUrl.endsWith(u'/'))
        o.publicBaseUrl.chop(1);
    const QString shape = parser.value(u"shape"_s);
    if (shape == "v1"_L1)
        o.shape = Options::Shape::V1;
    else if (shape == "legacy"_L1)
        o.shape = Options::Shape::Legacy;
    else if (shape != "auto"_L1)
        return u"--shape: expected auto, v1 or legacy."_s;
    for (const QString &u : parser.values(u"webhook-url"_s)) {
        if (!isAbsoluteHttpUrl(u))
            return u"--webhook-url: \"%1\" is not an absolute http(s) URL."_s.arg(u);
        o.webhookUrls.append(QUrl(u, QUrl::StrictMode));
    }
    o.webhookSecret = parser.value(u"webhook-secret"_s);
    if (!o.webhookSecret.isEmpty() && !o.webhookSecret.startsWith("whsec_"_L1))
        return u"--webhook-secret: a webhook secret starts with whsec_."_s;
    bool ok = false;
    o.errorRate = parser.value(u"error-rate"_s).toDouble(&ok);
    if (!ok || !std::isfinite(o.errorRate))
        return u"--error-rate: expected a number from 0 to 1."_s;
    for (const QString &item : parser.value(u"script"_s).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<int> status = wholeNumber(item);
        if (!status || *status < 100 || *status > 599)
            return u"--script: \"%1\" is not an HTTP status."_s.arg(item);
        o.script.append(*status);
    }
    o.adminKey = parser.value(u"admin-key"_s);
    return {};
}

} // namespace

bool isAbsoluteHttpUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

void Options::addFlags(QCommandLineParser &parser)
{
    for (const Flag &f : Flags) {
        QCommandLineOption option(text(f.name), text(f.help), text(f.valueName));
        if (f.defaultValue)
            option.setDefaultValue(text(f.defaultValue));
        parser.addOption(option);
    }
}

std::optional<Options> Options::fromFlags(const QCommandLineParser &parser, QString *error)
{
    Options o;
    *error = readTextFlags(parser, o);
    if (!error->isEmpty())
        return std::nullopt;
    for (const Flag &f : Flags) {
        if (!f.field)
            continue;
        const QString value = parser.value(text(f.name));
        const std::optional<int> number = wholeNumber(value);
        if (!number) {
            *error = u"--%1: expected %2, got \"%3\"."_s.arg(text(f.name), text(f.expected), value);
            return std::nullopt;
        }
        o.*f.field = *number;
    }
    *error = o.validate();
    if (!error->isEmpty())
        return std::nullopt;
    return o;
}

QString Options::validate() const
{
    // Every duration becomes a timer interval (an int of milliseconds) or a date offset: keep them sane.
    if (tokenTtlSeconds < 1 || tokenTtlSeconds > MaxTokenTtlSeconds)
        return u"--token-ttl: expected seconds from 1 to %1."_s.arg(MaxTokenTtlSeconds);
    if (magicDelayMs < 0 || magicDelayMs > MaxDelayMs)
        return u"--magic-delay: expected milliseconds from 0 to %1."_s.arg(MaxDelayMs);
    if (processingDelayMs < 0 || processingDelayMs > MaxDelayMs)
        return u"--processing-delay: expected milliseconds from 0 to %1."_s.arg(MaxDelayMs);
    if (latencyMs < 0 || latencyMs > MaxDelayMs)
        return u"--latency: expected milliseconds from 0 to %1."_s.arg(MaxDelayMs);
    if (!(errorRate >= 0.0 && errorRate <= 1.0))
        return u"--error-rate: expected a number from 0 to 1."_s;
    if (rateLimitPerMinute < 0 || rateLimitPerMinute > 1000000)
        return u"--rate-limit: expected requests per minute from 0 to 1000000."_s;
    if (rateLimitRetryAfter < 0 || rateLimitRetryAfter > 86400)
        return u"--retry-after: expected seconds from 0 to 86400."_s;
    if (!apiKey.isEmpty() && !QRegularExpression(QRegularExpression::anchoredPattern(u"sk_test_[A-Za-z0-9_]+"_s)).match(apiKey).hasMatch())
        return u"--api-key: the sandbox only accepts sk_test_ keys (letters, digits and _ after the prefix)."_s;
    if (maxSessions < 1 || maxSessions > 10000000)
        return u"--max-sessions: expected a number from 1 to 10000000."_s;
    if (sessionMaxAgeSeconds < 60 || sessionMaxAgeSeconds > 30 * 86400)
        return u"--session-max-age: expected seconds from 60 to %1."_s.arg(30 * 86400);
    if (webhookRetryBaseMs < 10 || webhookRetryBaseMs > 60000)
        return u"webhook retry base: expected milliseconds from 10 to 60000."_s;
    if (webhookTimeoutMs < 100 || webhookTimeoutMs > 120000)
        return u"webhook timeout: expected milliseconds from 100 to 120000."_s;
    if (resourceDelayMs < 0 || resourceDelayMs > MaxDelayMs)
        return u"--resource-delay: expected milliseconds from 0 to %1."_s.arg(MaxDelayMs);
    if (maxDeliveries < 1 || maxDeliveries > 1000000)
        return u"--max-deliveries: expected a number from 1 to 1000000."_s;
    if (!adminKey.isEmpty() && !QRegularExpression(QRegularExpression::anchoredPattern(u"sk_test_[A-Za-z0-9_]{8,}"_s)).match(adminKey).hasMatch())
        return u"--admin-key: expected an sk_test_ key with at least 8 letters, digits or _ after the prefix."_s;
    if (!publicBaseUrl.isEmpty() && !isAbsoluteHttpUrl(publicBaseUrl))
        return u"--public-url: \"%1\" is not an absolute http(s) URL."_s.arg(publicBaseUrl);
    return {};
}

} // namespace Xident::Sandbox
