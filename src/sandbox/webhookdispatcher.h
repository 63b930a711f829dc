#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <map>

namespace Xident {
class WebhookSender;
}

namespace Xident::Sandbox {

//! One attempt to deliver an event to one URL, with the exact signature header it carried.
struct DeliveryAttempt
{
    QString url;
    int attempt = 1;
    int status = 0;          //!< 0 when no HTTP answer came
    QString error;           //!< empty on a 2xx
    qint64 latencyMs = 0;
    QDateTime at;
    QByteArray signature;    //!< the X-Xident-Signature header sent
};

//! An event and what became of it at each URL; the body is kept byte for byte, so any attempt can be
//! checked again with `xident webhook verify` from its signature and this body.
struct Delivery
{
    quint64 index = 0;
    QString eventId, type, token, apiKey;
    QByteArray body;
    QDateTime createdAt;
    QList<DeliveryAttempt> attempts;
    QList<QUrl> urls;
    QList<QUrl> deliveredTo;
    bool delivered() const { return !urls.isEmpty() && deliveredTo.size() == urls.size(); }
    QJsonObject toJson() const;
};

//! Signs and sends events to the configured URLs, each URL retried on its own with backoff, and keeps
//! a capped log of deliveries (by count and by age).
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxAttempts = 5;
    static constexpr int AttemptTimeoutMs = 10000;
    static constexpr int MaxLoggedAttempts = 50;

    WebhookDispatcher(QString secret, QList<QUrl> urls, int maxDeliveries, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    QList<QUrl> urls() const { return m_urls; }
    //! Where later deliveries go; those under way keep their URLs.
    void setUrls(const QList<QUrl> &urls) { m_urls = urls; }
    //! How long one attempt may wait for an answer (default AttemptTimeoutMs).
    void setAttemptTimeout(int ms) { m_attemptTimeoutMs = ms; }
    //! The wait before the second attempt; it doubles for each later one.
    void setRetryBase(int ms) { m_retryBaseMs = ms; }
    //! Logs the event and sends it to every URL; returns its index.
    quint64 dispatch(const QString &apiKey, const QString &token, const QString &eventId, const QString &type, QByteArray body);
    //! Sends delivery \a index again to every URL; false when it is not (or no longer) in the log.
    bool resend(quint64 index);
    const Delivery *find(quint64 index) const;
    //! Page \a page (1-based) of \a apiKey's deliveries (every key's when empty), oldest first.
    QList<const Delivery *> page(const QString &apiKey, int page, int perPage, int *total) const;
    QJsonArray toJson() const;
    int size() const { return int(m_log.size()); }
    //! Forgets up to \a max deliveries created before \a cutoff; returns how many.
    int forgetOlderThan(const QDateTime &cutoff, int max);

Q_SIGNALS:
    void attempted(const QJsonObject &delivery);

private:
    void deliver(quint64 index, const QUrl &url, int attempt);

    QString m_secret;
    QList<QUrl> m_urls;
    int m_maxDeliveries;
    WebhookSender *m_sender;
    std::map<quint64, Delivery> m_log;
    quint64 m_next = 0;
    int m_attemptTimeoutMs = AttemptTimeoutMs;
    int m_retryBaseMs = 1000;
};

} // namespace Xident::Sandbox
