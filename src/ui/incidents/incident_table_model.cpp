#include "ui/incidents/incident_table_model.h"

#include "core/status_rules.h"
#include "ui/common/display_text.h"
#include "ui/common/status_palette.h"

#include <QBrush>
#include <QFont>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

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

void IncidentTableModel::reloadCommunityNames()
{
    m_communityNames.clear();
    for (const core::Community& community : m_reader.communities())
        m_communityNames[community.id] =
            m_language.startsWith(QLatin1String("zh")) || community.nameEn.isEmpty() ? community.name
                                                                                     : community.nameEn;
}

void IncidentTableModel::reload()
{
    beginResetModel();
    reloadCommunityNames();
    storage::IncidentQuery recent;
    recent.receivedFrom = m_now.addDays(-1);
    m_incidents = m_reader.incidents(recent);
    storage::IncidentQuery open;
    open.openOnly = true;
    for (Incident& incident : m_reader.incidents(open)) {
        if (incident.receivedAt < recent.receivedFrom)
            m_incidents.push_back(std::move(incident));
    }
    m_targets = dispatch::ResponseTargets::load(m_reader);
    loadTimings();
    endResetModel();
}

void IncidentTableModel::loadTimings()
{
    m_responderKinds.clear();
    for (const Responder& responder : m_reader.responders())
        m_responderKinds[responder.id] = responder.kind;
    m_timings.clear();
    std::vector<Id> dispatchedIds;
    for (const Incident& incident : m_incidents) {
        if (incident.status != IncidentStatus::New) // nothing dispatched yet
            dispatchedIds.push_back(incident.id);
    }
    std::map<Id, std::vector<Assignment>> assignmentsByIncident;
    for (Assignment& assignment : m_reader.assignmentsForIncidents(dispatchedIds))
        assignmentsByIncident[assignment.incidentId].push_back(std::move(assignment));
    m_backupRequests.clear();
    for (const Incident& incident : m_incidents) {
        if (incident.status != IncidentStatus::New) {
            m_timings[incident.id] = timingOf(assignmentsByIncident[incident.id]);
            updateBackupRequest(incident, assignmentsByIncident[incident.id]);
        }
    }
}

// Only an open incident with an active assignment can have a standing request, so the timeline is
// read for those few alone.
void IncidentTableModel::updateBackupRequest(const Incident& incident,
                                             const std::vector<Assignment>& assignments)
{
    const bool anyActive = std::any_of(assignments.begin(), assignments.end(),
                                       [](const Assignment& a) { return isActive(a.status); });
    std::optional<dispatch::BackupRequest> request;
    if (isOpen(incident.status) && anyActive)
        request = dispatch::openBackupRequest(incident, assignments, m_reader.incidentEvents(incident.id));
    if (request)
        m_backupRequests[incident.id] = *request;
    else
        m_backupRequests.erase(incident.id);
}

ResponderKind IncidentTableModel::kindOf(Id responderId)
{
    auto kind = m_responderKinds.find(responderId);
    if (kind == m_responderKinds.end()) { // added since the last reload, perhaps by another seat
        const auto responder = m_reader.responder(responderId);
        kind =
            m_responderKinds.emplace(responderId, responder ? responder->kind : ResponderKind::PatrolOfficer)
                .first;
    }
    return kind->second;
}

IncidentTableModel::Timing IncidentTableModel::timingOf(const std::vector<Assignment>& assignments)
{
    Timing timing;
    for (const Assignment& assignment : assignments) {
        if (!assignment.dispatchedAt.isValid())
            continue;
        if (!timing.firstDispatchedAt.isValid() || assignment.dispatchedAt < timing.firstDispatchedAt)
            timing.firstDispatchedAt = assignment.dispatchedAt;
        if (assignment.status == AssignmentStatus::Cancelled)
            continue;
        const int target = m_targets.onSceneSecondsFor(kindOf(assignment.responderId));
        if (!timing.liveDispatchedAt.isValid() || assignment.dispatchedAt < timing.liveDispatchedAt)
            timing.liveDispatchedAt = assignment.dispatchedAt;
        timing.onSceneTarget = timing.onSceneTarget == 0 ? target : std::min(timing.onSceneTarget, target);
        if (assignment.onSceneAt.isValid() &&
            (!timing.firstOnSceneAt.isValid() || assignment.onSceneAt < timing.firstOnSceneAt)) {
            timing.firstOnSceneAt = assignment.onSceneAt;
            timing.arrivalSeconds = assignment.dispatchedAt.secsTo(assignment.onSceneAt);
            timing.arrivalTarget = target;
        }
    }
    return timing;
}

