#pragma once

#include "app/app_options.h"

#include <QTextStream>

namespace xiuhua::app {

// `xiuhua import --db FILE --kind responders|roster|hazards|jurisdiction --file F
// [--encoding utf-8|gb18030] [--dry-run] [--accept-rejects]`: checks every row, prints the
// reject report, and writes in one transaction: all rows, or with --accept-rejects the valid
// ones. Exit 0 when every row was good (and written unless --dry-run); 1 when rows were rejected
// or the file or database could not be used.
int runImport(const AppOptions& options, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
