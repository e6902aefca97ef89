#pragma once

#include <QString>
#include <QTextStream>

namespace xiuhua::app {

// xiuhua migrate-db --from DATABASE --to DATABASE: copies a whole station database between the
// engines (a file to the PostgreSQL server, or the server to a file for an offline copy), the audit
// chain included, into an empty target. Exit 0 when the target's newest audit hash is the source's
// and its chain verifies, 1 otherwise.
int runMigrateDb(const QString& from, const QString& to, QTextStream& out, QTextStream& err);

} // namespace xiuhua::app
