#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Console {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

//! One request the webhook inbox received (or refused), as it lists and keeps it.
struct ReceivedWebhook
{
    qint64 id = 0;               //!< increasing, unique in the history
    QDateTime receivedAt;        //!< UTC
    QByteArray method;
    QString path;
    HeaderList headers;          //!< as received; credential-like values are kept for this run only
    QByteArray body;             //!< raw bytes
    QString remote;              //!< the sender's address
    int answeredStatus = 200;    //!< what the inbox answered
    QString refused;             //!< why the inbox refused it ("405 ..."); empty when accepted
    QString verdict;             //!< WebhookVerdict::code(), or "unverified" when no profile has a secret
    QString message;             //!< the verdict in words
    QString profileId;           //!< the profile whose secret it was judged by
    QString eventType;
    QString eventId;
    QString sessionRef;          //!< the session the body names: data.token, or data.id in the legacy shape
    QString matchedToken;        //!< the watchlist row it was matched to, empty when none
    QStringList references;      //!< every session token or id the body names (not kept in the history)
    int repeats = 1;             //!< refusals alike from the same sender in a row, listed as one
    QDateTime lastAt;            //!< when repeats > 1: the latest of them (UTC)

    bool isValid() const { return verdict == QLatin1StringView("valid"); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace Xident::Console

Q_DECLARE_METATYPE(Xident::Console::ReceivedWebhook)
