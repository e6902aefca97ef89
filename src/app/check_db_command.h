#pragma once

#include <QString>
#include <QTextStream>

namespace xiuhua::app {

// `xiuhua check-db FILE`: prints the report to `out`, problems to `err`.
// Exit code 0 only when the database is healthy and of this version's schema.
int runCheckDb(const QString& path, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
