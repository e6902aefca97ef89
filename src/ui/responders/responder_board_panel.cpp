#include "ui/responders/responder_board_panel.h"

#include "ui/incidents/row_context_menu.h"
#include "ui/responders/responder_table_model.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

ResponderBoardPanel::ResponderBoardPanel(ResponderTableModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_counts(new QLabel(this)), m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ResponderTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter: name, badge, kind, status…"));
    m_filter->setClearButtonEnabled(true);
    m_counts->setObjectName(QStringLiteral("responderCounts"));
    m_counts->setWordWrap(true); // the board stays narrow on a small screen

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("responderBoardView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ResponderTableModel::Status, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_counts);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ResponderBoardPanel::updateCounts);
    // The overdue count follows the clock (setNow emits dataChanged).
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ResponderBoardPanel::updateCounts);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ResponderBoardPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const Responder* responder = m_model.responderAt(m_proxy->mapToSource(current));
                if (responder)
                    emit responderSelected(responder->id);
            });
    updateCounts();
    m_view->resizeColumnsToContents();
}

QString ResponderBoardPanel::countsText() const
{
    const auto counts = m_model.countsByStatus();
    auto count = [&](ResponderStatus status) {
        const auto found = counts.find(status);
        return found == counts.end() ? 0 : found->second;
    };
    QString text = tr("Available <b>%1</b> · Busy <b>%2</b> · Meal break <b>%3</b> · Off duty <b>%4</b>")
                       .arg(count(ResponderStatus::Available))
                       .arg(count(ResponderStatus::Busy))
                       .arg(count(ResponderStatus::MealBreak))
                       .arg(count(ResponderStatus::OffDuty));
    const int overdue = m_model.overdueCount();
    if (overdue > 0)
        text += QStringLiteral(" · <span style=\"color:#b71c1c\">") + tr("Overdue <b>%1</b>").arg(overdue) +
                QStringLiteral("</span>");
    return text;
}

void ResponderBoardPanel::updateCounts()
{
    m_counts->setText(countsText());
}

std::optional<Id> ResponderBoardPanel::currentResponder() const
{
    const Responder* responder = m_model.responderAt(m_proxy->mapToSource(m_view->currentIndex()));
    return responder ? std::optional<Id>(responder->id) : std::nullopt;
}

void ResponderBoardPanel::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
}

void ResponderBoardPanel::showContextMenu(const QPoint& position)
{
    showRowContextMenu(*m_view, m_contextActions, position);
}

void ResponderBoardPanel::selectResponder(Id id)
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
