#include "ui/admin/audit_log_model.h"

#include "ui/common/display_text.h"

#include <QCoreApplication>

#include <map>

namespace xiuhua::ui {

namespace {

// Names for the record's action codes; the code is shown for any not listed.
const std::map<QString, const char*>& actionNames()
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("incident.create"), QT_TRANSLATE_NOOP("AuditAction", "incident taken")},
        {QStringLiteral("incident.transfer_110"), QT_TRANSLATE_NOOP("AuditAction", "110 transfer received")},
        {QStringLiteral("transfer.reject"), QT_TRANSLATE_NOOP("AuditAction", "110 transfer refused")},
        {QStringLiteral("incident.assign"), QT_TRANSLATE_NOOP("AuditAction", "responder assigned")},
        {QStringLiteral("incident.status"), QT_TRANSLATE_NOOP("AuditAction", "incident status")},
        {QStringLiteral("incident.note"), QT_TRANSLATE_NOOP("AuditAction", "note added")},
        {QStringLiteral("incident.correct"), QT_TRANSLATE_NOOP("AuditAction", "incident corrected")},
        {QStringLiteral("incident.resolve"), QT_TRANSLATE_NOOP("AuditAction", "incident resolved")},
        {QStringLiteral("incident.close"), QT_TRANSLATE_NOOP("AuditAction", "incident closed")},
        {QStringLiteral("incident.reopen"), QT_TRANSLATE_NOOP("AuditAction", "incident reopened")},
        {QStringLiteral("incident.duplicate_call"),
         QT_TRANSLATE_NOOP("AuditAction", "call linked to incident")},
        {QStringLiteral("assignment.create"), QT_TRANSLATE_NOOP("AuditAction", "assignment")},
        {QStringLiteral("assignment.status"), QT_TRANSLATE_NOOP("AuditAction", "assignment status")},
        {QStringLiteral("responder.create"), QT_TRANSLATE_NOOP("AuditAction", "responder added")},
        {QStringLiteral("responder.status"), QT_TRANSLATE_NOOP("AuditAction", "responder status")},
        {QStringLiteral("responder.position"), QT_TRANSLATE_NOOP("AuditAction", "responder position")},
        {QStringLiteral("responder.assigned"), QT_TRANSLATE_NOOP("AuditAction", "responder sent")},
        {QStringLiteral("responder.released"), QT_TRANSLATE_NOOP("AuditAction", "responder released")},
        {QStringLiteral("follow_up.create"), QT_TRANSLATE_NOOP("AuditAction", "follow-up visit planned")},
        {QStringLiteral("follow_up.complete"), QT_TRANSLATE_NOOP("AuditAction", "follow-up visit done")},
        {QStringLiteral("hazard.create"), QT_TRANSLATE_NOOP("AuditAction", "hazard recorded")},
        {QStringLiteral("shift.create"), QT_TRANSLATE_NOOP("AuditAction", "shift created")},
        {QStringLiteral("shift.open"), QT_TRANSLATE_NOOP("AuditAction", "shift opened")},
        {QStringLiteral("shift.staff"), QT_TRANSLATE_NOOP("AuditAction", "shift staffed")},
        {QStringLiteral("shift.close"), QT_TRANSLATE_NOOP("AuditAction", "shift closed and handed over")},
        {QStringLiteral("shift.acknowledge_handover"),
         QT_TRANSLATE_NOOP("AuditAction", "hand-over acknowledged")},
        {QStringLiteral("shift.sign"), QT_TRANSLATE_NOOP("AuditAction", "shift report signed")},
        {QStringLiteral("roster.add"), QT_TRANSLATE_NOOP("AuditAction", "roster entry added")},
        {QStringLiteral("roster.edit"), QT_TRANSLATE_NOOP("AuditAction", "roster entry changed")},
        {QStringLiteral("roster.remove"), QT_TRANSLATE_NOOP("AuditAction", "roster entry removed")},
        {QStringLiteral("roster.copy"), QT_TRANSLATE_NOOP("AuditAction", "roster copied")},
        {QStringLiteral("settings.response_targets"),
         QT_TRANSLATE_NOOP("AuditAction", "response targets changed")},
        {QStringLiteral("settings.status_thresholds"),
         QT_TRANSLATE_NOOP("AuditAction", "board warnings changed")},
        {QStringLiteral("operator.login"), QT_TRANSLATE_NOOP("AuditAction", "login")},
        {QStringLiteral("operator.login_failed"), QT_TRANSLATE_NOOP("AuditAction", "failed login")},
        {QStringLiteral("operator.logout"), QT_TRANSLATE_NOOP("AuditAction", "log-out")},
        {QStringLiteral("operator.unlock"), QT_TRANSLATE_NOOP("AuditAction", "console unlocked")},
        {QStringLiteral("operator.unlock_failed"), QT_TRANSLATE_NOOP("AuditAction", "failed unlock")},
        {QStringLiteral("operator.create"), QT_TRANSLATE_NOOP("AuditAction", "account created")},
        {QStringLiteral("operator.role"), QT_TRANSLATE_NOOP("AuditAction", "role changed")},
        {QStringLiteral("operator.password"), QT_TRANSLATE_NOOP("AuditAction", "own password changed")},
        {QStringLiteral("operator.password_reset"), QT_TRANSLATE_NOOP("AuditAction", "password reset")},
        {QStringLiteral("operator.activate"), QT_TRANSLATE_NOOP("AuditAction", "account reactivated")},
        {QStringLiteral("operator.deactivate"), QT_TRANSLATE_NOOP("AuditAction", "account deactivated")},
        {QStringLiteral("personal_data.view"), QT_TRANSLATE_NOOP("AuditAction", "caller details shown")},
        {QStringLiteral("audit.export"), QT_TRANSLATE_NOOP("AuditAction", "audit log exported")},
        {QStringLiteral("database.restore"), QT_TRANSLATE_NOOP("AuditAction", "backup restored")},
        {QStringLiteral("demo.seed"), QT_TRANSLATE_NOOP("AuditAction", "demo data created")},
    };
    return names;
}

