#include "ui/responders/responder_table_model.h"

#include "core/position_freshness.h"
#include "ui/common/display_text.h"
#include "ui/common/fix_age.h"
#include "ui/common/status_palette.h"

#include <QBrush>
#include <QFont>

#include <map>
#include <set>

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
    m_activeAssignment.clear();
    m_battery.clear();
    for (const Responder& responder : m_responders)
        readBattery(responder.id);
    // One query for the numbers of all open incidents rather than one read per assignment.
    std::map<core::Id, QString> openNumbers;
    storage::IncidentQuery open;
    open.openOnly = true;
    for (const Incident& incident : m_reader.incidents(open))
        openNumbers.emplace(incident.id, incident.number);
    for (const Assignment& assignment : m_reader.activeAssignments())
        holdAssignment(assignment, openNumbers);
    m_thresholds = dispatch::StatusThresholds::load(m_reader);
    endResetModel();
}

void ResponderTableModel::holdAssignment(const Assignment& assignment, std::map<Id, QString>& numbers)
{
    auto number = numbers.find(assignment.incidentId);
    if (number == numbers.end()) {
        if (const auto incident = m_reader.incident(assignment.incidentId))
            number = numbers.emplace(incident->id, incident->number).first;
    }
    if (number != numbers.end())
        m_currentIncident[assignment.responderId] = number->second;
    // The latest one, should a responder hold several.
    auto& held = m_activeAssignment[assignment.responderId];
    if (held.id == 0 || held.dispatchedAt < assignment.dispatchedAt)
        held = assignment;
}

void ResponderTableModel::readBattery(Id responderId)
{
    m_battery.erase(responderId);
    if (const auto fix = m_reader.newestAcceptedPosition(responderId); fix && fix->batteryPercent)
        m_battery[responderId] = *fix->batteryPercent;
}

std::optional<int> ResponderTableModel::batteryOf(Id responderId) const
{
    const auto found = m_battery.find(responderId);
    return found != m_battery.end() ? std::optional<int>(found->second) : std::nullopt;
}

void ResponderTableModel::applyPositions(const std::vector<PositionFix>& fixes)
{
    std::set<int> rows;
    for (const PositionFix& fix : fixes) {
        if (fix.verdict != PositionVerdict::Accepted)
            continue;
        const QModelIndex existing = indexOfResponder(fix.responderId);
        if (!existing.isValid())
            continue;
        Responder& responder = m_responders[static_cast<std::size_t>(existing.row())];
        if (responder.positionAt.isValid() && fix.fixAt <= responder.positionAt)
            continue;
        responder.lastPosition = fix.location;
        responder.positionAt = fix.fixAt;
        if (fix.batteryPercent)
            m_battery[responder.id] = *fix.batteryPercent;
        else
            m_battery.erase(responder.id);
        rows.insert(existing.row());
    }
    for (const int row : rows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ResponderTableModel::updateResponders(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        reload();
        return;
    }
    const std::set<Id> changed(ids.begin(), ids.end());
    for (const Id id : changed) {
        m_currentIncident.erase(id);
        m_activeAssignment.erase(id);
    }
    std::map<Id, QString> numbers;
    for (const Assignment& assignment : m_reader.activeAssignmentsOf({changed.begin(), changed.end()}))
        holdAssignment(assignment, numbers);
    for (const Id id : changed) {
        const QModelIndex existing = indexOfResponder(id);
        std::optional<Responder> responder = m_reader.responder(id);
        if (!responder || !isFieldResponder(responder->kind)) {
            if (existing.isValid()) {
                beginRemoveRows({}, existing.row(), existing.row());
                m_responders.erase(m_responders.begin() + existing.row());
                endRemoveRows();
            }
        } else if (existing.isValid()) {
            readBattery(id);
            m_responders[static_cast<std::size_t>(existing.row())] = std::move(*responder);
            emit dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
        } else {
            readBattery(id);
            beginInsertRows({}, rowCount(), rowCount());
            m_responders.push_back(std::move(*responder));
            endInsertRows();
        }
    }
}

void ResponderTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    emitAllChanged(); // timers, and the overdue colours that follow them
}

void ResponderTableModel::setThresholds(const dispatch::StatusThresholds& thresholds)
{
    m_thresholds = thresholds;
    emitAllChanged();
}

