#pragma once

#include "core/entities.h"

#include <QJsonObject>

namespace xiuhua::core {

// A phone (or any tracker) that reports positions for one responder. The device's token is kept only
// as a hash (dispatch::DeviceToken): the secret itself is shown once, when it is made, and never stored.
struct Device
{
    Id id = 0;
    QString identifier; // what the app sends as its id (OsmAnd `id`, OwnTracks user/device); unique
    Id responderId = 0;
    QString tokenHash; // lowercase hex
    QDateTime registeredAt;
    QDateTime withdrawnAt; // invalid while in use; a withdrawn device is refused at once

    bool isActive() const { return !withdrawnAt.isValid(); }
};

// The audit image (entity_json's canonical form). The token hash is left out: it identifies nothing
// a reader of the log needs, and a hash of a secret is better kept in one place.
QJsonObject toJson(const Device& device);

} // namespace xiuhua::core
