#pragma once

#include "console/core/trackedsession.h"
#include "console/core/watchstatus.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>

#include <vector>

namespace Xident {
class SessionResult;
}

namespace Xident::Console {

//! The watchlist: every tracked session, across profiles, with what the last poll said and when the next is due.
class SessionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TokenColumn, UserIdColumn, ProfileColumn, CreatedColumn, StatusColumn, AgeColumn, MethodColumn,
                  ReasonColumn, LastPolledColumn, NextPollColumn, TicketColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TokenRole = Qt::UserRole + 1,   //!< QString
        StatusRole,                     //!< int (WatchStatus)
        SortRole,                       //!< a value that sorts naturally (times as ms, statuses by order)
        ProfileIdRole,
        ArchivedRole,                   //!< bool
        SearchTextRole,                 //!< tokens, user id, ticket and note, for the filter
        WebhookStateRole,               //!< int (WebhookState)
    };
    //! How polling stands for a row.
    enum class PollState { Waiting, Polling, Paused, Backoff, Stopped };
    //! How the search for the profile that knows a session stands (SessionLocator).
    enum class Lookup { None, Searching, NotFound, Found };

    explicit SessionModel(QObject *parent = nullptr);

    //! Without QAbstractTableModel's two virtual calls: a proxy sorting 100,000 rows asks for 3 million indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! Adds sessions not tracked yet (by token); returns how many were new.
    int addSessions(const QList<TrackedSession> &sessions);
    void removeTokens(const QStringList &tokens);
    //! Makes room for \a rows in all, once, before a long history arrives in pieces.
    void reserveRows(qsizetype rows);
    bool contains(const QString &token) const { return m_rows.contains(token); }
    //! Another row that is the same session as \a token's (its result names that row's token, or the same token or
    //! legacy id as that row's result); empty when none is.
    QString sameSessionAs(const QString &token) const;
    //! Merges \a drop's row into \a keep's: the latest result, both tokens, every note, the latest webhook.
    void merge(const QString &keep, const QString &drop);
    //! The session's other tokens: the result token its result names and the tokens of rows merged into it.
    QStringList otherNames(const QString &token) const;
    //! Support's ticket reference and note for a session.
    void annotate(const QString &token, const QString &ticket, const QString &note);
    //! The tracked token a result token (xtk_) belongs to, once a poll has shown it; empty when unknown.
    QString trackedTokenFor(const QString &resultToken) const { return m_aliases.value(resultToken); }
    int rowOf(const QString &token) const;
    std::optional<TrackedSession> session(const QString &token) const;
    QList<TrackedSession> sessions() const;
    QStringList tokens() const;

    //! A poll answered: the stored result, status and request id change; returns the previous status text.
    QString applyResult(const QString &token, const Xident::SessionResult &result, const QString &requestId,
                        const QDateTime &at);
    //! The console decided a status ("expired", "gone"); returns the previous status text.
    QString setStatus(const QString &token, const QString &status, const QString &requestId, const QDateTime &at);
    //! A poll was answered without a result (not found): its request id and time are still what was asked last.
    void noteRequest(const QString &token, const QString &requestId, const QDateTime &at);
    void setArchived(const QStringList &tokens, bool archived);
    //! Moves a session to another profile.
    void setProfile(const QString &token, const QString &profileId);
    //! How the search for the session's profile stands, and in words which profiles were asked.
    void setLookup(const QString &token, Lookup lookup, const QString &text);
    Lookup lookup(const QString &token) const;
    QString lookupText(const QString &token) const;
    //! A webhook for \a token arrived: the row shows it and compares it with what polling says.
    void noteWebhook(const QString &token, const QString &eventType, const QDateTime &at);
    //! How a session's latest webhook stands against polling.
    enum class WebhookState {
        None,       //!< no webhook received
        Received,   //!< polling has not reported a final status to compare with yet
        Agrees,     //!< polling reports the status the webhook announced
        Mismatch,   //!< polling reports another final status: one of the two is wrong
    };
    static WebhookState webhookStateOf(const TrackedSession &session);
    //! The comparison in words for a tooltip or the inspector; empty without a webhook.
    static QString webhookText(const TrackedSession &session);
    void setPollState(const QString &token, PollState state, const QDateTime &nextPollAt, const QString &lastError = {});
    PollState pollState(const QString &token) const;
    QString lastError(const QString &token) const;
    //! Names to show for profile ids.
    void setProfileNames(const QHash<QString, QString> &names);

    // Direct reads for the proxy: sorting and filtering 10,000 rows must not build a QVariant per comparison.
    //! <0 or >0 as row \a a sorts before or after row \a b by \a column, ties broken by token (0 only for a row
    //! with itself). Ranks computed once per column make it two integer reads for rows that did not change since.
    int compareRows(int a, int b, int column) const;
    WatchStatus rowStatus(int row) const { return m_data[row].status; }
    bool rowArchived(int row) const { return m_data[row].session.archived; }
    //! Whether a token, the user id, the ticket or the note of \a row contains \a needle, ignoring case.
    bool rowMatches(int row, const QString &needle) const;

    //! One row as the model keeps it. Public only so that it can be declared relocatable below; nothing outside
    //! the model uses it.
    struct Row
    {
        TrackedSession session;
        WatchStatus status = WatchStatus::Unknown;
        QString age, method, reason;
        int ageValue = 0;
        QString profileName;
        PollState pollState = PollState::Waiting;
        QDateTime nextPollAt;
        QString lastError;
        Lookup lookup = Lookup::None;
        QString lookupText;
        QString resultToken;   // the token the result names, when it is not the row's
        QString searchText;    // what the search looks in, case-folded (refreshSearchText())
    };

