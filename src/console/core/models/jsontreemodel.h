#pragma once

#include <QtCore/QAbstractItemModel>
#include <QtCore/QJsonValue>

#include <memory>
#include <vector>

namespace Xident::Console {

//! A JSON value as a tree of key and value: the inspector's result and the validator's event data. At most
//! maxRows() rows are built (a 5 MB event must not become a million rows); a last row then says so.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,   //!< from below the root: "checks.age.passed", "items[2]"
        FullValueRole,                 //!< a scalar's text, or an object or array as compact JSON
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setHeaders(const QString &key, const QString &value);
    void setMaxRows(int rows) { m_maxRows = rows; }
    int maxRows() const { return m_maxRows; }
    //! How much of a string value its tooltip shows.
    void setToolTipLength(int characters) { m_toolTipLength = characters; }

    //! Shows \a value under one root row named \a rootKey; a value that is neither object nor array shows nothing.
    //! \a rootBytes, when given, is the root's value as received (what copying it gives, byte for byte).
    void setJson(const QJsonValue &value, const QString &rootKey = QStringLiteral("data"), const QByteArray &rootBytes = {});
    void clear();
    //! Whether rows were left out for the cap.
    bool isCapped() const { return m_capped; }
    //! The rows whose key, or whose value if it has no children, contains \a needle (case-insensitive), in order.
    QModelIndexList find(const QString &needle) const;

    //! A scalar as text; an object or array as the count of what it holds.
    static QString scalarText(const QJsonValue &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    void build(Node *parent, int *budget);
    void findIn(const Node *node, const QString &needle, QModelIndexList *found) const;

    std::unique_ptr<Node> m_root;   // invisible; its children are the top-level rows
    QString m_keyHeader;
    QString m_valueHeader;
    int m_maxRows = 3000;
    int m_toolTipLength = 2000;
    bool m_capped = false;
    QByteArray m_rootBytes;
};

} // namespace Xident::Console
