#pragma once

#include <XidentQt/exchange.h>
#include <XidentQt/redaction.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>

#include <deque>

namespace Xident::Console {

//! The request log: the last N HTTP exchanges of every client, newest last, in a ring. Everything in it is
//! redacted: the library takes the key out, and this model the values of credential-like headers.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProfileColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn, AttemptColumn,
                  RequestIdColumn, ErrorColumn, ColumnCount };
    enum Role { StatusClassRole = Qt::UserRole + 1 };   //!< 2, 3, 4, 5 (hundreds), 0 for no HTTP answer

    struct Entry
    {
        QDateTime at;        //!< when the answer came (UTC)
        quint64 serial = 0;  //!< increasing, never reused: names an entry while rows shift
        QString profile;     //!< the profile's name
        Exchange exchange;
    };

    static constexpr int DefaultCapacity = 5000;

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int capacity);
    //! Secrets to take out of what is logged, on top of the key the library redacts: every profile's key,
    //! webhook secret and credential-like header values (a secret pasted into a request body is hidden too).
    void setSecrets(const QStringList &secrets);
    int capacity() const { return m_capacity; }
    //! Adds an exchange; the oldest goes when the ring is full.
    void append(const QString &profile, const Exchange &exchange);
    void clear();
    const Entry &entry(int row) const { return m_entries[size_t(row)]; }

    //! The exchange as a curl command, the key written as $XIDENT_SECRET_KEY.
    static QString curlCommand(const Exchange &exchange);
    //! Request and response, headers and bodies, as text for the detail view.
    static QString detailText(const Entry &entry);
    //! The rows as a HAR 1.2 document that browser developer tools open.
    QByteArray toHar(const QList<int> &rows) const;
    //! The rows as a JSON array.
    QByteArray toJson(const QList<int> &rows) const;
    //! The rows of the entries with these serials that are still kept (the ring may have dropped some).
    QList<int> rowsOf(const QList<quint64> &serials) const;

private:
    //! What a cell says; \a whole: in full, as its tooltip does (an error's whole message).
    static QString cellText(const Entry &e, int column, bool whole);
    std::deque<Entry> m_entries;
    int m_capacity = DefaultCapacity;
    QList<Redactor> m_redactors;
    quint64 m_nextSerial = 1;
};

} // namespace Xident::Console
