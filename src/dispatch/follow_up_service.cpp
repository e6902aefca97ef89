#include "dispatch/follow_up_service.h"

#include "core/entity_json.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

FollowUpService::FollowUpService(DispatchContext context) : m_context(std::move(context)) {}

FollowUp FollowUpService::complete(const Actor& actor, Id followUpId, const QString& result, int satisfaction)
{
    // The officer the visit was given to records it (from a mobile terminal) without a console
    // account; anyone else needs the permission.
    const auto target = m_context.store.read().followUp(followUpId);
    if (!target || !target->officerId || target->officerId != actor.responderId)
        requirePermission(m_context, actor, Permission::RecordFollowUp);
    if (result.trimmed().isEmpty())
        throw DispatchError(QCoreApplication::translate("Dispatch", "Write what the follow-up visit found."));
    if (satisfaction < 1 || satisfaction > 5)
        throw DispatchError(QCoreApplication::translate("Dispatch", "Satisfaction is from 1 to 5."));
    FollowUp after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto before = writer.read().followUp(followUpId);
        if (!before)
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "Follow-up %1 does not exist.").arg(followUpId));
        if (before->doneAt.isValid())
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "This follow-up visit is already recorded."));
        after = *before;
        after.doneAt = m_context.now();
        after.result = result.trimmed();
        after.satisfaction = satisfaction;
        writer.updateFollowUp(after);
        writer.audit({QStringLiteral("follow_up.complete"), QStringLiteral("follow_up"), after.id,
                      toJson(*before), toJson(after)});
        IncidentEvent event;
        event.incidentId = after.incidentId;
        event.at = after.doneAt;
        event.kind = IncidentEventKind::Note;
        event.text = QCoreApplication::translate("Dispatch", "Follow-up visit: %1 (satisfaction %2/5)")
                         .arg(after.result)
                         .arg(satisfaction);
        writer.appendIncidentEvent(event);
    });
    emit m_context.notifier.incidentsChanged({after.incidentId});
    return after;
}

} // namespace xiuhua::dispatch
