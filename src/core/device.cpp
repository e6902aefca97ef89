#include "core/device.h"

#include "core/entity_json.h"

namespace xiuhua::core {

QJsonObject toJson(const Device& d)
{
    return {{"id", d.id},
            {"identifier", d.identifier},
            {"responder_id", d.responderId},
            {"registered_at", isoUtc(d.registeredAt)},
            {"withdrawn_at", isoUtc(d.withdrawnAt)}};
}

} // namespace xiuhua::core
