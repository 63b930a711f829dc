#include "console/core/profile.h"

#include <XidentQt/redaction.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QUrl>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {
// The translation context of these functions (lupdate reads it from the macro).
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Xident::Console::Profile)
};
} // namespace

Config Profile::config() const
{
    Config c(apiKey);
    c.setBaseUrl(baseUrl);
    c.setApiVersion(apiVersion);
    c.setTimeout(std::chrono::seconds(timeoutSeconds));
    c.setMaxRetries(maxRetries);
    for (const auto &h : extraHeaders) {
        // A credential header whose value the keychain has not given (yet) is not sent empty.
        if (!h.second.isEmpty())
            c.addExtraHeader(h.first, h.second);
    }
    return c;
}

QList<Profile::Problem> Profile::problems() const
{
    QList<Problem> out;
    if (name.trimmed().isEmpty())
        out.append({Field::Name, ProfileText::tr("Give the profile a name.")});
    if (!isSandbox()) {
        if (const Error e = Config::validateApiKey(apiKey))
            out.append({Field::ApiKey, e.message()});
        // The URL rules (and the live key over plain http) come from the library, with a key that passes.
        Config probe(isLive() ? apiKey : u"sk_test_probe"_s);
        probe.setBaseUrl(baseUrl);
        if (const Error e = probe.validate())
            out.append({Field::BaseUrl, e.message()});
    }
    if (apiVersion.trimmed().isEmpty())
        out.append({Field::ApiVersion, ProfileText::tr("The API version is required, for example 2026-08-13.")});
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        out.append({Field::Timeout, ProfileText::tr("The timeout must be between 1 and 600 seconds.")});
    if (maxRetries < 0 || maxRetries > 10)
        out.append({Field::MaxRetries, ProfileText::tr("Retries must be between 0 and 10.")});
    if (pollIntervalSeconds < 1 || pollIntervalSeconds > 3600)
        out.append({Field::PollInterval, ProfileText::tr("The poll interval must be between 1 second and 1 hour.")});
    Config headers;
    for (const auto &h : extraHeaders) {
        if (const Error e = headers.addExtraHeader(h.first, h.second)) {
            out.append({Field::ExtraHeaders, e.message()});
            break;
        }
    }
    if (webhookSecret.contains(u'\n') || webhookSecret.contains(u'\r'))
        out.append({Field::WebhookSecret, ProfileText::tr("The webhook secret cannot contain line breaks.")});
    return out;
}

Config::HeaderList Profile::parseHeaders(const QString &text, QStringList *problems)
{
    Config::HeaderList out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (problems)
                problems->append(ProfileText::tr("Line %1: write a header as \"Name: value\".").arg(i + 1));
            continue;
        }
        out.append(qMakePair(line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()));
    }
    return out;
}

QString Profile::formatHeaders(const Config::HeaderList &headers)
{
    QStringList lines;
    for (const auto &h : headers)
        lines.append(QString::fromUtf8(h.first) + u": "_s + QString::fromUtf8(h.second));
    return lines.join(u'\n');
}

bool Profile::isSensitiveHeader(const QByteArray &name)
{
    // The library's list (whose values it masks whole), and any name that merely sounds like a credential.
    if (isSecretHeader(name.trimmed()))
        return true;
    const QByteArray lower = name.trimmed().toLower();
    for (const char *word : {"auth", "cookie", "token", "secret", "key", "password", "session"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

Config::HeaderList Profile::withoutSensitiveValues(const Config::HeaderList &headers)
{
    Config::HeaderList out = headers;
    for (auto &h : out) {
        if (isSensitiveHeader(h.first))
            h.second.clear();
    }
    return out;
}

Config::HeaderList Profile::sensitiveOnly(const Config::HeaderList &headers)
{
    Config::HeaderList out;
    for (const auto &h : headers) {
        if (isSensitiveHeader(h.first))
            out.append(h);
    }
    return out;
}

Config::HeaderList Profile::mergedSensitive(Config::HeaderList headers, const Config::HeaderList &sensitive)
{
    for (const auto &s : sensitive) {
        bool found = false;
        for (auto &h : headers) {
            if (h.first.compare(s.first, Qt::CaseInsensitive) == 0 && h.second.isEmpty()) {
                h.second = s.second;
                found = true;
                break;
            }
        }
        if (!found)
            headers.append(s);
    }
    return headers;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Xident::Console
