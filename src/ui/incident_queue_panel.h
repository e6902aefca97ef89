#pragma once

#include "core/entities.h"

#include <QWidget>

class QLabel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xiuhua::ui {

class IncidentTableModel;

// The incident queue dock: counts by status, a status filter, a text filter and the table.
class IncidentQueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentQueuePanel(IncidentTableModel& model, QWidget* parent = nullptr);

    void selectIncident(core::Id id);
    QTableView* view() const { return m_view; }

signals:
    void incidentSelected(core::Id id);

private:
    void updateCounts();
    void applyFilter();

    IncidentTableModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_counts;
    QComboBox* m_statusFilter;
    QLineEdit* m_textFilter;
};

} // namespace xiuhua::ui
