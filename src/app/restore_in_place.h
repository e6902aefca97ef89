#pragma once

#include "core/entities.h"
#include "storage/database_backup.h"

namespace xiuhua::app {

// The console's *Restore…*: once the console has closed its database, puts the chosen backup in
// its place with the same checks as `xiuhua restore` (integrity, audit chain; the replaced file is
// kept beside it), then records in the restored database who restored what, so its own record
// says where it came from. A newer database is replaced on purpose here: the operator chose an
// older backup and confirmed it.
storage::RestoreResult restoreInPlace(const QString& backupPath, const QString& databasePath,
                                      const core::Actor& actor);

} // namespace xiuhua::app
