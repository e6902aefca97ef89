#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xiuhua::ui {

// A filter line over a sortable, single-selection table of records, as the administrator's screens
// (operator accounts, field devices) show them. The filter matches any column; the columns are sized
// to their contents again whenever rows come or change, so a first record's date never ends in "…".
// Object names for tests and scripts: NAME + "Filter" and NAME + "Table".
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    RecordTable(QAbstractItemModel* model, const QString& name, const QString& filterHint, int sortColumn,
                QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* filter() const { return m_filter; }
    // The model's row shown as current, -1 when there is none.
    int currentSourceRow() const;
    void setCurrentSourceRow(int row);

private:
    QAbstractItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
};

} // namespace xiuhua::ui
