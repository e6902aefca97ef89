#pragma once

class QDockWidget;
class QMainWindow;
class QWidget;

// Fitting the console to the screen it runs on: a layout saved on a larger screen, and small screens
// (1366×768 is still common at police workstations) where the docks would squeeze the map.
namespace xiuhua::ui::screen_fit {

// Brings a window whose (restored, not yet shown) geometry no longer fits its screen back onto it,
// smaller if need be. False when it already fitted or is maximised.
bool bringOntoScreen(QWidget& window);
// Widths for the side docks of a window this wide, so the central widget (the map) keeps at least
// half of it: about a quarter for the left dock, a fifth for the right one.
void fitSideDocks(QMainWindow& window, QDockWidget* left, QDockWidget* right, int windowWidth);

} // namespace xiuhua::ui::screen_fit
