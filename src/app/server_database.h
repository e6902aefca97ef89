#pragma once

#include "storage/database_location.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace xiuhua::app {

// Asks the operator for the database password; nullopt when they cancel. `where` is the connection
// string without any password, to show whose password is asked for.
using DatabasePasswordAsker = std::function<std::optional<QString>(const QString& where)>;

// Opens the station's PostgreSQL database for the console. The password comes from libpq first
// (~/.pgpass, the service file, PGPASSWORD); only when the server still asks for one
// (PQconnectionNeedsPassword) is the operator asked, up to three times. The answer is put in this
// process's PGPASSWORD, where libpq finds it again for the listening connection and every
// reconnection, and is never written anywhere: not to the settings, the log or a file. Throws
// StorageError (NeedsPassword when the operator cancels).
storage::OpenedStore openServerDatabase(const QString& conninfo, const DatabasePasswordAsker& ask);

// The console's asker: a password field in a small dialog.
std::optional<QString> askDatabasePasswordDialog(const QString& where, QWidget* parent = nullptr);

} // namespace xiuhua::app