// The queue holds every open incident and whatever came in during the last 24 hours.
bool IncidentTableModel::belongsInQueue(const Incident& incident) const
{
    return isOpen(incident.status) || incident.receivedAt >= m_now.addDays(-1);
}

void IncidentTableModel::updateIncidents(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        reload();
        return;
    }
    for (const qint64 id : ids)
        updateIncident(id);
}

void IncidentTableModel::updateIncident(Id id)
{
    const QModelIndex existing = indexOfIncident(id);
    std::optional<Incident> incident = m_reader.incident(id);
    if (!incident || !belongsInQueue(*incident)) {
        if (existing.isValid()) {
            beginRemoveRows({}, existing.row(), existing.row());
            m_incidents.erase(m_incidents.begin() + existing.row());
            m_timings.erase(id);
            m_backupRequests.erase(id);
            endRemoveRows();
        }
        return;
    }
    if (incident->communityId && !m_communityNames.count(*incident->communityId))
        reloadCommunityNames(); // a community imported since
    if (incident->status != IncidentStatus::New) {
        const std::vector<Assignment> assignments = m_reader.assignmentsForIncident(id);
        m_timings[id] = timingOf(assignments);
        updateBackupRequest(*incident, assignments);
    } else {
        m_timings.erase(id);
        m_backupRequests.erase(id);
    }
    if (existing.isValid()) {
        if (incident->status != IncidentStatus::New)
            m_flashing.erase(id); // someone was sent: nothing left to draw attention to
        m_incidents[static_cast<std::size_t>(existing.row())] = std::move(*incident);
        emit dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
        return;
    }
    const int row = rowCount();
    const bool newTransfer = incident->transfer && incident->status == IncidentStatus::New;
    if (newTransfer)
        m_flashing.insert(id);
    beginInsertRows({}, row, row);
    m_incidents.push_back(std::move(*incident));
    endInsertRows();
    if (newTransfer)
        emit transferArrived(id);
}

void IncidentTableModel::flashTick()
{
    m_flashLit = !m_flashLit;
    for (const Id id : m_flashing)
        emitRowChanged(id);
}

void IncidentTableModel::stopFlashing(Id id)
{
    if (m_flashing.erase(id) > 0)
        emitRowChanged(id);
}

void IncidentTableModel::emitRowChanged(Id id)
{
    const QModelIndex first = indexOfIncident(id);
    if (first.isValid())
        emit dataChanged(first, index(first.row(), ColumnCount - 1));
}

QColor IncidentTableModel::flashColour()
{
    return QColor(0xff, 0xd5, 0x4f); // amber: seen from across the room, still readable
}

namespace {

// The "110" mark of a transferred call: white on the police red, drawn once.
QPixmap transferBadge()
{
    static const QPixmap badge = [] {
        QPixmap pixmap(26, 14);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(0, 0, 26, 14), 3, 3);
        QFont font;
        font.setPixelSize(10);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, 26, 14), Qt::AlignCenter, QStringLiteral("110"));
        return pixmap;
    }();
    return badge;
}

} // namespace

QVariant IncidentTableModel::decorationData(const Incident& incident, int column) const
{
    if (column == Number && incident.transfer)
        return transferBadge();
    return {};
}

QVariant IncidentTableModel::toolTipData(const Incident& incident, int column) const
{
    if (const auto timer = timerFor(incident, column))
        return timerTip(*timer, column);
    if (column == Number && incident.transfer)
        return tr("110 transfer %1, call-taker %2")
            .arg(incident.transfer->number, incident.transfer->callTaker);
    if (column == Address && incident.locationUnconfirmed)
        return tr("The location is not confirmed: check it (Enter) before dispatching.");
    return incident.description.isEmpty() ? QVariant() : QVariant(incident.description);
}

void IncidentTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_incidents.empty())
        emit dataChanged(index(0, SinceReceived), index(rowCount() - 1, SinceDispatch));
}

void IncidentTableModel::setTargets(const dispatch::ResponseTargets& targets)
{
    m_targets = targets;
    loadTimings(); // the on-scene targets depend on them
    if (!m_incidents.empty())
        emit dataChanged(index(0, SinceReceived), index(rowCount() - 1, SinceDispatch));
}

std::optional<IncidentTableModel::Timer> IncidentTableModel::dispatchTimer(const Incident& incident) const
{
    const auto timing = m_timings.find(incident.id);
    Timer timer;
    timer.targetSeconds = m_targets.dispatchSeconds;
    if (timing != m_timings.end() && timing->second.firstDispatchedAt.isValid()) {
        timer.done = true;
        timer.elapsedSeconds = incident.receivedAt.secsTo(timing->second.firstDispatchedAt);
    } else if (isOpen(incident.status)) {
        timer.elapsedSeconds = incident.receivedAt.secsTo(m_now);
    } else {
        return std::nullopt;
    }
    timer.grade = m_targets.grade(timer.elapsedSeconds, timer.targetSeconds);
    return timer;
}

