#include "console/core/models/timelinemodel.h"

#include "console/core/resources.h"
#include "console/core/timetext.h"

#include <QtCore/QLocale>
#include <QtGui/QIcon>

using namespace Qt::StringLiterals;

namespace Xident::Console {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    initCoreResources();
}

void TimelineModel::setToken(const QString &token)
{
    beginResetModel();
    m_token = token;
    m_changes.clear();
    endResetModel();
}

void TimelineModel::setStored(const QString &token, const QList<StatusChange> &stored)
{
    if (token != m_token)
        return;
    QList<StatusChange> merged = stored;
    const QDateTime last = stored.isEmpty() ? QDateTime() : stored.last().at;
    for (const StatusChange &c : std::as_const(m_changes)) {
        if (!last.isValid() || c.at > last)
            merged.append(c);
    }
    beginResetModel();
    m_changes = merged;
    endResetModel();
}

void TimelineModel::append(const StatusChange &change)
{
    if (change.token != m_token || m_token.isEmpty())
        return;
    const int row = int(m_changes.size());
    beginInsertRows({}, row, row);
    m_changes.append(change);
    endInsertRows();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusChange &c = m_changes.at(index.row());
    // A webhook's entry says what it announced, next to the polls' entries.
    const bool webhook = !c.event.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            // The time of day, so that the request ids fit beside it; the date where the day changes (a session
            // takes minutes, and the inspector shows the day it was created), and all of it in the tooltip.
            const QDateTime local = c.at.toLocalTime();
            const bool newDay = index.row() > 0 && m_changes.at(index.row() - 1).at.toLocalTime().date() != local.date();
            return QLocale().toString(local, newDay ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"HH:mm:ss.zzz"_s);
        }
        case FromColumn:
            if (webhook)
                return tr("webhook");
            return c.from.isEmpty() ? tr("(first seen)") : c.from;
        case ToColumn:
            return webhook ? tr("%1 (%2)").arg(c.to, c.event) : c.to;
        case RequestIdColumn:
            return c.requestId;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (webhook && index.column() == FromColumn)
            return QIcon(u":/icons/webhook.svg"_s);
        return {};
    case Qt::ToolTipRole:
        if (webhook && index.column() == FromColumn)
            return tr("Received by the webhook inbox; the status it announced before polling confirmed it");
        if (index.column() == TimeColumn)
            return QString(QLocale().toString(c.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u' '
                           + utcOffsetText(c.at.toLocalTime()));
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(utcOffsetText(QDateTime::currentDateTime()));
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case RequestIdColumn:
        return tr("Request id");
    default:
        return {};
    }
}

} // namespace Xident::Console
