#pragma once

#include <QtCore/QList>
#include <QtWidgets/QLayout>

namespace Xident::Console {

//! Lays its widgets out in a line and wraps them to the next one where the width ends, like words; each line can
//! be centred. A row of check results stays whole in a narrow inspector instead of making it scroll sideways.
class FlowLayout : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void setCentered(bool centered);
    //! Space between lines (spacing() is the space between widgets in a line).
    void setLineSpacing(int spacing);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    //! Places the items in \a rect (or only measures, \a place false); returns the height used.
    int arrange(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
    bool m_centered = false;
    int m_lineSpacing = 2;
};

} // namespace Xident::Console
