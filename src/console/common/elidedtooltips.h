#pragma once

#include <QtCore/QObject>

class QAbstractItemView;

namespace Xident::Console {

//! Shows the whole value of a cell whose text does not fit its column, in the cell's tooltip (above what the
//! model's own tooltip says), as plain text. Narrow columns can then elide long tokens, user ids and request
//! ids and still let support read them.
class ElidedToolTips : public QObject
{
    Q_OBJECT
public:
    //! Installs itself on \a view's viewport; it belongs to the view.
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ElidedToolTips(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace Xident::Console
