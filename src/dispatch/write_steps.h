#pragma once

#include "core/entities.h"
#include "storage/store.h"

// Steps shared by the services, always called inside one Store::transact.
namespace xiuhua::dispatch::steps {

// Appends to the incident's timeline and to the audit log.
void recordIncidentChange(storage::StoreWriter& writer, const QString& action, core::IncidentEventKind kind,
                          const QString& text, const core::Incident& before, const core::Incident& after);

// Files a new incident: its shift (the one on duty when it was received), its number for the
// station's local day, the row, its first timeline entry and audit record. Sets id, number, shift.
void insertNewIncident(storage::StoreWriter& writer, core::Incident& incident, const QString& action,
                       const QString& text);

// Moves an assignment to `to` (cleared or cancelled, or any forward step), stamping the time,
// writing its timeline entry and audit record, and freeing its responder when that was their
// last active assignment.
core::Assignment moveAssignment(storage::StoreWriter& writer, const core::Assignment& assignment,
                                core::AssignmentStatus to, const QString& reason, const QDateTime& now);

// Sets a responder Available when they hold no active assignment any more.
void releaseResponderIfIdle(storage::StoreWriter& writer, core::Id responderId, const QDateTime& now);

void setResponderStatus(storage::StoreWriter& writer, const core::Responder& responder,
                        core::ResponderStatus status, const QDateTime& now, const QString& action);

} // namespace xiuhua::dispatch::steps
