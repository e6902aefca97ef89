#include "storage/file_permissions.h"

#include "storage/storage_error.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace xiuhua::storage {

void createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: an existing file (perhaps another user's) is left exactly as it is.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno != EEXIST)
        throw StorageError(StorageError::Kind::CannotOpen,
                           "cannot create " + path.toStdString() + ": " + std::strerror(errno));
}

bool makePrivate(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

} // namespace xiuhua::storage
