#pragma once

#include <QString>

namespace xiuhua::app {

// spdlog to the console and a rotating file (xiuhua.log, 5 × 5 MB) in logDirectory.
// Returns the log file's path, or an empty string when the file could not be opened
// (logging then goes to the console only, and that is said on stderr).
QString setupLogging(const QString& level, const QString& logDirectory);

} // namespace xiuhua::app
