#pragma once

#include "app/app_options.h"

#include <QTextStream>

namespace xiuhua::app {

// `xiuhua serve --db DB --listen ADDR:PORT [--cert FILE --key FILE | --plain-http]
// [--retention-days N]`: the station service (docs/FIELD_LINK.md). Prints the address it listens on,
// answers until SIGTERM or SIGINT, then finishes the request in hand and stops (exit 0). Purges
// position history older than the retention at start and daily, as an audited action. Exit 1 when
// the database cannot be opened or the address cannot be listened on.
int runServe(const AppOptions& options, QTextStream& out, QTextStream& err);

// `xiuhua purge-positions --db DB [--retention-days N]`: the retention job once, as the service runs it
// daily (an audited position.purge by the system). Prints how many positions went; exit 1 on error.
int runPurgePositions(const AppOptions& options, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
