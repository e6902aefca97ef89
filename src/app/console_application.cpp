#include "app/console_application.h"

#include "storage/storage_error.h"

#include <spdlog/spdlog.h>

namespace xiuhua::app {

bool ConsoleApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const storage::StorageError& error) {
        spdlog::error("database: {}", error.what());
        emit storageFailed(QString::fromUtf8(error.what()));
        return false;
    }
}

} // namespace xiuhua::app
