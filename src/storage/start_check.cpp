#include "storage/start_check.h"

#include "storage/database_backup.h"
#include "storage/schema.h"
#include "storage/storage_error.h"

namespace xiuhua::storage {

namespace {

// Rows read from the end of each table: a few leaf pages and their overflow pages.
constexpr int newestRows = 256;

// The tables the file has (an older schema has fewer). Preparing any statement parses the whole
// schema; stepping through it reads the schema's own pages.
QStringList readSchema(SqliteDatabase& db)
{
    Statement schema(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    QStringList tables;
    while (schema.step()) {
        if (schema.text(0) == QLatin1String("table"))
            tables << schema.text(1);
    }
    return tables;
}

void readNewestRows(SqliteDatabase& db, const char* table)
{
    // A table name cannot be a bound parameter; these are the schema's compile-time table names.
    const QByteArray sql = QByteArrayLiteral("SELECT * FROM ") + table +
                           QByteArrayLiteral(" ORDER BY rowid DESC LIMIT ") + QByteArray::number(newestRows);
    Statement newest(db, sql.constData());
    while (newest.step()) {
    }
}

} // namespace

QStringList startCheckProblems(SqliteDatabase& db, qint64 fileBytes, qint64 fullUpTo)
{
    if (fileBytes <= fullUpTo)
        return integrityProblems(db);
    QStringList problems;
    try {
        const QStringList tables = readSchema(db);
        for (const char* table : schemaTables()) {
            if (tables.contains(QLatin1String(table)))
                readNewestRows(db, table);
        }
    } catch (const StorageError& error) {
        if (error.kind() != StorageError::Kind::Corrupt && error.kind() != StorageError::Kind::NotADatabase)
            throw;
        problems << QString::fromUtf8(error.what());
    }
    return problems;
}

} // namespace xiuhua::storage
