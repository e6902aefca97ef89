#include "ui/console/screen_fit.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

#include <algorithm>

namespace xiuhua::ui::screen_fit {

bool bringOntoScreen(QWidget& window)
{
    if (window.isMaximized() || window.isFullScreen())
        return false;
    const QScreen* screen = QGuiApplication::screenAt(window.geometry().center());
    if (!screen)
        screen = window.screen();
    if (!screen)
        return false;
    const QRect available = screen->availableGeometry();
    if (available.contains(window.frameGeometry()))
        return false;
    // The frame is not known before the window is shown: leave room for a title bar and borders.
    const QSize frame = window.frameGeometry().size() - window.geometry().size();
    const int border = frame.isEmpty() ? 4 : frame.width() / 2;
    const int titleBar = frame.isEmpty() ? 32 : frame.height() - border;
    const QRect room = available.adjusted(border, titleBar, -border, -border);
    QRect fitted(window.geometry().topLeft(), window.geometry().size().boundedTo(room.size()));
    if (fitted.right() > room.right())
        fitted.moveRight(room.right());
    if (fitted.bottom() > room.bottom())
        fitted.moveBottom(room.bottom());
    if (fitted.left() < room.left())
        fitted.moveLeft(room.left());
    if (fitted.top() < room.top())
        fitted.moveTop(room.top());
    window.setGeometry(fitted);
    return true;
}

void fitSideDocks(QMainWindow& window, QDockWidget* left, QDockWidget* right, int windowWidth)
{
    const int leftWidth = std::clamp(windowWidth * 26 / 100, 260, 560);
    const int rightWidth = std::clamp(windowWidth * 21 / 100, 220, 460);
    window.resizeDocks({left, right}, {leftWidth, rightWidth}, Qt::Horizontal);
}

} // namespace xiuhua::ui::screen_fit