std::optional<IncidentTableModel::Timer> IncidentTableModel::onSceneTimer(const Incident& incident) const
{
    const auto found = m_timings.find(incident.id);
    if (found == m_timings.end())
        return std::nullopt;
    const Timing& timing = found->second;
    Timer timer;
    if (timing.firstOnSceneAt.isValid()) {
        timer.done = true;
        timer.elapsedSeconds = timing.arrivalSeconds;
        timer.targetSeconds = timing.arrivalTarget;
    } else if (isOpen(incident.status) && timing.liveDispatchedAt.isValid()) {
        timer.elapsedSeconds = timing.liveDispatchedAt.secsTo(m_now);
        timer.targetSeconds = timing.onSceneTarget;
    } else {
        return std::nullopt;
    }
    timer.grade = m_targets.grade(timer.elapsedSeconds, timer.targetSeconds);
    return timer;
}

std::optional<IncidentTableModel::Timer> IncidentTableModel::timerFor(const Incident& incident,
                                                                      int column) const
{
    if (!isOpen(incident.status))
        return std::nullopt; // the queue colours live incidents only
    if (column == SinceReceived)
        return dispatchTimer(incident);
    if (column == SinceDispatch)
        return onSceneTimer(incident);
    return std::nullopt;
}

QString IncidentTableModel::timerTip(const Timer& timer, int column) const
{
    const QString target = elapsedText(timer.targetSeconds);
    if (column == SinceReceived)
        return timer.done
                   ? tr("Dispatched after %1 (target %2)").arg(elapsedText(timer.elapsedSeconds), target)
                   : tr("Waiting for dispatch: %1 (target %2)")
                         .arg(elapsedText(timer.elapsedSeconds), target);
    return timer.done ? tr("On scene after %1 (target %2)").arg(elapsedText(timer.elapsedSeconds), target)
                      : tr("Not on scene yet: %1 since dispatch (target %2)")
                            .arg(elapsedText(timer.elapsedSeconds), target);
}

QColor IncidentTableModel::gradeColour(dispatch::TargetGrade grade)
{
    return targetGradeColour(grade);
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
        return m_backupRequests.count(incident.id) ? tr("%1 · BACKUP").arg(displayName(incident.status))
                                                   : displayName(incident.status);
    case Community: {
        const auto found =
            incident.communityId ? m_communityNames.find(*incident.communityId) : m_communityNames.end();
        return found != m_communityNames.end() ? found->second : QString();
    }
    case Address:
        return incident.locationUnconfirmed ? tr("%1 — location unconfirmed").arg(incident.addressText)
                                            : incident.addressText;
    case SinceReceived:
        return isOpen(incident.status) ? elapsedText(incident.receivedAt.secsTo(m_now)) : QString();
    case SinceDispatch: {
        const auto timing = m_timings.find(incident.id);
        if (!isOpen(incident.status) || timing == m_timings.end() ||
            !timing->second.firstDispatchedAt.isValid())
            return QString();
        return elapsedText(timing->second.firstDispatchedAt.secsTo(m_now));
    }
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
    case SinceDispatch: {
        const auto timing = m_timings.find(incident.id);
        return timing != m_timings.end() ? timing->second.firstDispatchedAt : QDateTime();
    }
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
        return toolTipData(*incident, index.column());
    case Qt::DecorationRole:
        return decorationData(*incident, index.column());
    case FlashRole:
        return m_flashLit && isFlashing(incident->id);
    case Qt::BackgroundRole:
        if (index.column() == Status && m_backupRequests.count(incident->id))
            return QBrush(QColor(QStringLiteral("#ffcdd2")));
        if (m_flashLit && isFlashing(incident->id))
            return QBrush(flashColour());
        if (const auto timer = timerFor(*incident, index.column()))
            return QBrush(gradeColour(timer->grade));
        return {};
    case TimerGradeRole:
        if (const auto timer = timerFor(*incident, index.column()))
            return static_cast<int>(timer->grade);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return QBrush(incidentStatusColour(incident->status));
        if (index.column() == Priority)
            return QBrush(priorityColour(incident->priority));
        if (index.column() == Address && incident->locationUnconfirmed)
            return QBrush(QColor(0xb3, 0x4a, 0x00));
        return {};
    case Qt::FontRole:
        if (index.column() == Priority ||
            (index.column() == Status &&
             (incident->status == IncidentStatus::New || m_backupRequests.count(incident->id)))) {
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
    case SinceDispatch:
        return tr("Since dispatch");
    }
    return {};
}

} // namespace xiuhua::ui
