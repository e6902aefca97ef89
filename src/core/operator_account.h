#pragma once

#include "core/entities.h"
#include "core/role.h"

namespace xiuhua::core {

// A login for one member of staff (a responder of the station). The password is only ever
// held as its Argon2id hash string; the hash never leaves the store in audit records.
struct OperatorAccount
{
    Id id = 0;
    Id responderId = 0;
    QString login;
    Role role = Role::Dispatcher;
    QString passwordHash; // "$argon2id$…"
    bool active = true;
    int failedAttempts = 0; // consecutive, reset by a successful login
    QDateTime lockedUntil;  // invalid = not locked
    QDateTime createdAt;
    QDateTime passwordChangedAt;
};

} // namespace xiuhua::core
