#include "ui/responder_table_model.h"

#include "ui/display_text.h"

#include <QBrush>

namespace xiuhua::ui {

using namespace xiuhua::core;

ResponderTableModel::ResponderTableModel(const storage::StoreReader& reader, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader), m_now(QDateTime::currentDateTimeUtc())
{
    reload();
}

int ResponderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_responders.size());
}

int ResponderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ResponderTableModel::reload()
{
    beginResetModel();
    m_responders.clear();
    for (Responder& responder : m_reader.responders()) {
        if (isFieldResponder(responder.kind))
            m_responders.push_back(std::move(responder));
    }
    m_currentIncident.clear();
    for (const Assignment& assignment : m_reader.activeAssignments()) {
        const auto incident = m_reader.incident(assignment.incidentId);
        if (incident)
            m_currentIncident[assignment.responderId] = incident->number;
    }
    endResetModel();
}

void ResponderTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_responders.empty()) {
        emit dataChanged(index(0, TimeInStatus), index(rowCount() - 1, TimeInStatus), {Qt::DisplayRole});
        emit dataChanged(index(0, PositionAge), index(rowCount() - 1, PositionAge), {Qt::DisplayRole});
    }
}

const Responder* ResponderTableModel::responderAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return nullptr;
    return &m_responders[static_cast<std::size_t>(index.row())];
}

QModelIndex ResponderTableModel::indexOfResponder(Id id, int column) const
{
    for (std::size_t row = 0; row < m_responders.size(); ++row) {
        if (m_responders[row].id == id)
            return index(static_cast<int>(row), column);
    }
    return {};
}

QString ResponderTableModel::currentIncidentOf(Id responderId) const
{
    const auto found = m_currentIncident.find(responderId);
    return found != m_currentIncident.end() ? found->second : QString();
}

QVariant ResponderTableModel::displayData(const Responder& responder, int column) const
{
    switch (column) {
    case Name:
        return responder.name;
    case Badge:
        return responder.badgeNo;
    case Kind:
        return displayName(responder.kind);
    case Status:
        return displayName(responder.status);
    case TimeInStatus:
        return responder.statusSince.isValid() ? elapsedText(responder.statusSince.secsTo(m_now)) : QString();
    case CurrentIncident:
        return currentIncidentOf(responder.id);
    case PositionAge:
        return responder.positionAt.isValid() ? elapsedText(responder.positionAt.secsTo(m_now)) : tr("none");
    }
    return {};
}

QVariant ResponderTableModel::data(const QModelIndex& index, int role) const
{
    const Responder* responder = responderAt(index);
    if (!responder)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*responder, index.column());
    case Qt::ForegroundRole:
        return index.column() == Status ? QVariant(QBrush(responderStatusColour(responder->status)))
                                        : QVariant();
    case ResponderIdRole:
        return QVariant::fromValue<qint64>(responder->id);
    case SortRole:
        switch (index.column()) {
        case TimeInStatus:
            return responder->statusSince;
        case PositionAge:
            return responder->positionAt;
        case Status:
            return static_cast<int>(responder->status);
        case Kind:
            return static_cast<int>(responder->kind);
        default:
            return displayData(*responder, index.column());
        }
    }
    return {};
}

QVariant ResponderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Badge:
        return tr("Badge");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case TimeInStatus:
        return tr("In status");
    case CurrentIncident:
        return tr("Incident");
    case PositionAge:
        return tr("Position age");
    }
    return {};
}

} // namespace xiuhua::ui
