#include "ui/incidents/incident_queue_panel.h"

#include "core/status_rules.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/incidents/row_context_menu.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

// What a row must match; empty optionals match everything.
struct IncidentCriteria
{
    bool openOnly = true;
    std::optional<IncidentStatus> status;
    std::optional<Priority> priority;
    QString category;
    std::optional<Id> communityId;
    qint64 minAgeSeconds = -1; // received at least this long ago
    qint64 maxAgeSeconds = -1; // received at most this long ago
};

// Accepts rows by the criteria and by free text over the displayed columns.
class IncidentFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(const IncidentCriteria& criteria)
    {
        m_criteria = criteria;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const auto& model = static_cast<const IncidentTableModel&>(*sourceModel());
        const Incident* incident = model.incidentAt(model.index(sourceRow, 0, sourceParent));
        if (!incident)
            return false;
        const IncidentCriteria& c = m_criteria;
        if ((c.openOnly && !isOpen(incident->status)) || (c.status && incident->status != *c.status) ||
            (c.priority && incident->priority != *c.priority) ||
            (!c.category.isEmpty() && incident->category != c.category) ||
            (c.communityId && incident->communityId != c.communityId))
            return false;
        const qint64 age = incident->receivedAt.secsTo(model.now());
        if ((c.minAgeSeconds >= 0 && age < c.minAgeSeconds) ||
            (c.maxAgeSeconds >= 0 && age > c.maxAgeSeconds))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    IncidentCriteria m_criteria;
};

// A flashing row (a new 110 transfer) shows its flash even while selected: the selection colour
// would hide it on exactly the row the dispatcher is about to take up.
class FlashDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(IncidentTableModel::FlashRole).toBool()) {
            option->palette.setColor(QPalette::Highlight, IncidentTableModel::flashColour());
            option->palette.setColor(QPalette::HighlightedText, Qt::black);
        }
    }
};

// Selects the combo entry whose data equals `value`, else the first ("all").
void selectData(QComboBox* combo, const QVariant& value)
{
    const int found = value.isValid() ? combo->findData(value) : -1;
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

} // namespace

