#include "dispatch/personal_data_service.h"

#include "core/permission.h"
#include "core/personal_data.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"

#include <QJsonArray>
#include <QJsonObject>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

PersonalDataService::PersonalDataService(DispatchContext context) : m_context(std::move(context)) {}

CallerDetails PersonalDataService::revealCaller(const Actor& actor, Id incidentId, const QString& where)
{
    requirePermission(m_context, actor, Permission::ViewPersonalData);
    CallerDetails details;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto incident = writer.read().incident(incidentId);
        if (!incident)
            throw DispatchError(tr("Incident %1 does not exist.").arg(incidentId));
        details = {incident->callerName, incident->callerPhone};
        // What was seen, not its value: the log must not become a copy of the personal data.
        writer.audit({QStringLiteral("personal_data.view"),
                      QStringLiteral("incident"),
                      incidentId,
                      {},
                      QJsonObject{{QStringLiteral("fields"),
                                   QJsonArray{QStringLiteral("caller_name"), QStringLiteral("caller_phone")}},
                                  {QStringLiteral("where"), where}}});
    });
    return details;
}

CallerDetails PersonalDataService::masked(const Incident& incident)
{
    return {maskName(incident.callerName), maskPhone(incident.callerPhone)};
}

} // namespace xiuhua::dispatch
