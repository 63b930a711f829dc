#pragma once

#include "console/core/receivedwebhook.h"

#include <QtCore/QAbstractTableModel>

#include <deque>

namespace Xident::Console {

//! The webhook inbox's list: every received (or refused) request, oldest first, the latest MaxRows kept.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, FromColumn, SizeColumn, VerdictColumn, EventColumn,
                  SessionColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, ValidRole };
    static constexpr int MaxRows = 2000;
    //! Bodies held in memory at most; beyond it the oldest rows go too.
    static constexpr qint64 MaxBodyBytes = 128LL * 1024 * 1024;

    explicit InboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const ReceivedWebhook &webhook);
    //! When \a webhook is refused like the newest row (same status, reason, sender, method and path) within
    //! RepeatWindowSecs of its latest, counts it there and returns true: a flood of refusals is one row.
    bool absorbRepeat(const ReceivedWebhook &webhook);
    static constexpr int RepeatWindowSecs = 60;
    //! Adds webhooks loaded from the history, before those received since (by id, none twice).
    void prepend(const QList<ReceivedWebhook> &older);
    void clear();
    const ReceivedWebhook &at(int row) const { return m_rows.at(size_t(row)); }
    int rowOfId(qint64 id) const;
    //! Sets the watchlist row a webhook was matched to.
    void setMatchedToken(qint64 id, const QString &token);
    //! The row of \a judged's id takes its judgement, verdict, profile, event and match (judged again).
    void setJudged(const ReceivedWebhook &judged);
    //! A delivery was answered \a status after all (it could not be kept): the row says so, and why.
    void setAnswered(qint64 id, int status, const QString &reason);
    //! Display names of the profiles.
    void setProfileNames(const QHash<QString, QString> &names) { m_profileNames = names; }

    //! The verdict of a webhook in words for the table: "valid", "signature mismatch", "refused (413)".
    static QString verdictLabel(const ReceivedWebhook &webhook);
    //! The verdict in a sentence, in the language in use (an older history's row keeps the sentence it had).
    static QString verdictDetail(const ReceivedWebhook &webhook);

private:
    std::deque<ReceivedWebhook> m_rows;
    qint64 m_bodyBytes = 0;
    QHash<QString, QString> m_profileNames;
};

} // namespace Xident::Console
