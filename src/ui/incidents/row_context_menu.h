#pragma once

#include <QList>
#include <QPoint>

class QAction;
class QTableView;

namespace xiuhua::ui {

// A context menu for the row under the mouse of a list: the row becomes current (the actions act on
// it), then `actions` are shown, a null entry drawing a separator.
void showRowContextMenu(QTableView& view, const QList<QAction*>& actions, const QPoint& position);

} // namespace xiuhua::ui