const std::map<QString, const char*>& entityNames()
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("AuditEntity", "incident")},
        {QStringLiteral("assignment"), QT_TRANSLATE_NOOP("AuditEntity", "assignment")},
        {QStringLiteral("responder"), QT_TRANSLATE_NOOP("AuditEntity", "responder")},
        {QStringLiteral("shift"), QT_TRANSLATE_NOOP("AuditEntity", "shift")},
        {QStringLiteral("roster_entry"), QT_TRANSLATE_NOOP("AuditEntity", "roster entry")},
        {QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("AuditEntity", "follow-up visit")},
        {QStringLiteral("hazard"), QT_TRANSLATE_NOOP("AuditEntity", "hazard")},
        {QStringLiteral("operator_account"), QT_TRANSLATE_NOOP("AuditEntity", "account")},
        {QStringLiteral("community"), QT_TRANSLATE_NOOP("AuditEntity", "community")},
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("AuditEntity", "police post")},
        {QStringLiteral("fire_station"), QT_TRANSLATE_NOOP("AuditEntity", "micro fire station")},
        {QStringLiteral("camera"), QT_TRANSLATE_NOOP("AuditEntity", "camera")},
        {QStringLiteral("meta"), QT_TRANSLATE_NOOP("AuditEntity", "settings")},
        {QStringLiteral("audit_event"), QT_TRANSLATE_NOOP("AuditEntity", "audit log")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("AuditEntity", "database")},
    };
    return names;
}

QString compact(const QString& json, int length)
{
    return json.size() > length ? json.left(length) + QStringLiteral("…") : json;
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEvents(std::vector<core::AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const core::AuditEvent* AuditLogModel::eventAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_events[static_cast<std::size_t>(row)] : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionName(const QString& action)
{
    const auto found = actionNames().find(action);
    return found != actionNames().end() ? QCoreApplication::translate("AuditAction", found->second) : action;
}

QString AuditLogModel::objectName(const core::AuditEvent& event)
{
    const auto found = entityNames().find(event.entity);
    const QString entity = found != entityNames().end()
                               ? QCoreApplication::translate("AuditEntity", found->second)
                               : event.entity;
    return event.entityId ? QStringLiteral("%1 #%2").arg(entity).arg(*event.entityId) : entity;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const core::AuditEvent* event = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!event)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return event->seq;
        case TimeColumn:
            return stationTimeText(event->at);
        case OperatorColumn:
            return event->actorName;
        case WorkstationColumn:
            return event->workstation;
        case ActionColumn:
            return actionName(event->action);
        case ObjectColumn:
            return objectName(*event);
        case ChangeColumn:
            return compact(event->afterJson.isEmpty() ? event->beforeJson : event->afterJson, 160);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return event->action;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case WorkstationColumn:
        return tr("Workstation");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case ChangeColumn:
        return tr("Recorded change");
    default:
        return {};
    }
}

} // namespace xiuhua::ui
