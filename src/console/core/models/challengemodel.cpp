#include "console/core/models/challengemodel.h"

#include "text/errortext.h"
#include "text/facetext.h"

#include <QtCore/QLocale>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace Xident::Console {

ChallengeModel::ChallengeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ChallengeModel::add(const Row &row)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    m_keys.prepend(m_nextKey);
    endInsertRows();
    return m_nextKey++;
}

int ChallengeModel::rowOfKey(int key) const
{
    return int(m_keys.indexOf(key));
}

void ChallengeModel::changed(int key)
{
    const int row = rowOfKey(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ChallengeModel::setChallengeId(int key, const QString &challengeId)
{
    if (const int row = rowOfKey(key); row >= 0)
        m_rows[row].challengeId = challengeId;
    changed(key);
}

void ChallengeModel::setChallenge(int key, const Face2faChallenge &challenge, bool settled)
{
    if (const int row = rowOfKey(key); row >= 0) {
        m_rows[row].challenge = challenge;
        m_rows[row].settled = settled;
    }
    changed(key);
}

void ChallengeModel::setError(int key, const Error &error)
{
    if (const int row = rowOfKey(key); row >= 0) {
        m_rows[row].error = error;
        m_rows[row].settled = true;
    }
    changed(key);
}

ChallengeModel::Tone ChallengeModel::toneOf(const Row &row)
{
    if (row.error)
        return Tone::Problem;
    if (!row.settled)
        return Tone::Waiting;
    return row.challenge.isFailed() ? Tone::Failed : Tone::Passed;
}

QString ChallengeModel::verdictText(const Row &row)
{
    switch (toneOf(row)) {
    case Tone::Problem: {
        const QString why = Text::faceApiProblem(row.error);
        return tr("Not decided: %1").arg(why.isEmpty() ? Text::errorCaption(row.error) + u' ' + row.error.message() : why);
    }
    case Tone::Waiting:
        return row.challengeId.isEmpty() ? tr("Sending the picture…") : tr("Processing…");
    case Tone::Passed:
        return row.kind == "enroll"_L1 ? tr("Passed: The face is enrolled.") : tr("Passed: The face matches the one enrolled.");
    case Tone::Failed:
        return tr("Failed: %1").arg(Text::challengeFailure(row.challenge.failureReason));
    }
    return {};
}

QString ChallengeModel::kindLabel(const QString &kind)
{
    if (kind == "enroll"_L1)
        return tr("enrolment");
    if (kind == "verify"_L1)
        return tr("verification");
    return kind;
}

int ChallengeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChallengeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChallengeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == ToneRole)
        return QVariant::fromValue(toneOf(r));
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        const Tone tone = toneOf(r);
        if (tone == Tone::Passed)
            return QColor(0x13, 0x73, 0x33);
        if (tone == Tone::Failed || tone == Tone::Problem)
            return QColor(0xc5, 0x22, 0x1f);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto time = [](const QString &iso) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), u"HH:mm:ss"_s) : iso;
    };
    switch (index.column()) {
    case VerdictColumn: return verdictText(r);
    case KindColumn: return kindLabel(r.kind);
    case UserColumn: return r.userId;
    case ImageColumn: return r.imageName;
    case ChallengeColumn: return r.challengeId;
    case StartedColumn: return QLocale().toString(r.startedAt.toLocalTime(), u"HH:mm:ss"_s);
    case DecidedColumn: return r.settled ? time(r.challenge.completedAt) : QString();
    default: return {};
    }
}

QVariant ChallengeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn: return tr("Verdict");
    case KindColumn: return tr("Kind");
    case UserColumn: return tr("User id");
    case ImageColumn: return tr("Picture");
    case ChallengeColumn: return tr("Challenge");
    case StartedColumn: return tr("Started");
    case DecidedColumn: return tr("Decided");
    default: return {};
    }
}

} // namespace Xident::Console
