#pragma once

#include "core/entities.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xiuhua::ui {

class ResponderTableModel;

// The responder board dock: status per responder, filterable by name, badge or kind.
class ResponderBoardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResponderBoardPanel(ResponderTableModel& model, QWidget* parent = nullptr);

    void selectResponder(core::Id id);
    QTableView* view() const { return m_view; }

signals:
    void responderSelected(core::Id id);

private:
    ResponderTableModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
};

} // namespace xiuhua::ui
