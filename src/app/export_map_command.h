#pragma once

#include "app/app_options.h"

#include <QTextStream>

namespace xiuhua::app {

// `xiuhua export-map`: draws the bundled jurisdiction (or --data datasets) with the same renderer as
// the console into a PNG or PDF, headless. Exit 0 on success, 1 when data or output fail.
int runExportMap(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
