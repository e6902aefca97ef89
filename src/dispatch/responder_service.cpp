#include "dispatch/responder_service.h"

#include "core/entity_json.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"
#include "dispatch/write_steps.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

ResponderService::ResponderService(DispatchContext context) : m_context(std::move(context)) {}

Responder ResponderService::setStatus(const Actor& actor, Id responderId, ResponderStatus status)
{
    requirePermission(m_context, actor, Permission::ManageResponders);
    Responder after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto responder = writer.read().responder(responderId);
        if (!responder)
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "Responder %1 does not exist.").arg(responderId));
        if (responder->status == status)
            throw DispatchError(QCoreApplication::translate("Dispatch", "%1 is already %2.")
                                    .arg(responder->name, displayName(status)));
        if (status != ResponderStatus::Busy) {
            for (const Assignment& assignment : writer.read().activeAssignmentsOf({responderId})) {
                if (assignment.responderId == responderId)
                    throw DispatchError(
                        QCoreApplication::translate(
                            "Dispatch", "%1 still has an active assignment; clear or cancel it first.")
                            .arg(responder->name));
            }
        }
        steps::setResponderStatus(writer, *responder, status, m_context.now(),
                                  QStringLiteral("responder.status"));
        after = *writer.read().responder(responderId);
    });
    emit m_context.notifier.respondersChanged({responderId});
    return after;
}

Responder ResponderService::reportPosition(const Actor& actor, Id responderId, const GeoPoint& position)
{
    requirePermission(m_context, actor, Permission::ManageResponders);
    Responder after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto responder = writer.read().responder(responderId);
        if (!responder)
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "Responder %1 does not exist.").arg(responderId));
        after = *responder;
        after.lastPosition = position;
        after.positionAt = m_context.now();
        writer.updateResponder(after);
        writer.audit({QStringLiteral("responder.position"), QStringLiteral("responder"), responderId,
                      toJson(*responder), toJson(after)});
    });
    emit m_context.notifier.respondersChanged({responderId});
    return after;
}

} // namespace xiuhua::dispatch