IncidentQueuePanel::IncidentQueuePanel(IncidentTableModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new IncidentFilterProxy(this)), m_view(new QTableView(this)),
      m_counts(new QLabel(this)), m_statusFilter(new QComboBox(this)), m_priorityFilter(new QComboBox(this)),
      m_categoryFilter(new QComboBox(this)), m_communityFilter(new QComboBox(this)),
      m_ageFilter(new QComboBox(this)), m_textFilter(new QLineEdit(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(IncidentTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_priorityFilter->setObjectName(QStringLiteral("priorityFilter"));
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_communityFilter->setObjectName(QStringLiteral("communityFilter"));
    m_ageFilter->setObjectName(QStringLiteral("ageFilter"));
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_statusFilter->addItem(tr("Open incidents"));
    m_statusFilter->addItem(tr("Last 24 hours"));
    for (std::size_t i = 0; i < enumCount<IncidentStatus>(); ++i) {
        const auto status = static_cast<IncidentStatus>(i);
        m_statusFilter->addItem(displayName(status), static_cast<int>(status));
    }
    m_priorityFilter->addItem(tr("All priorities"));
    for (std::size_t i = 0; i < enumCount<Priority>(); ++i)
        m_priorityFilter->addItem(displayName(static_cast<Priority>(i)), static_cast<int>(i));
    m_ageFilter->addItem(tr("Any age"), static_cast<int>(AgeFilter::Any));
    m_ageFilter->addItem(tr("Last 15 minutes"), static_cast<int>(AgeFilter::Last15Minutes));
    m_ageFilter->addItem(tr("Last hour"), static_cast<int>(AgeFilter::LastHour));
    m_ageFilter->addItem(tr("Older than 1 hour"), static_cast<int>(AgeFilter::OlderThanHour));
    m_ageFilter->addItem(tr("Older than 4 hours"), static_cast<int>(AgeFilter::OlderThan4Hours));
    fillChoices();
    m_textFilter->setPlaceholderText(tr("Filter: number, category, community, address…"));
    m_textFilter->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("incidentQueueView"));
    m_view->setItemDelegate(new FlashDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentTableModel::Received, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentTableModel::Address, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    // Narrow docks on small screens (1366×768): the counts wrap and the filters shrink to a few
    // characters rather than squeezing the map; at a normal width the grid stretches them anyway.
    m_counts->setWordWrap(true);
    for (QComboBox* combo :
         {m_statusFilter, m_priorityFilter, m_categoryFilter, m_communityFilter, m_ageFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }
    auto* filters = new QGridLayout;
    filters->addWidget(m_statusFilter, 0, 0);
    filters->addWidget(m_priorityFilter, 0, 1);
    filters->addWidget(m_ageFilter, 0, 2);
    filters->addWidget(m_categoryFilter, 1, 0);
    filters->addWidget(m_communityFilter, 1, 1);
    filters->addWidget(m_textFilter, 1, 2);
    filters->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_counts);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    for (QComboBox* combo :
         {m_statusFilter, m_priorityFilter, m_categoryFilter, m_communityFilter, m_ageFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentQueuePanel::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &IncidentQueuePanel::applyFilter);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillChoices();
        updateCounts();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &IncidentQueuePanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const Incident* incident = m_model.incidentAt(m_proxy->mapToSource(current));
                if (incident)
                    emit incidentSelected(incident->id);
            });
    updateCounts();
    m_view->resizeColumnsToContents();
}

void IncidentQueuePanel::fillChoices()
{
    const QSignalBlocker blockCategory(m_categoryFilter);
    const QSignalBlocker blockCommunity(m_communityFilter);
    const QVariant category = m_categoryFilter->currentData();
    const QVariant community = m_communityFilter->currentData();
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"));
    for (const Category& entry : m_model.taxonomy().categories())
        m_categoryFilter->addItem(entry.displayName(m_model.language()), entry.code);
    m_communityFilter->clear();
    m_communityFilter->addItem(tr("All communities"));
    for (const auto& [id, name] : m_model.communityNames())
        m_communityFilter->addItem(name, QVariant::fromValue<qint64>(id));
    selectData(m_categoryFilter, category);
    selectData(m_communityFilter, community);
}

void IncidentQueuePanel::applyFilter()
{
    IncidentCriteria criteria;
    const int statusIndex = m_statusFilter->currentIndex();
    criteria.openOnly = statusIndex <= 0;
    if (statusIndex >= 2)
        criteria.status = static_cast<IncidentStatus>(m_statusFilter->currentData().toInt());
    if (m_priorityFilter->currentIndex() > 0)
        criteria.priority = static_cast<Priority>(m_priorityFilter->currentData().toInt());
    criteria.category = m_categoryFilter->currentData().toString();
    if (m_communityFilter->currentIndex() > 0)
        criteria.communityId = m_communityFilter->currentData().toLongLong();
    switch (static_cast<AgeFilter>(m_ageFilter->currentData().toInt())) {
    case AgeFilter::Any:
        break;
    case AgeFilter::Last15Minutes:
        criteria.maxAgeSeconds = 15 * 60;
        break;
    case AgeFilter::LastHour:
        criteria.maxAgeSeconds = 3600;
        break;
    case AgeFilter::OlderThanHour:
        criteria.minAgeSeconds = 3600;
        break;
    case AgeFilter::OlderThan4Hours:
        criteria.minAgeSeconds = 4 * 3600;
        break;
    }
    static_cast<IncidentFilterProxy*>(m_proxy)->setCriteria(criteria);
    m_proxy->setFilterFixedString(m_textFilter->text());
}

void IncidentQueuePanel::setShowAll(bool all)
{
    m_statusFilter->setCurrentIndex(all ? 1 : 0);
}

void IncidentQueuePanel::setStatusFilter(std::optional<IncidentStatus> status)
{
    if (status)
        selectData(m_statusFilter, static_cast<int>(*status));
    else
        m_statusFilter->setCurrentIndex(1);
}

void IncidentQueuePanel::setPriorityFilter(std::optional<Priority> priority)
{
    selectData(m_priorityFilter, priority ? QVariant(static_cast<int>(*priority)) : QVariant());
}

void IncidentQueuePanel::setCategoryFilter(const QString& categoryCode)
{
    selectData(m_categoryFilter, categoryCode.isEmpty() ? QVariant() : QVariant(categoryCode));
}

void IncidentQueuePanel::setCommunityFilter(std::optional<Id> communityId)
{
    selectData(m_communityFilter, communityId ? QVariant::fromValue<qint64>(*communityId) : QVariant());
}

void IncidentQueuePanel::setAgeFilter(AgeFilter age)
{
    selectData(m_ageFilter, static_cast<int>(age));
}

void IncidentQueuePanel::setTextFilter(const QString& text)
{
    m_textFilter->setText(text);
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

std::optional<Id> IncidentQueuePanel::currentIncident() const
{
    const Incident* incident = m_model.incidentAt(m_proxy->mapToSource(m_view->currentIndex()));
    return incident ? std::optional<Id>(incident->id) : std::nullopt;
}

void IncidentQueuePanel::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
}

void IncidentQueuePanel::showContextMenu(const QPoint& position)
{
    showRowContextMenu(*m_view, m_contextActions, position);
}

void IncidentQueuePanel::selectIncident(Id id)
{
    const QModelIndex source = m_model.indexOfIncident(id);
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (source.isValid() && !proxyIndex.isValid()) {
        // Show it whatever the filters said.
        for (QComboBox* combo : {m_priorityFilter, m_categoryFilter, m_communityFilter, m_ageFilter})
            combo->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(1);
        m_textFilter->clear();
        proxyIndex = m_proxy->mapFromSource(source);
    }
    if (proxyIndex.isValid()) {
        m_view->setCurrentIndex(proxyIndex);
        m_view->scrollTo(proxyIndex);
    }
}

} // namespace xiuhua::ui
