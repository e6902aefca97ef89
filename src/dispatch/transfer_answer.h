#pragma once

#include "dispatch/transfer_service.h"

#include <QByteArray>

namespace xiuhua::dispatch {

// What the HTTP endpoint POST /api/110/transfers answers for a transfer (docs/FIELD_LINK.md):
// 201 and the new incident, 200 for a number filed before, 422 with the reason for a malformed
// document. JSON, UTF-8; never the caller's name or number.
struct TransferAnswer
{
    int status = 500;
    QByteArray body; // application/json
};

TransferAnswer transferAnswer(const TransferResult& result);

// Compares a presented station key with a configured one in time independent of where they differ.
bool sameKey(const QByteArray& presented, const QByteArray& configured);

} // namespace xiuhua::dispatch
