#pragma once

#include "console/core/sessionreference.h"

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class PasteTokensDialog;
}

namespace Xident::Console {

class ProfileService;
class SessionTracker;

//! Adds sessions from pasted tokens or callback URLs; refuses each bad piece with its reason, and summarises
//! the words of a pasted ticket instead of listing each.
//!
//! Any paste is safe: at most MaxReadChars are read (the rest is said to be left out), a paste too large to lay
//! out in the box is held aside and only its beginning shown, and reading runs on a worker thread.
class PasteTokensDialog : public QDialog
{
    Q_OBJECT
public:
    //! The most characters read from what was pasted (about 30,000 callback URLs).
    static constexpr qsizetype MaxReadChars = 4 * 1024 * 1024;
    //! Larger pastes are held aside rather than laid out in the box.
    static constexpr qsizetype MaxShownChars = 256 * 1024;

    PasteTokensDialog(SessionTracker *tracker, ProfileService *profiles, QWidget *parent = nullptr);
    ~PasteTokensDialog() override;

    //! Replaces what is to be read, as a paste over everything would.
    void setText(const QString &text);
    //! Reads what was pasted on a worker thread, then adds the tokens; submitted() follows. Does nothing while
    //! a reading runs.
    void submit();
    bool isReading() const { return m_reading.isRunning(); }
    //! The tokens this dialog added so far.
    QStringList added() const { return m_added; }
    //! What the dialog says about the last submission (the outcome, then the refusals), as shown.
    QString shownText() const;

Q_SIGNALS:
    //! The sessions a submission named, new or listed before (by their listed token): to be selected.
    void tokensAdded(const QStringList &tokens);
    //! A submission was read and its tokens added; \a everythingTaken when nothing was refused (the dialog closes).
    void submitted(bool everythingTaken);

private:
    bool takePaste(const QString &text, bool replacesAll);
    void hold(QString text, qsizetype ignored);
    void clearHeld();
    void onRead();
    QString textToRead() const;

    std::unique_ptr<Ui::PasteTokensDialog> m_ui;
    SessionTracker *m_tracker;
    ProfileService *m_profiles;
    QStringList m_added;
    QString m_held;               // a paste too large for the box
    qsizetype m_ignored = 0;      // characters beyond MaxReadChars that were left out
    bool m_acceptWhenRead = false;
    QFutureWatcher<SessionReferenceParse> m_reading;
};

} // namespace Xident::Console
