#pragma once

#include "core/entities.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xiuhua::ui {

class IncidentTableModel;

// The incident queue dock: counts by status, filters (status, priority, category, community, age,
// free text) and the table with its live timers. Sorting is by clicking a column header.
class IncidentQueuePanel : public QWidget
{
    Q_OBJECT

public:
    // What the age filter offers, in the order of its combo box.
    enum class AgeFilter
    {
        Any,
        Last15Minutes,
        LastHour,
        OlderThanHour,
        OlderThan4Hours
    };

    explicit IncidentQueuePanel(IncidentTableModel& model, QWidget* parent = nullptr);

    void selectIncident(core::Id id);
    QTableView* view() const { return m_view; }
    std::optional<core::Id> currentIncident() const;
    // The actions of the right-click menu on a row (nullptr entries become separators).
    void setContextActions(const QList<QAction*>& actions);

    // The filters, also settable from code (tests, a saved layout).
    void setShowAll(bool all); // false: open incidents only
    void setStatusFilter(std::optional<core::IncidentStatus> status);
    void setPriorityFilter(std::optional<core::Priority> priority);
    void setCategoryFilter(const QString& categoryCode); // empty = all
    void setCommunityFilter(std::optional<core::Id> communityId);
    void setAgeFilter(AgeFilter age);
    void setTextFilter(const QString& text);

signals:
    void incidentSelected(core::Id id);

private:
    void updateCounts();
    void fillChoices();
    void applyFilter();
    void showContextMenu(const QPoint& position);

    IncidentTableModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_counts;
    QComboBox* m_statusFilter;
    QComboBox* m_priorityFilter;
    QComboBox* m_categoryFilter;
    QComboBox* m_communityFilter;
    QComboBox* m_ageFilter;
    QLineEdit* m_textFilter;
    QList<QAction*> m_contextActions;
};

} // namespace xiuhua::ui
