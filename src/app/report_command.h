#pragma once

#include "app/app_options.h"

#include <QTextStream>

namespace xiuhua::app {

// `xiuhua report`: a shift or period report as PDF or CSV, or the open-incidents paper sheet,
// headless. Opens the database read-only and never changes it. Bad input (missing database,
// unknown shift, unwritable output) is reported on `err` with exit code 1, and nothing is written.
int runReport(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
