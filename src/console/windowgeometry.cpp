// The window's place and size: restored, fitted to its screen, and saved.
#include "console/mainwindow.h"

#include "console/core/workspace.h"
#include "console/presenter/presenter.h"

#include "ui_MainWindow.h"

#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Xident::Console {

namespace {

// The panes' height for a width (a wrapped banner makes one) is what they prefer, not what they need: a scroll
// area asks a widget's layout for it and scrolled a window of the default size by a few pixels. This holder has
// no layout: it gives the scroll area the panes' minimum, and the panes the whole of its room.
class ScrolledContent : public QWidget
{
public:
    ScrolledContent(QWidget *content, QWidget *parent)
        : QWidget(parent)
        , m_content(content)
    {
        content->setParent(this);
    }
    QSize sizeHint() const override { return m_content->sizeHint(); }
    QSize minimumSizeHint() const override { return m_content->minimumSizeHint(); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        m_content->setGeometry(rect());
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)   // the panes' needs changed: so did this holder's
            updateGeometry();
        return QWidget::event(event);
    }

private:
    QWidget *m_content;
};

} // namespace

void MainWindow::scrollContent()
{
    // Whatever the panes need at least, the window fits a small screen (at 200 % a 1600×1000 screen is 800×500):
    // below their minimum the content scrolls, while the tool bar and the status bar stay in view.
    auto *content = new QScrollArea(this);
    content->setObjectName(u"contentScroll"_s);
    content->setWidgetResizable(true);
    content->setFrameShape(QFrame::NoFrame);
    content->setFocusPolicy(Qt::NoFocus);
    content->setWidget(new ScrolledContent(takeCentralWidget(), content));
    setCentralWidget(content);
}

void MainWindow::restoreLayout()
{
    QSettings *s = m_workspace->settings();
    restoreGeometry(s->value(u"window/geometry"_s).toByteArray());
    restoreState(s->value(u"window/state"_s).toByteArray());
    clampToScreen();
    if (!m_ui->sessionsSplitter->restoreState(s->value(u"window/sessionsSplitter"_s).toByteArray())) {
        // The inspector gets what it needs to show its buttons and the timeline's request ids without scrolling
        // sideways, and the watchlist the rest (as weights: the splitter's width is not known yet).
        int inspector = 460;
        if (const auto *area = qobject_cast<QScrollArea *>(m_ui->sessionsSplitter->widget(1)); area && area->widget()) {
            inspector = std::max(inspector, area->widget()->minimumSizeHint().width() + 2 * area->frameWidth()
                                                 + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area) + 4);
        }
        m_ui->sessionsSplitter->setSizes({1230 - inspector, inspector});   // 1230: the splitter in the default window
    }
}

void MainWindow::clampToScreen()
{
    // A size saved (or designed) for one screen and scale may not fit another: at 200 % the default 1280×800 is
    // larger than a 1600×1000 screen. The window is made to fit the screen it opens on, its frame included (before
    // it is shown the frame is not known yet: the title bar's height stands for it, and once shown this runs again).
    QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QRect inner = geometry(), outer = frameGeometry();
    const QMargins frame = isVisible() && outer != inner
        ? QMargins(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(), outer.bottom() - inner.bottom())
        : QMargins(0, style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this), 0, 0);
    const QSize room = available.marginsRemoved(frame).size();
    const QSize fits = size().boundedTo(room);
    if (fits == size() && available.contains(outer))
        return;
    resize(fits);
    // move() places the frame: it goes where the frame, title bar and all, is inside the screen.
    const QSize whole = fits.grownBy(frame);
    move(std::clamp(outer.x(), available.left(), available.right() + 1 - whole.width()),
         std::clamp(outer.y(), available.top(), available.bottom() + 1 - whole.height()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_clampedOnShow) {
        // The frame is known once the window is on screen: fitted again with it.
        m_clampedOnShow = true;
        QTimer::singleShot(0, this, &MainWindow::clampToScreen);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

void MainWindow::fitToolBar()
{
    // Narrow (a small screen, 200 %): the buttons keep their icons and drop their words, which stay in their
    // tooltips, so that the profile in use stays in view and at hand instead of behind the overflow button.
    QToolBar *bar = m_ui->toolBar;
    if (bar->orientation() != Qt::Horizontal)
        return;
    const Qt::ToolButtonStyle before = bar->toolButtonStyle();
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (bar->sizeHint().width() > width())
        bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (bar->toolButtonStyle() != before)
        bar->updateGeometry();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_presenter->leave();
    QSettings *s = m_workspace->settings();
    s->setValue(u"window/geometry"_s, saveGeometry());
    s->setValue(u"window/state"_s, saveState());
    s->setValue(u"window/sessionsSplitter"_s, m_ui->sessionsSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Xident::Console
