#include "app/server_database.h"

#include "app/open_database.h"
#include "storage/pg_connection.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

#include <spdlog/spdlog.h>

namespace xiuhua::app {

storage::OpenedStore openServerDatabase(const QString& conninfo, const DatabasePasswordAsker& ask)
{
    constexpr int attempts = 3;
    for (int attempt = 1;; ++attempt) {
        try {
            return openDatabase(conninfo, true);
        } catch (const storage::StorageError& error) {
            if (error.kind() != storage::StorageError::Kind::NeedsPassword || attempt > attempts || !ask)
                throw;
            spdlog::info("the database server asks for a password");
            const std::optional<QString> password = ask(storage::PgConnection::redacted(conninfo));
            if (!password)
                throw;
            // A wrong password is no longer "needs a password" but an authentication failure, which
            // the caller shows; an empty answer asks again.
            qputenv("PGPASSWORD", password->toUtf8());
        }
    }
}

std::optional<QString> askDatabasePasswordDialog(const QString& where, QWidget* parent)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, QCoreApplication::translate("ServerDatabase", "Database password"),
        QCoreApplication::translate("ServerDatabase",
                                    "The station's database server asks for a password:\n%1\n\n"
                                    "It is kept only while the console runs; to be asked no more, put it "
                                    "in ~/.pgpass (see docs/DEPLOYMENT.md).")
            .arg(where),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace xiuhua::app
