#pragma once

#include "console/core/resultsummary.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Xident::Console {

//! One tracked session as the watchlist keeps it. It holds no secret: there is no field for one.
struct TrackedSession
{
    QString token;            //!< xit_ / xtk_ token, the key
    QString profileId;        //!< the connection profile it belongs to
    QString userId;           //!< user_id given at init, may be empty
    QDateTime addedAt;        //!< UTC
    QDateTime lastPolledAt;   //!< UTC, invalid if never
    QString status;           //!< wire status ("pending", "success", ...) or the console's "expired", "gone"
    QByteArray resultJson;    //!< the latest GET /result data object, raw JSON, may be empty
    QString lastRequestId;
    QString sandboxRun;       //!< the in-process sandbox run that created it; empty for other servers
    bool archived = false;
    QString webhookEvent;     //!< the type of the latest webhook received for it, empty if none
    QDateTime webhookAt;      //!< UTC, when that webhook arrived
    QStringList aliases;      //!< the session's other tokens: rows that turned out to be this session, merged in
    QString ticket;           //!< the support ticket it belongs to (free text, "ZD-48213"), may be empty
    QString note;             //!< the operator's note, may be empty
    //! What resultJson says, when whoever filled resultJson read it already (the history, on its thread); the
    //! watchlist takes it instead of parsing the JSON again, and keeps none. Not stored.
    ResultSummary summary = {};
};

//! One observed status change of a session.
struct StatusChange
{
    QString token;
    QDateTime at;             //!< UTC
    QString from;             //!< empty for the first observation
    QString to;
    QString requestId;        //!< for a webhook: its event id
    QString event = {};       //!< the webhook event type when a webhook (not a poll) brought this entry
};

} // namespace Xident::Console

Q_DECLARE_METATYPE(Xident::Console::TrackedSession)
Q_DECLARE_METATYPE(Xident::Console::StatusChange)
