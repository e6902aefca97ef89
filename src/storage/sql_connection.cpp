#include "storage/sql_connection.h"

namespace xiuhua::storage {

QDateTime Statement::time(int column) const
{
    return isNull(column) ? QDateTime() : fromStorageTime(text(column));
}

QString toStorageTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace xiuhua::storage
