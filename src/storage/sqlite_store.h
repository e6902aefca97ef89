#pragma once

#include "storage/sqlite_database.h"
#include "storage/store.h"

#include <memory>

namespace xiuhua::storage {

class SqlReader;

// The embedded store: one SQLite file in WAL mode with synchronous=FULL, so that a
// committed write is on disk. Opening checks the file before anything is written to it.
class SqliteStore final : public Store
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateIfMissing
    };

    // Throws StorageError (NotADatabase, Corrupt, NewerSchema, ReadOnly, CannotOpen) and leaves
    // the file untouched in those cases.
    static std::unique_ptr<SqliteStore> open(const QString& path, OpenMode mode);
    ~SqliteStore() override;

    QString location() const override;
    int schemaVersion() const override;
    const StoreReader& read() const override;
    void transact(const core::Actor& actor, const std::function<void(StoreWriter&)>& work) override;
    void recordPositions(const std::function<void(PositionWriter&)>& work) override;
    AuditChainReport verifyAuditChain() override;
    std::optional<qint64> dataVersion() override;

    SqliteDatabase& database() { return m_db; }

private:
    explicit SqliteStore(SqliteDatabase db);

    SqliteDatabase m_db;
    std::unique_ptr<SqlReader> m_reader;
};

} // namespace xiuhua::storage
