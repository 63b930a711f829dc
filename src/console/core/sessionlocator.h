#pragma once

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QStringList>

#include <functional>

class QTimer;

namespace Xident {
class Client;
class Job;
} // namespace Xident

namespace Xident::Console {

class ProfileStore;
class SessionModel;

//! Finds the profile that knows a session. A token from a ticket is opened under the profile in use; when that
//! profile answers "not found", the locator asks the other profiles that are not LIVE, each through its own client
//! (at most two requests in flight per profile, none while its client waits out a 429), and says which profile knows
//! it. LIVE profiles are asked only when the operator says so (lookUpLive()). A profile that could not answer (429,
//! 5xx, network) is "could not ask", never "not found". The row says how the search stands throughout.
class SessionLocator : public QObject
{
    Q_OBJECT
public:
    using ClientLookup = std::function<Xident::Client *(const QString &profileId)>;

    SessionLocator(SessionModel *sessions, ProfileStore *profiles, QObject *parent = nullptr);
    ~SessionLocator() override;

    void setClientLookup(ClientLookup lookup) { m_clientFor = std::move(lookup); }
    void setMaxInFlightPerProfile(int count) { m_maxInFlight = std::max(1, count); }

    //! \a profileId answered "not found" for \a token (with \a requestId): with \a askOthers, the other profiles
    //! that are not LIVE are asked; without, the row only says so.
    void notFound(const QString &token, const QString &profileId, const QString &requestId, bool askOthers);
    //! Asks the LIVE profiles not asked yet (one click on the row).
    void lookUpLive(const QString &token);
    //! The LIVE profiles a search left for the operator to allow, by name; empty when none.
    QStringList liveLeft(const QString &token) const;
    //! Ends any search for \a token (the row was removed or moved by hand).
    void forget(const QString &token);
    //! Whether a search for \a token still waits for an answer.
    bool isSearching(const QString &token) const;

Q_SIGNALS:
    //! \a profileId knows \a token: the row belongs there.
    void found(const QString &token, const QString &profileId);

private:
    enum class Outcome { Asking, NotFound, CouldNotAsk, Found };
    struct Attempt
    {
        QString profileId;
        Outcome outcome = Outcome::Asking;
        QString requestId;
        QString detail;
    };
    struct Search
    {
        QList<Attempt> attempts;
        QStringList live;   // LIVE profiles not asked
    };
    struct Queue
    {
        QStringList waiting;   // tokens to ask about
        int inFlight = 0;
        QTimer *pause = nullptr;
    };

    void ask(const QString &token, const QString &profileId);
    void pump(const QString &profileId);
    void start(const QString &token, const QString &profileId, Xident::Client *client);
    void onAnswer(const QString &token, const QString &profileId, Xident::Job *job);
    void settle(const QString &token, const QString &profileId, Outcome outcome, const QString &requestId,
                const QString &detail);
    void show(const QString &token);
    QString describe(const Search &search) const;
    QString nameOf(const QString &profileId) const;

    QPointer<SessionModel> m_sessions;
    ProfileStore *m_profiles;
    ClientLookup m_clientFor;
    int m_maxInFlight = 2;
    QHash<QString, Search> m_searches;
    QHash<QString, Queue> m_queues;   // by profile id
};

} // namespace Xident::Console
