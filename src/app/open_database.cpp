#include "app/open_database.h"

#include "storage/storage_error.h"

namespace xiuhua::app {

storage::OpenedStore openDatabase(const QString& databaseArgument, bool createIfMissing)
{
    QString problem;
    const auto location = storage::classifyDatabase(databaseArgument, &problem);
    if (!location)
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen, problem.toStdString());
    return storage::openStore(*location, createIfMissing);
}

} // namespace xiuhua::app
