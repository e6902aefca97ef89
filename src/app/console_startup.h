#pragma once

#include "app/app_options.h"

class QApplication;

namespace xiuhua::app {

// Starts the console GUI: language, map, database (creating the demo on first start),
// operator, main window. Returns the process exit code. Every failure is shown in a dialog,
// logged with its cause, and leaves the user's files untouched.
int runConsole(QApplication& application, const AppOptions& options);

// The bundled jurisdiction: --map, then $XIUHUA_MAPS_DIR, then the installed and source trees.
QString resolveMapPath(const QString& requested);
QString dataDirectory();

// Creates the demo database at `path` (built in a side file and renamed into place when complete).
void createDemoDatabase(const QString& path, const QString& mapPath);

} // namespace xiuhua::app