private:
    //! readResult() and refreshSearchText().
    void parseResult(Row &row);
    void readResult(Row &row);
    static void refreshSearchText(Row &row);
    void learnAlias(const QString &name, const QString &token);
    static QString joinedText(const QString &a, const QString &b, const QString &separator);
    QVariant display(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    //! How a column orders rows: the one definition behind SortRole and compareRows().
    struct SortKey
    {
        qint64 number = 0;
        QString text;
        bool isText = false;
    };
    static SortKey sortKey(const Row &row, int column);
    //! <0, 0 or >0 by the rows' values in \a column, ties by token (what ranks say, computed afresh).
    static int compareByValue(const Row &l, const Row &r, int column);
    void rankRows(int column) const;
    void rankTokens() const;
    //! Rows \a first to \a last are gone: so are their ranks (the others keep their order).
    void eraseRanks(int first, int last);
    void unrank(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void emitRowChanged(int row);

    QList<Row> m_data;
    QHash<QString, int> m_rows;   // token → row
    QHash<QString, QString> m_aliases;   // result token (xtk_) → the tracked init token
    QHash<QString, QString> m_profileNames;
    // Each row's place by m_rankedColumn, -1 for a row that arrived or changed since the ranking. Apart from the
    // rows (a 1.6 MB list of 100,000 rows would cost a cache miss per comparison), 400 KB for 100,000.
    mutable std::vector<int> m_rank;
    mutable std::vector<int> m_tokenRank;   // each row's place by token, while m_tokensRanked
    mutable bool m_tokensRanked = false;
    mutable int m_rankedColumn = -1;   // the column the rows' ranks are for
    mutable std::pair<QString, QString> m_needle;   // the last search text, and case-folded
    mutable qsizetype m_unranked = 0;  // rows without a rank since then (about: removals are not counted)
};

} // namespace Xident::Console

// A row is its members' implicitly shared data, each relocatable: growing the list of 100,000 moves bytes, not
// 1.5 million strings one by one.
Q_DECLARE_TYPEINFO(Xident::Console::TrackedSession, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Xident::Console::SessionModel::Row, Q_RELOCATABLE_TYPE);
