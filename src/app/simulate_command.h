#pragma once

#include "app/app_options.h"

#include <QTextStream>

namespace xiuhua::app {

// `xiuhua simulate --db FILE --calls N [--rate PER_MIN] [--seed S] [--responders R] [--print-commits]`.
// Creates the database with the bundled jurisdiction and demo responders when it does not exist.
int runSimulate(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
