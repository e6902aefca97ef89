#include "ui/admin/record_table.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

RecordTable::RecordTable(QAbstractItemModel* model, const QString& name, const QString& filterHint,
                         int sortColumn, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(filterHint);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    connect(model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::resizeColumnsToContents);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(model, &QAbstractItemModel::dataChanged, m_view, &QTableView::resizeColumnsToContents);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

int RecordTable::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void RecordTable::setCurrentSourceRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

} // namespace xiuhua::ui
