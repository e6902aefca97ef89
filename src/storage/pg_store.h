#pragma once

#include "storage/pg_connection.h"
#include "storage/store.h"

#include <memory>

namespace xiuhua::storage {

class SqlReader;

// The shared store: one PostgreSQL database for every seat of a station. The same reader and
// writer as SqliteStore (one SQL text), with the same guarantees: one transaction per action, no
// commit without its audit record, the audit hash chain, append-only rows by triggers. Writers are
// serialised by one transaction-scoped advisory lock (PgConnection::beginWrite), and every action's
// time is the server's clock when its turn comes, so no PC's clock decides the order.
class PostgresStore final : public Store
{
public:
    // Connects with a libpq connection string or URI and sets up an empty database (schema) as a new
    // file is. Throws StorageError (CannotOpen, NotADatabase, NewerSchema) and writes nothing then.
    static std::unique_ptr<PostgresStore> open(const QString& conninfo);
    ~PostgresStore() override;

    QString location() const override;
    int schemaVersion() const override;
    const StoreReader& read() const override;
    void transact(const core::Actor& actor, const std::function<void(StoreWriter&)>& work) override;
    void recordPositions(const std::function<void(PositionWriter&)>& work) override;
    AuditChainReport verifyAuditChain() override;

    PgConnection& connection() { return *m_db; }
    // Whether open() found the database empty and set it up.
    bool wasCreated() const { return m_created; }
    // The server's clock (for comparing a console's own clock with it).
    QDateTime serverTime();

private:
    explicit PostgresStore(std::unique_ptr<PgConnection> db);

    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<SqlReader> m_reader;
    bool m_created = false;
};

} // namespace xiuhua::storage
