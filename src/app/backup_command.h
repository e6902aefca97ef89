#pragma once

#include <QString>
#include <QTextStream>

namespace xiuhua::app {

// `xiuhua backup --db FILE --out FILE`: an online copy (the console may keep running), checked.
// Exit 0 when the copy is whole, 1 otherwise.
int runBackup(const QString& databasePath, const QString& outPath, QTextStream& out, QTextStream& err);

// `xiuhua restore --from BACKUP --db FILE [--force]`: see storage::restoreDatabase.
// Exit 0 when restored, 1 when refused or failed (the reason on `err`).
int runRestore(const QString& backupPath, const QString& databasePath, bool force, QTextStream& out,
               QTextStream& err);

} // namespace xiuhua::app
