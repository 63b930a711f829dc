#pragma once

#include <XidentQt/blacklist.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>

namespace Xident::Console {

//! A page of a profile's face blacklist as the API lists it, and above it the entries added from here that the API
//! is still processing: each shows "processing" until a listed entry has its source and reason, then the listed
//! one stands in its place.
class BlacklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, SourceColumn, SessionColumn, ReasonColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { EntryIdRole = Qt::UserRole + 1, PendingRole };

    //! An entry the API accepted and is processing.
    struct Pending
    {
        QString source;     //!< "session" or "image"
        QString reason;
        QString subject;    //!< the session's token, or the image's file name
        QDateTime addedAt;
        int totalBefore = 0;   //!< the list's total when it was added, counting the entries still processing before it
    };

    explicit BlacklistModel(QObject *parent = nullptr);

    //! Replaces the listed entries; pending entries that now appear in the list are dropped.
    void setEntries(const QList<Xident::BlacklistEntry> &entries, const Xident::Pagination &pagination);
    void addPending(const Pending &pending);
    //! Forgets everything (another profile).
    void clear();

    QList<Xident::BlacklistEntry> entries() const { return m_entries; }
    QList<Pending> pending() const { return m_pending; }
    Xident::Pagination pagination() const { return m_pagination; }
    //! The listed entry with \a id, when it is on this page.
    std::optional<Xident::BlacklistEntry> entry(qint64 id) const;
    //! The row of a listed entry, -1 when it is not on this page.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "session" or "image" in words.
    static QString sourceLabel(const QString &source);

private:
    QVariant pendingData(const Pending &p, int column, int role) const;
    QVariant entryData(const Xident::BlacklistEntry &e, int column, int role) const;

    QList<Pending> m_pending;
    QList<Xident::BlacklistEntry> m_entries;
    Xident::Pagination m_pagination;
    bool m_loaded = false;
};

} // namespace Xident::Console
