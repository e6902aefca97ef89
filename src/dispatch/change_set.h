#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QList>

#include <set>
#include <vector>

namespace xiuhua::dispatch {

class ChangeNotifier;

// What a run of committed audit records changed, by what the console shows: the incidents and
// responders by id, or "all of them" where a record does not say which (an import, a setting).
struct ChangeSet
{
    std::set<core::Id> incidents;
    std::set<core::Id> responders;
    bool allIncidents = false;
    bool allResponders = false;
    bool shifts = false;
    bool jurisdiction = false;

    bool isEmpty() const;
    // The ids as the notifier's signals take them; an empty list means "all".
    QList<qint64> incidentIds() const;
    QList<qint64> responderIds() const;
};

// Reads the audit records' entities (and the incident/responder ids their images carry, e.g. an
// assignment's) into a ChangeSet. More records than `wholeAbove` are taken as "everything changed":
// one reload is cheaper than thousands of row updates.
ChangeSet changeSetOf(const std::vector<core::AuditEvent>& records, std::size_t wholeAbove = 200);

// Emits the notifier's signals for a ChangeSet, as the services do after their own commits.
void announce(ChangeNotifier& notifier, const ChangeSet& changes);

} // namespace xiuhua::dispatch
