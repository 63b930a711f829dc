#pragma once

#include "console/core/trackedsession.h"
#include "text/evidence.h"

#include <QtCore/QBasicTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>

namespace Xident::Console {

class Workspace;

//! Gathers what an evidence file says about watched sessions: the row, its timeline from the history, the
//! webhooks the inbox matched to it and the request log's exchanges for it that are still in memory. Every text is
//! redacted by the profiles' secrets when the file is written (redact()).
class EvidenceCollector : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString language = QStringLiteral("en");
        bool includeUserId = false;
        bool includeRaw = false;
        bool includeWebhookBodies = false;
    };

    explicit EvidenceCollector(Workspace *workspace, QObject *parent = nullptr);

    //! Gathers \a tokens (listed tokens); ready() follows once the history has given their timelines.
    void collect(const QStringList &tokens, const Options &options);
    //! The one redaction path the file's texts take: every profile's key, secret and credential header, and any
    //! fragment of one.
    QString redact(const QString &text) const;
    //! The evidence as it would be written now.
    QByteArray html(const Text::Evidence &evidence) const;

    //! One session's part, from what the console holds about it (pure: tests and the CLI's equivalent compare).
    static Text::Evidence::Session sessionOf(const TrackedSession &session, const QList<StatusChange> &timeline,
                                             const Options &options);

Q_SIGNALS:
    void ready(const Xident::Text::Evidence &evidence);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onTimeline(const QString &token, const QList<StatusChange> &changes);
    void finish();
    void addWebhooks(Text::Evidence::Session &part, const QStringList &names) const;
    void addExchanges(Text::Evidence::Session &part, const QStringList &names) const;

    Workspace *m_workspace;
    Options m_options;
    QStringList m_tokens;
    QSet<QString> m_waiting;
    QHash<QString, QList<StatusChange>> m_timelines;
    QBasicTimer m_deadline;
};

} // namespace Xident::Console
