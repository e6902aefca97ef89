#pragma once

#include "core/entities.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xiuhua::ui {

class ResponderTableModel;

// The responder board dock: counts by status (and how many are overdue), a filter by name, badge
// or kind, and the table; overdue rows are coloured by the model.
class ResponderBoardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResponderBoardPanel(ResponderTableModel& model, QWidget* parent = nullptr);

    void selectResponder(core::Id id);
    QTableView* view() const { return m_view; }
    std::optional<core::Id> currentResponder() const;
    // The actions of the right-click menu on a row (nullptr entries become separators).
    void setContextActions(const QList<QAction*>& actions);
    QString countsText() const;

signals:
    void responderSelected(core::Id id);

private:
    void updateCounts();
    void showContextMenu(const QPoint& position);

    ResponderTableModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_counts;
    QLineEdit* m_filter;
    QList<QAction*> m_contextActions;
};

} // namespace xiuhua::ui
