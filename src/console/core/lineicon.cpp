#include "console/core/lineicon.h"

#include <QtCore/QHash>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtGui/QPalette>
#include <QtGui/QPixmap>

namespace Xident::Console {

QIcon lineIcon(const QString &resource)
{
    static QHash<QString, QIcon> made;
    if (const auto it = made.constFind(resource); it != made.constEnd())
        return *it;
    const QIcon drawn(resource);
    QIcon icon;   // pixmaps only: an SVG icon's engine would not offer the selected ones
    const QColor selected = QGuiApplication::palette().color(QPalette::Active, QPalette::HighlightedText);
    for (const int side : {16, 20, 24, 32, 48}) {
        for (const qreal ratio : {1.0, 2.0}) {
            const QPixmap normal = drawn.pixmap(QSize(side, side), ratio);
            icon.addPixmap(normal, QIcon::Normal);
            QPixmap pixmap = normal;
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(QRect(QPoint(0, 0), pixmap.size()), selected);
            painter.end();
            icon.addPixmap(pixmap, QIcon::Selected);
        }
    }
    made.insert(resource, icon);
    return icon;
}

} // namespace Xident::Console
