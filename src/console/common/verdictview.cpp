#include "console/common/verdictview.h"

#include "console/common/flowlayout.h"

#include "console/core/watchstatus.h"

#include <QtCore/QTimer>
#include <QtGui/QFontMetrics>
#include <QtGui/QIcon>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

QColor toneColor(Verdict::Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Verdict::Tone::Good:
        return watchStatusColor(WatchStatus::Success);
    case Verdict::Tone::Bad:
        return watchStatusColor(WatchStatus::Failed);
    case Verdict::Tone::Working:
        return watchStatusColor(WatchStatus::InProgress);
    case Verdict::Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace

VerdictView::VerdictView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_checksRow(new FlowLayout)
    , m_reveal(new QTimer(this))
{
    // As tall as its words for its width (the checks wrap): where there is more room, the page around it decides
    // where it sits. (A Maximum policy would cap it at one line of checks.)
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_headline->setObjectName(u"verdictHeadline"_s);
    m_detail->setObjectName(u"verdictDetail"_s);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    // Words from a server (a method, a status) are shown as text, never as markup.
    for (QLabel *l : {m_headline, m_detail}) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_headline);
    column->addWidget(m_detail);
    // The checks wrap like words where the room ends (a narrow inspector) instead of widening it.
    m_checksRow->setContentsMargins(0, 0, 0, 0);
    m_checksRow->setSpacing(fontMetrics().horizontalAdvance(u'M'));
    column->addLayout(m_checksRow);
    m_reveal->setSingleShot(false);
    connect(m_reveal, &QTimer::timeout, this, [this] {
        showChecks(m_shown + 1);
        if (m_shown >= m_checkLabels.size())
            m_reveal->stop();
        Q_EMIT checkRevealed(m_shown);   // last: a slot may replace the verdict, or delete this view
    });
    applyFonts();
}

void VerdictView::setScale(qreal scale)
{
    m_scale = scale;
    applyFonts();
}

void VerdictView::setHeadlineScale(qreal scale)
{
    m_headlineScale = scale;
    applyFonts();
}

void VerdictView::applyFonts()
{
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * (m_headlineScale > 0 ? m_headlineScale : 1.6 * m_scale));
    m_headline->setFont(big);
    QFont normal = font();
    normal.setPointSizeF(font().pointSizeF() * m_scale);
    m_detail->setFont(normal);
    const int side = QFontMetrics(normal).height();
    for (QLabel *l : std::as_const(m_checkLabels)) {
        l->setFont(normal);
        auto *icon = l->parentWidget()->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
        if (icon && icon != l)
            icon->setPixmap(QIcon(icon->property("icon").toString()).pixmap(QSize(side, side), devicePixelRatioF()));
    }
}

int VerdictView::checksWidth() const
{
    int width = 0;
    for (QWidget *item : m_checkItems)
        width += item->sizeHint().width() + m_checksRow->spacing();
    return width;
}

void VerdictView::setCentered(bool centered)
{
    const Qt::Alignment a = centered ? Qt::AlignHCenter : Qt::AlignLeft;
    m_headline->setAlignment(a);
    m_detail->setAlignment(a);
    m_checksRow->setCentered(centered);
    m_centered = centered;
}

void VerdictView::setVerdict(const Verdict &verdict)
{
    m_verdict = verdict;
    m_headline->setText(verdict.headline);
    QPalette p = m_headline->palette();
    p.setColor(QPalette::WindowText, toneColor(verdict.tone, palette()));
    m_headline->setPalette(p);
    m_detail->setText(verdict.detail);
    m_detail->setVisible(!verdict.detail.isEmpty());
    qDeleteAll(m_checkItems);
    m_checkItems.clear();
    m_checkLabels.clear();
    for (const Verdict::Check &c : verdict.checks) {
        // An icon and the check's name, side by side; the icon is drawn at the size of the words, sharp at any scale.
        auto *item = new QWidget(this);
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(item);
        icon->setProperty("icon", !c.passed ? u":/icons/status-pending.svg"_s
                                  : *c.passed ? u":/icons/status-ok.svg"_s
                                              : u":/icons/status-failed.svg"_s);
        auto *label = new QLabel(c.label, item);
        label->setTextFormat(Qt::PlainText);
        const QString state = !c.passed ? tr("not reported") : *c.passed ? tr("passed") : tr("failed");
        label->setAccessibleName(tr("%1: %2").arg(c.label, state));
        label->setToolTip(tr("%1: %2").arg(c.label, state));
        label->setObjectName(u"check_"_s + c.name);
        row->addWidget(icon);
        row->addWidget(label);
        m_checksRow->addWidget(item);
        m_checkItems.append(item);
        m_checkLabels.append(label);
    }
    applyFonts();
    m_reveal->stop();
    if (m_revealMs > 0 && !m_checkLabels.isEmpty()) {
        showChecks(0);
        m_reveal->start(m_revealMs);
    } else {
        showChecks(int(m_checkLabels.size()));
    }
}

void VerdictView::showChecks(int count)
{
    m_shown = std::min<int>(count, int(m_checkLabels.size()));
    for (int i = 0; i < m_checkItems.size(); ++i)
        m_checkItems[i]->setVisible(i < m_shown);
}

} // namespace Xident::Console
