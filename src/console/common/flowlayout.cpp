#include "console/common/flowlayout.h"

#include <QtWidgets/QWidget>

#include <algorithm>

namespace Xident::Console {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::setCentered(bool centered)
{
    m_centered = centered;
    invalidate();
}

void FlowLayout::setLineSpacing(int spacing)
{
    m_lineSpacing = spacing;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item: everything else can wrap.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything in one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacing() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    int y = area.y();
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    int lineHeight = 0;
    const auto finishLine = [&] {
        if (place) {
            int x = area.x() + (m_centered ? std::max(0, (area.width() - lineWidth) / 2) : 0);
            for (QLayoutItem *item : std::as_const(line)) {
                const QSize hint = item->sizeHint();
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - hint.height()) / 2), hint));
                x += hint.width() + gap;
            }
        }
        y += lineHeight + m_lineSpacing;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + gap + hint.width() > area.width())
            finishLine();
        lineWidth += (line.isEmpty() ? 0 : gap) + hint.width();
        lineHeight = std::max(lineHeight, hint.height());
        line.append(item);
    }
    if (!line.isEmpty())
        finishLine();
    const QMargins m = contentsMargins();
    return y > area.y() ? y - m_lineSpacing - area.y() + m.top() + m.bottom() : 0;
}

} // namespace Xident::Console
