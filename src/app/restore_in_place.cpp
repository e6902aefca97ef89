#include "app/restore_in_place.h"

#include "storage/sqlite_store.h"
#include "storage/storage_error.h"

#include <QFileInfo>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace xiuhua::app {

storage::RestoreResult restoreInPlace(const QString& backupPath, const QString& databasePath,
                                      const core::Actor& actor)
{
    storage::RestoreResult result = storage::restoreDatabase(backupPath, databasePath, true);
    if (result.outcome != storage::RestoreOutcome::Restored) {
        spdlog::error("restore of {} refused: {}", backupPath.toStdString(), result.message.toStdString());
        return result;
    }
    try {
        auto store = storage::SqliteStore::open(databasePath, storage::SqliteStore::OpenMode::OpenExisting);
        store->transact(actor, [&](storage::StoreWriter& writer) {
            writer.audit({QStringLiteral("database.restore"),
                          QStringLiteral("database"),
                          std::nullopt,
                          {},
                          QJsonObject{{QStringLiteral("from"), QFileInfo(backupPath).fileName()},
                                      {QStringLiteral("replaced_kept_as"), result.movedAside}}});
        });
    } catch (const storage::StorageError& error) {
        // The restore itself stands; only its note is missing, and the log says so.
        spdlog::error("restored {} but could not record it: {}", databasePath.toStdString(), error.what());
    }
    spdlog::warn("database {} restored from {} by {}; the replaced one is {}", databasePath.toStdString(),
                 backupPath.toStdString(), actor.name.toStdString(), result.movedAside.toStdString());
    return result;
}

} // namespace xiuhua::app
