#pragma once

#include "storage/database_location.h"

namespace xiuhua::app {

// The one place a command turns --db into a store: a file (SQLite) or a PostgreSQL connection
// string, classified by storage::classifyDatabase (the command line has refused anything else).
storage::OpenedStore openDatabase(const QString& databaseArgument, bool createIfMissing);

} // namespace xiuhua::app
