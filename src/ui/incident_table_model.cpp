#include "ui/incident_table_model.h"

#include "core/status_rules.h"
#include "ui/display_text.h"

#include <QBrush>
#include <QFont>

namespace xiuhua::ui {

using namespace xiuhua::core;

IncidentTableModel::IncidentTableModel(const storage::StoreReader& reader, const Taxonomy& taxonomy,
                                       QString language, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader), m_taxonomy(taxonomy), m_language(std::move(language)),
      m_now(QDateTime::currentDateTimeUtc())
{
    reload();
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_communityNames.clear();
    for (const core::Community& community : m_reader.communities())
        m_communityNames[community.id] =
            m_language.startsWith(QLatin1String("zh")) || community.nameEn.isEmpty() ? community.name
                                                                                     : community.nameEn;
    storage::IncidentQuery recent;
    recent.receivedFrom = m_now.addDays(-1);
    m_incidents = m_reader.incidents(recent);
    storage::IncidentQuery open;
    open.openOnly = true;
    for (Incident& incident : m_reader.incidents(open)) {
        if (incident.receivedAt < recent.receivedFrom)
            m_incidents.push_back(std::move(incident));
    }
    endResetModel();
}

void IncidentTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_incidents.empty())
        emit dataChanged(index(0, SinceReceived), index(rowCount() - 1, SinceReceived), {Qt::DisplayRole});
}

const Incident* IncidentTableModel::incidentAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return nullptr;
    return &m_incidents[static_cast<std::size_t>(index.row())];
}

QModelIndex IncidentTableModel::indexOfIncident(Id id, int column) const
{
    for (std::size_t row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents[row].id == id)
            return index(static_cast<int>(row), column);
    }
    return {};
}

std::map<IncidentStatus, int> IncidentTableModel::countsByStatus() const
{
    std::map<IncidentStatus, int> counts;
    for (const Incident& incident : m_incidents)
        ++counts[incident.status];
    return counts;
}

QVariant IncidentTableModel::displayData(const Incident& incident, int column) const
{
    switch (column) {
    case Number:
        return incident.number;
    case Received:
        return localTimeText(incident.receivedAt);
    case Priority:
        return toCode(incident.priority);
    case Category:
        return m_taxonomy.displayName(incident.category, m_language);
    case Status:
        return displayName(incident.status);
    case Community: {
        const auto found =
            incident.communityId ? m_communityNames.find(*incident.communityId) : m_communityNames.end();
        return found != m_communityNames.end() ? found->second : QString();
    }
    case Address:
        return incident.addressText;
    case SinceReceived:
        return isOpen(incident.status) ? elapsedText(incident.receivedAt.secsTo(m_now)) : QString();
    }
    return {};
}

QVariant IncidentTableModel::sortData(const Incident& incident, int column) const
{
    switch (column) {
    case Received:
    case SinceReceived:
        return incident.receivedAt;
    case Priority:
        return static_cast<int>(incident.priority);
    case Status:
        return static_cast<int>(incident.status);
    default:
        return displayData(incident, column);
    }
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    const Incident* incident = incidentAt(index);
    if (!incident)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*incident, index.column());
    case Qt::ToolTipRole:
        return incident->description.isEmpty() ? QVariant() : QVariant(incident->description);
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return QBrush(incidentStatusColour(incident->status));
        if (index.column() == Priority)
            return QBrush(priorityColour(incident->priority));
        return {};
    case Qt::FontRole:
        if (index.column() == Priority ||
            (index.column() == Status && incident->status == IncidentStatus::New)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IncidentIdRole:
        return QVariant::fromValue<qint64>(incident->id);
    case SortRole:
        return sortData(*incident, index.column());
    case StatusCodeRole:
        return toCode(incident->status);
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Received:
        return tr("Received");
    case Priority:
        return tr("Priority");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Community:
        return tr("Community");
    case Address:
        return tr("Address");
    case SinceReceived:
        return tr("Elapsed");
    }
    return {};
}

} // namespace xiuhua::ui
