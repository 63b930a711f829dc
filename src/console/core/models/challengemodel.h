#pragma once

#include <XidentQt/error.h>
#include <XidentQt/face2fa.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>

namespace Xident::Console {

//! This run's face-2FA challenges, newest first: each enrolment or verification from its start to its verdict.
class ChallengeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VerdictColumn, KindColumn, UserColumn, ImageColumn, ChallengeColumn, StartedColumn, DecidedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ToneRole = Qt::UserRole + 1 };
    enum class Tone { Waiting, Passed, Failed, Problem };
    Q_ENUM(Tone)

    struct Row
    {
        QString kind;            //!< "enroll" or "verify"
        QString userId;
        QString imageName;
        QString challengeId;     //!< empty until the API accepted the image
        QDateTime startedAt;
        Xident::Face2faChallenge challenge;   //!< the last status read
        Xident::Error error;     //!< why the challenge could not be started or followed
        bool settled = false;
    };

    explicit ChallengeModel(QObject *parent = nullptr);

    //! Adds a challenge being started; returns its row key.
    int add(const Row &row);
    void setChallengeId(int key, const QString &challengeId);
    void setChallenge(int key, const Xident::Face2faChallenge &challenge, bool settled);
    void setError(int key, const Xident::Error &error);

    QList<Row> rows() const { return m_rows; }
    Row rowAt(int row) const { return m_rows.value(row); }
    int rowOfKey(int key) const;

    //! The verdict in words: "Passed", "Failed: <reason in words>", "Processing…", or why it could not be followed.
    static QString verdictText(const Row &row);
    static Tone toneOf(const Row &row);
    //! "enrolment" or "verification".
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void changed(int key);

    QList<Row> m_rows;
    QList<int> m_keys;
    int m_nextKey = 1;
};

} // namespace Xident::Console
