#pragma once

#include <QString>
#include <QTextStream>

#include <utility>
#include <vector>

namespace xiuhua::app {

// `xiuhua verify-audit --db FILE [--expect SEQ:HASH]...`: walks the whole audit chain. Exit 0 when
// it is whole, 1 when a link is broken (the first one on `err`, in plain words) or the file cannot
// be read. The chain has no key, so whoever can write the file could rebuild it whole; each
// expectation — a record's hash written down earlier, e.g. on a printed shift report — must still
// match, which a rebuilt chain cannot do.
int runVerifyAudit(const QString& databasePath, QTextStream& out, QTextStream& err,
                   const std::vector<std::pair<qint64, QString>>& expectations = {});

} // namespace xiuhua::app
