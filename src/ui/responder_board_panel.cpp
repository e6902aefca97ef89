#include "ui/responder_board_panel.h"

#include "ui/responder_table_model.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

ResponderBoardPanel::ResponderBoardPanel(ResponderTableModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ResponderTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter: name, badge, kind, status…"));
    m_filter->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("responderBoardView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ResponderTableModel::Status, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const core::Responder* responder = m_model.responderAt(m_proxy->mapToSource(current));
                if (responder)
                    emit responderSelected(responder->id);
            });
    m_view->resizeColumnsToContents();
}

void ResponderBoardPanel::selectResponder(core::Id id)
{
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model.indexOfResponder(id));
    if (!proxyIndex.isValid() && m_model.indexOfResponder(id).isValid()) {
        m_filter->clear();
        proxyIndex = m_proxy->mapFromSource(m_model.indexOfResponder(id));
    }
    if (proxyIndex.isValid()) {
        m_view->setCurrentIndex(proxyIndex);
        m_view->scrollTo(proxyIndex);
    }
}

} // namespace xiuhua::ui
