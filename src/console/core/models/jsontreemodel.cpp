#include "console/core/models/jsontreemodel.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Xident::Console {

struct JsonTreeModel::Node
{
    QString key;             // an object's key, or "[i]" for an array's element
    int arrayIndex = -1;     // the element's index in its array
    QJsonValue value;
    bool ellipsis = false;   // the row that says the rest was left out
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setHeaders(const QString &key, const QString &value)
{
    m_keyHeader = key;
    m_valueHeader = value;
    Q_EMIT headerDataChanged(Qt::Horizontal, KeyColumn, ValueColumn);
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_capped = false;
    endResetModel();
}

void JsonTreeModel::setJson(const QJsonValue &value, const QString &rootKey, const QByteArray &rootBytes)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_capped = false;
    m_rootBytes = rootBytes;
    if (value.isObject() || value.isArray()) {
        auto top = std::make_unique<Node>();
        top->key = rootKey;
        top->value = value;
        top->parent = m_root.get();
        Node *node = top.get();
        m_root->children.push_back(std::move(top));
        int budget = m_maxRows;
        build(node, &budget);
        if (m_capped) {
            auto more = std::make_unique<Node>();
            more->ellipsis = true;
            more->parent = m_root.get();
            more->row = 1;
            m_root->children.push_back(std::move(more));
        }
    }
    endResetModel();
}

void JsonTreeModel::build(Node *parent, int *budget)
{
    const auto add = [&](const QString &key, int arrayIndex, const QJsonValue &child) {
        if (--*budget < 0) {
            m_capped = true;
            return false;
        }
        auto node = std::make_unique<Node>();
        node->key = key;
        node->arrayIndex = arrayIndex;
        node->value = child;
        node->parent = parent;
        node->row = int(parent->children.size());
        Node *added = node.get();
        parent->children.push_back(std::move(node));
        build(added, budget);
        return !m_capped;
    };
    if (parent->value.isObject()) {
        const QJsonObject o = parent->value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!add(it.key(), -1, it.value()))
                return;
        }
    } else if (parent->value.isArray()) {
        const QJsonArray a = parent->value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!add(u"[%1]"_s.arg(i), int(i), a.at(i)))
                return;
        }
    }
}

QString JsonTreeModel::scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) && std::abs(d) < 9.0e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
    case QJsonValue::Object:
        return tr("{%n key(s)}", nullptr, int(v.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()) || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    if (n->ellipsis) {
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == KeyColumn ? tr("…") : tr("the first %1 fields are shown").arg(m_maxRows);
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KeyColumn ? n->key : scalarText(n->value);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && n->value.isString())
            return n->value.toString().left(m_toolTipLength);
        return {};
    case FullValueRole:
        if (n->parent == m_root.get() && !m_rootBytes.isEmpty())
            return QString::fromUtf8(m_rootBytes);
        if (n->value.isObject())
            return QString::fromUtf8(QJsonDocument(n->value.toObject()).toJson(QJsonDocument::Compact));
        if (n->value.isArray())
            return QString::fromUtf8(QJsonDocument(n->value.toArray()).toJson(QJsonDocument::Compact));
        return scalarText(n->value);
    case PathRole: {
        QString path;
        for (const Node *i = n; i && i->parent && i->parent != m_root.get(); i = i->parent)
            path.prepend(i->arrayIndex >= 0 ? u"[%1]"_s.arg(i->arrayIndex) : u'.' + i->key);
        return path.startsWith(u'.') ? path.mid(1) : path;
    }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == KeyColumn)
        return m_keyHeader;
    return section == ValueColumn ? QVariant(m_valueHeader) : QVariant();
}

QModelIndexList JsonTreeModel::find(const QString &needle) const
{
    QModelIndexList found;
    if (!needle.isEmpty())
        findIn(m_root.get(), needle, &found);
    return found;
}

void JsonTreeModel::findIn(const Node *node, const QString &needle, QModelIndexList *found) const
{
    for (const auto &child : node->children) {
        if (child->ellipsis)
            continue;
        const bool leaf = child->children.empty();
        if (child->key.contains(needle, Qt::CaseInsensitive)
            || (leaf && scalarText(child->value).contains(needle, Qt::CaseInsensitive)))
            found->append(createIndex(child->row, 0, const_cast<Node *>(child.get())));
        findIn(child.get(), needle, found);
    }
}

} // namespace Xident::Console
