#pragma once

#include "app/app_options.h"
#include "core/entities.h"
#include "core/position_fix.h"

#include <QString>
#include <QTextStream>

namespace xiuhua::app {

// One committed change as one line of JSON: seq, time (UTC), action, entity, id, operator,
// workstation, and the incidents and responders it touches (an assignment names both).
QString changeLine(const core::AuditEvent& record);

// `xiuhua watch --db FILE [--after SEQ] [--count N]`: prints every change other connections commit
// to the database, as it is committed, by following the audit log the way a console does (see
// dispatch::ChangeWatcher). Runs until interrupted, or until N records were printed. Exit 1 when the
// database cannot be opened.
// One stored position as one line of JSON: "position" (its id in the position feed), time received
// (UTC), fix_time, responder, device, lon, lat, accuracy, speed, battery and verdict ("accepted" moved
// the responder). Positions are not audit records: they have no seq.
QString positionLine(const core::PositionFix& fix);

int runWatch(const AppOptions& options, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
