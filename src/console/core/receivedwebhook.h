#pragma once

#include <XidentQt/webhook.h>

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayList>
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
    QByteArrayList withheld;     //!< names (lower case) of headers whose values were not kept: never replayed
    QByteArray body;             //!< raw bytes
    QString remote;              //!< the sender's address
    int answeredStatus = 200;    //!< what the inbox answered
    QString refused;             //!< why the inbox refused it ("405 ..."); empty when accepted
    //! How the inbox took it.
    enum class Judgement {
        Unverified,   //!< accepted; no profile has a secret to check it with
        Judged,       //!< accepted and checked: verdict says how it went
        Refused,      //!< not accepted: refused says why
    };
    Judgement judgement = Judgement::Unverified;
    WebhookVerdict verdict;      //!< when Judged: the library's verdict and its parameters, judged as of receivedAt
    //! False for a row from an older history, which kept the verdict's sentence (note) but not its parameters.
    bool verdictHasParameters = true;
    QString note;                //!< words kept as they were: a refusal's detail, or an older history's sentence
    QString storedCode;          //!< a verdict code from the history that this version does not know, kept as it was
    QString profileId;           //!< the profile whose secret it was judged by
    QString eventType;
    QString eventId;
    QString sessionRef;          //!< the session the body names: data.token, or data.id in the legacy shape
    QString matchedToken;        //!< the watchlist row it was matched to, empty when none
    QStringList references;      //!< every session token or id the body names (not kept in the history)
    int repeats = 1;             //!< refusals alike from the same sender in a row, listed as one
    QDateTime lastAt;            //!< when repeats > 1: the latest of them (UTC)

    bool isValid() const { return judgement == Judgement::Judged && verdict.isValid(); }
    //! Whether profileId's secret made the signature (valid, or only its timestamp or body is at fault); otherwise
    //! profileId is just the profile whose verdict is shown, as none verified it.
    bool signedByProfile() const
    {
        return judgement == Judgement::Judged
               && (verdict.isValid() || verdict.reason == WebhookVerdict::Reason::InvalidJson
                   || verdict.reason == WebhookVerdict::Reason::TimestampOutsideTolerance);
    }
    //! "valid", "signature_mismatch", ... (WebhookVerdict::code()), or "unverified", or "refused".
    QString verdictCode() const
    {
        switch (judgement) {
        case Judgement::Unverified:
            return QStringLiteral("unverified");
        case Judgement::Refused:
            return QStringLiteral("refused");
        case Judgement::Judged:
            break;
        }
        return storedCode.isEmpty() ? verdict.code() : storedCode;
    }
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
