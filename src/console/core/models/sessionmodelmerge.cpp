// One session, one row: the names a session goes by, and rows that turn out to be the same session merged.
#include "console/core/models/sessionmodel.h"

#include <XidentQt/sessionresult.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Xident::Console {

void SessionModel::learnAlias(const QString &name, const QString &token)
{
    // A name another row holds (its token, or a name its result gave) stays that row's until the two merge.
    if (name.isEmpty() || name == token || m_rows.contains(name))
        return;
    const QString holder = m_aliases.value(name);
    if (holder.isEmpty() || holder == token || !m_rows.contains(holder))
        m_aliases.insert(name, token);
}

QString SessionModel::sameSessionAs(const QString &token) const
{
    const int r = rowOf(token);
    if (r < 0 || m_data[r].session.resultJson.isEmpty())
        return {};
    const SessionResult result = SessionResult::fromJson(QJsonDocument::fromJson(m_data[r].session.resultJson).object());
    for (const QString &name : {result.token(), result.id()}) {
        if (name.isEmpty() || name == token)
            continue;
        if (m_rows.contains(name))
            return name;
        const QString holder = m_aliases.value(name);
        if (!holder.isEmpty() && holder != token && m_rows.contains(holder))
            return holder;
    }
    return {};
}

void SessionModel::merge(const QString &keep, const QString &drop)
{
    const int k = rowOf(keep);
    const int d = rowOf(drop);
    if (k < 0 || d < 0 || k == d)
        return;
    TrackedSession &into = m_data[k].session;
    const TrackedSession from = m_data[d].session;
    // The latest answer wins; the names, the notes and the webhook are all kept.
    if (from.lastPolledAt > into.lastPolledAt && !from.resultJson.isEmpty()) {
        into.status = from.status;
        into.resultJson = from.resultJson;
        into.lastPolledAt = from.lastPolledAt;
        into.lastRequestId = from.lastRequestId;
    }
    for (const QString &name : QStringList{from.token} + from.aliases) {
        if (name != keep && !into.aliases.contains(name))
            into.aliases.append(name);
    }
    if (into.userId.isEmpty())
        into.userId = from.userId;
    if (into.addedAt > from.addedAt && from.addedAt.isValid())
        into.addedAt = from.addedAt;
    if (from.webhookAt > into.webhookAt) {
        into.webhookEvent = from.webhookEvent;
        into.webhookAt = from.webhookAt;
    }
    into.archived = into.archived && from.archived;
    into.ticket = joinedText(into.ticket, from.ticket, u", "_s);
    into.note = joinedText(into.note, from.note, u"\n\n"_s);
    m_data[k].lookup = Lookup::None;
    m_data[k].lookupText.clear();
    parseResult(m_data[k]);
    removeTokens({drop});
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it) {
        if (it.value() == drop)
            it.value() = keep;
    }
    for (const QString &name : std::as_const(m_data[rowOf(keep)].session.aliases))
        m_aliases.insert(name, keep);
    emitRowChanged(rowOf(keep));
}

QString SessionModel::joinedText(const QString &a, const QString &b, const QString &separator)
{
    if (a.isEmpty() || a.contains(b))
        return a.isEmpty() ? b : a;
    return b.isEmpty() || b.contains(a) ? (b.isEmpty() ? a : b) : a + separator + b;
}

void SessionModel::annotate(const QString &token, const QString &ticket, const QString &note)
{
    const int r = rowOf(token);
    if (r < 0 || (m_data[r].session.ticket == ticket && m_data[r].session.note == note))
        return;
    m_data[r].session.ticket = ticket;
    m_data[r].session.note = note;
    refreshSearchText(m_data[r]);
    emitRowChanged(r);
}

QStringList SessionModel::otherNames(const QString &token) const
{
    const int r = rowOf(token);
    if (r < 0)
        return {};
    QStringList names = m_data[r].session.aliases;
    if (const QString &named = m_data[r].resultToken; !named.isEmpty() && !names.contains(named))
        names.prepend(named);
    return names;
}

} // namespace Xident::Console
