#pragma once

#include <QString>
#include <QTextStream>

namespace xiuhua::app {

// `xiuhua verify-audit --db FILE`: walks the whole audit chain. Exit 0 when it is whole, 1 when a
// link is broken (the first one on `err`, in plain words) or the file cannot be read.
int runVerifyAudit(const QString& databasePath, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
