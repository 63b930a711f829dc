#pragma once

#include "scenarios/scenario.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace Xident::Http {
class Server;
}

namespace Xident::Scenarios {

//! Receives the webhooks of the sessions a run creates, on loopback, and answers each scenario's deliveries the way
//! it asks (a status, a delay, or a connection cut mid-answer), so that a sender's retries can be watched.
//!
//! A delivery belongs to the session its data names: the result token (v1) or the session id (legacy shape).
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Delivery
    {
        QDateTime at;
        QByteArray signature;   //!< the X-Xident-Signature header as received
        QByteArray body;        //!< byte for byte
        QString eventId, type, identity;
        int answered = 0;       //!< the status it was answered with; 0 when the connection was cut
    };
    //! How to answer deliveries for \a identity; the plain 200 when nobody asked otherwise.
    using Policy = std::function<ReceiverSpec(const QString &identity)>;

    static constexpr qsizetype MaxDeliveries = 20000;

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    //! Listens on 127.0.0.1:\a port (0: any free port); false with errorString() when it cannot.
    bool listen(quint16 port);
    quint16 port() const { return m_port; }
    //! Where a sender should POST: http://127.0.0.1:<port>/webhooks.
    QString url() const;
    QString errorString() const { return m_error; }
    void setPolicy(Policy policy) { m_policy = std::move(policy); }

    //! The deliveries for \a identity, oldest first.
    QList<Delivery> deliveriesFor(const QString &identity) const;
    //! Forgets \a identity's deliveries and how it was answered (a scenario run again starts afresh).
    void forget(const QString &identity);
    //! The identity a webhook body names: data.token (v1), else data.id (legacy); empty when it names none.
    static QString identityOf(const QByteArray &body);

Q_SIGNALS:
    void delivered(const QString &identity);

private:
    QByteArray answer(const QByteArray &body, const QByteArray &signature, int *status, int *delayMs, bool *cut);

    Http::Server *m_server;
    quint16 m_port = 0;
    QString m_error;
    Policy m_policy;
    QHash<QString, QList<Delivery>> m_deliveries;
    QHash<QString, int> m_answeredBadly;
    qsizetype m_count = 0;
};

} // namespace Xident::Scenarios
