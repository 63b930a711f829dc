#pragma once

#include "console/core/verdict.h"

#include <QtWidgets/QWidget>

class QLabel;
class QTimer;

namespace Xident::Console {

class FlowLayout;

//! A session's verdict as big words in the colour of its tone, a sentence, and the checks of a final result, each
//! with a tick or a cross. One widget for the presenter's stage, the New session pane and the inspector's heading.
class VerdictView : public QWidget
{
    Q_OBJECT
public:
    explicit VerdictView(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    const Verdict &verdict() const { return m_verdict; }
    //! The size of the words relative to the window's font: 1 in the panes, more on the stage.
    void setScale(qreal scale);
    //! The size of the headline relative to the window's font, when it should not follow the scale (the stage).
    void setHeadlineScale(qreal scale);
    //! Centres the words and the checks (the stage); left aligned otherwise, as in the panes.
    void setCentered(bool centered);
    //! Reveals the checks one at a time, every \a intervalMs (0: all at once, the default).
    void setRevealInterval(int intervalMs) { m_revealMs = intervalMs; }
    //! How wide the row of checks is with all of them shown (a stage fits its scale to it).
    int checksWidth() const;
    //! How many of the checks are shown now.
    int shownChecks() const { return m_shown; }

Q_SIGNALS:
    //! One more check was revealed (the stage's one-by-one reveal); \a shown of them are visible.
    void checkRevealed(int shown);

private:
    void applyFonts();
    void showChecks(int count);

    Verdict m_verdict;
    QLabel *m_headline;
    QLabel *m_detail;
    FlowLayout *m_checksRow;
    QList<QWidget *> m_checkItems;   // an icon and a name each
    QList<QLabel *> m_checkLabels;   // the names
    QTimer *m_reveal;
    qreal m_scale = 1;
    qreal m_headlineScale = 0;   // 0: 1.6 times the scale
    bool m_centered = false;
    int m_revealMs = 0;
    int m_shown = 0;
};

} // namespace Xident::Console