void ResponderTableModel::emitAllChanged()
{
    if (!m_responders.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Assignment* ResponderTableModel::activeAssignmentOf(Id responderId) const
{
    const auto found = m_activeAssignment.find(responderId);
    return found != m_activeAssignment.end() ? &found->second : nullptr;
}

std::optional<ResponderTableModel::Overdue> ResponderTableModel::overdue(const Responder& responder) const
{
    const Assignment* assignment = activeAssignmentOf(responder.id);
    if (assignment && assignment->status == AssignmentStatus::OnScene && assignment->onSceneAt.isValid()) {
        const qint64 seconds = assignment->onSceneAt.secsTo(m_now);
        const int limit = m_thresholds.onSceneSeconds;
        if (limit > 0 && seconds > limit)
            return Overdue{seconds, limit, true};
    }
    const int limit = m_thresholds.forStatus(responder.status);
    if (limit <= 0 || !responder.statusSince.isValid())
        return std::nullopt;
    const qint64 seconds = responder.statusSince.secsTo(m_now);
    if (seconds > limit)
        return Overdue{seconds, limit, false};
    return std::nullopt;
}

std::map<ResponderStatus, int> ResponderTableModel::countsByStatus() const
{
    std::map<ResponderStatus, int> counts;
    for (const Responder& responder : m_responders)
        ++counts[responder.status];
    return counts;
}

int ResponderTableModel::overdueCount() const
{
    int count = 0;
    for (const Responder& responder : m_responders)
        count += overdue(responder) ? 1 : 0;
    return count;
}

QString ResponderTableModel::overdueText(const Responder& responder, const Overdue& late) const
{
    if (late.onScene)
        return tr("On scene for %1 without an update (limit %2)")
            .arg(elapsedText(late.seconds), elapsedText(late.limitSeconds));
    return tr("%1 for %2 (limit %3)")
        .arg(displayName(responder.status), elapsedText(late.seconds), elapsedText(late.limitSeconds));
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
    case Battery: {
        const auto battery = batteryOf(responder.id);
        return battery ? tr("%1%").arg(*battery) : QString();
    }
    }
    return {};
}

// Status in its colour; a position faded after 2 minutes and grey after 10; a low battery red;
// the whole row in the overdue colour when the responder is overdue.
QVariant ResponderTableModel::foreground(const Responder& responder, int column) const
{
    if (column == Status)
        return QBrush(responderStatusColour(responder.status));
    if (column == PositionAge) {
        switch (fixFreshness(responder.positionAt, m_now)) {
        case FixFreshness::Fading:
            return QBrush(fadingFixColour());
        case FixFreshness::Old:
        case FixFreshness::None:
            return QBrush(oldFixColour());
        case FixFreshness::Fresh:
            break;
        }
    }
    if (column == Battery && isLowBattery(batteryOf(responder.id)))
        return QBrush(lowBatteryColour());
    return overdue(responder) ? QVariant(QBrush(overdueTextColour())) : QVariant();
}

QVariant ResponderTableModel::toolTip(const Responder& responder, int column) const
{
    if (column == PositionAge && responder.positionAt.isValid())
        return tr("Position fixed at %1 (%2)")
            .arg(localTimeText(responder.positionAt), fixAgeText(responder.positionAt.secsTo(m_now)));
    if (column == Battery && isLowBattery(batteryOf(responder.id)))
        return tr("Low battery: under %1%").arg(kLowBatteryPercent);
    const auto late = overdue(responder);
    return late ? QVariant(overdueText(responder, *late)) : QVariant();
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
        return foreground(*responder, index.column());
    case Qt::BackgroundRole:
        return overdue(*responder) ? QVariant(QBrush(overdueBackgroundColour())) : QVariant();
    case Qt::FontRole:
        if ((index.column() == TimeInStatus && overdue(*responder)) ||
            (index.column() == Battery && isLowBattery(batteryOf(responder->id)))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(*responder, index.column());
    case FreshnessRole:
        return static_cast<int>(fixFreshness(responder->positionAt, m_now));
    case OverdueRole:
        return overdue(*responder).has_value();
    case ResponderIdRole:
        return QVariant::fromValue<qint64>(responder->id);
    case SortRole:
        switch (index.column()) {
        case TimeInStatus:
            return responder->statusSince;
        case PositionAge:
            return responder->positionAt;
        case Battery:
            return batteryOf(responder->id).value_or(-1);
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
    case Battery:
        return tr("Battery");
    }
    return {};
}

} // namespace xiuhua::ui
