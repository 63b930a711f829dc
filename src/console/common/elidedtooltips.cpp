#include "console/common/elidedtooltips.h"

#include "console/core/plaintext.h"

#include <QtGui/QHelpEvent>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolTip>

namespace Xident::Console {

ElidedToolTips::ElidedToolTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

void ElidedToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

bool ElidedToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString own = index.data(Qt::ToolTipRole).toString();
    // The room the text has: the cell less its margins and, where there is one, its icon.
    const QRect cell = m_view->visualRect(index);
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    const int icon = index.data(Qt::DecorationRole).isValid() ? m_view->iconSize().width() + 4 : 0;
    const bool elided = !text.isEmpty() && m_view->fontMetrics().horizontalAdvance(text) > cell.width() - margins - icon;
    if (!elided)
        return false;   // the model's own tooltip, as usual
    // A model's tooltip that is markup already has its outside text escaped (plainToolTip()): kept as it is.
    QString whole;
    if (own.isEmpty() || own == text)
        whole = plainToolTip(text);
    else if (Qt::mightBeRichText(own))
        whole = QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>%2").arg(text.toHtmlEscaped(), own);
    else
        whole = plainToolTip(text + u'\n' + own);
    QToolTip::showText(help->globalPos(), whole, m_view->viewport(), cell);
    return true;
}

} // namespace Xident::Console
