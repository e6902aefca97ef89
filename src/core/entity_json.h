#pragma once

#include "core/entities.h"

#include <QJsonObject>

namespace xiuhua::core {

// Canonical JSON images of entities for the audit log's before/after columns.
QJsonObject toJson(const Community& community);
QJsonObject toJson(const Post& post);
QJsonObject toJson(const FireStation& station);
QJsonObject toJson(const Camera& camera);
QJsonObject toJson(const Responder& responder);
QJsonObject toJson(const Shift& shift);
QJsonObject toJson(const RosterEntry& entry);
QJsonObject toJson(const Incident& incident);
QJsonObject toJson(const Assignment& assignment);
QJsonObject toJson(const FollowUp& followUp);
QJsonObject toJson(const Hazard& hazard);
// The PDF itself is left out; its size and hash identify it.
QJsonObject toJson(const SignedShiftReport& report);

// Compact text with keys sorted (QJsonObject keeps them sorted), so equal objects give equal text.
QString toCanonicalText(const QJsonObject& object);
QString isoUtc(const QDateTime& time); // empty for an invalid time

} // namespace xiuhua::core
