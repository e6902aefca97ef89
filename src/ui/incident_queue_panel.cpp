#include "ui/incident_queue_panel.h"

#include "core/status_rules.h"
#include "ui/incident_table_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

// Accepts rows by status group and free text over the number, category, community and address.
class IncidentFilterProxy : public QSortFilterProxyModel
{
public:
    enum class Scope
    {
        Open,
        All
    };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setScope(Scope scope)
    {
        m_scope = scope;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const auto& model = static_cast<const IncidentTableModel&>(*sourceModel());
        const Incident* incident = model.incidentAt(model.index(sourceRow, 0, sourceParent));
        if (!incident)
            return false;
        if (m_scope == Scope::Open && !isOpen(incident->status))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    Scope m_scope = Scope::Open;
};

} // namespace

IncidentQueuePanel::IncidentQueuePanel(IncidentTableModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new IncidentFilterProxy(this)), m_view(new QTableView(this)),
      m_counts(new QLabel(this)), m_statusFilter(new QComboBox(this)), m_textFilter(new QLineEdit(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(IncidentTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_statusFilter->addItem(tr("Open incidents"));
    m_statusFilter->addItem(tr("Last 24 hours"));
    m_textFilter->setPlaceholderText(tr("Filter: number, category, community, address…"));
    m_textFilter->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("incidentQueueView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentTableModel::Received, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentTableModel::Address, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_textFilter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_counts);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &IncidentQueuePanel::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &IncidentQueuePanel::applyFilter);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &IncidentQueuePanel::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const Incident* incident = m_model.incidentAt(m_proxy->mapToSource(current));
                if (incident)
                    emit incidentSelected(incident->id);
            });
    updateCounts();
    m_view->resizeColumnsToContents();
}

void IncidentQueuePanel::applyFilter()
{
    static_cast<IncidentFilterProxy*>(m_proxy)->setScope(m_statusFilter->currentIndex() == 0
                                                             ? IncidentFilterProxy::Scope::Open
                                                             : IncidentFilterProxy::Scope::All);
    m_proxy->setFilterFixedString(m_textFilter->text());
}

void IncidentQueuePanel::updateCounts()
{
    const auto counts = m_model.countsByStatus();
    auto count = [&](IncidentStatus status) {
        const auto found = counts.find(status);
        return found == counts.end() ? 0 : found->second;
    };
    m_counts->setText(
        tr("New <b>%1</b> · Dispatched <b>%2</b> · On scene <b>%3</b> · Resolved today <b>%4</b>")
            .arg(count(IncidentStatus::New))
            .arg(count(IncidentStatus::Dispatched))
            .arg(count(IncidentStatus::OnScene))
            .arg(count(IncidentStatus::Resolved) + count(IncidentStatus::Closed)));
}

void IncidentQueuePanel::selectIncident(Id id)
{
    const QModelIndex source = m_model.indexOfIncident(id);
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (source.isValid() && !proxyIndex.isValid()) {
        m_statusFilter->setCurrentIndex(1); // show closed ones too
        m_textFilter->clear();
        proxyIndex = m_proxy->mapFromSource(source);
    }
    if (proxyIndex.isValid()) {
        m_view->setCurrentIndex(proxyIndex);
        m_view->scrollTo(proxyIndex);
    }
}

} // namespace xiuhua::ui
