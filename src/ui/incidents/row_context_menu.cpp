#include "ui/incidents/row_context_menu.h"

#include <QMenu>
#include <QTableView>

namespace xiuhua::ui {

void showRowContextMenu(QTableView& view, const QList<QAction*>& actions, const QPoint& position)
{
    const QModelIndex index = view.indexAt(position);
    if (!index.isValid() || actions.isEmpty())
        return;
    view.setCurrentIndex(index);
    QMenu menu(&view);
    for (QAction* action : actions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(view.viewport()->mapToGlobal(position));
}

} // namespace xiuhua::ui
