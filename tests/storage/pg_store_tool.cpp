// For test_pg_roles: opens a PostgreSQL store as whoever the connection string names (which sets up
// an empty database) and writes one audited change through it. Exit 0 on success, 1 with the
// store's message otherwise.
#include "storage/pg_store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace xiuhua;

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pg_store_tool CONNINFO KEY\n");
        return 2;
    }
    try {
        auto store = storage::PostgresStore::open(args[1]);
        const core::Actor actor{std::nullopt, QStringLiteral("pg_store_tool"), QStringLiteral("ws-roles")};
        store->transact(actor, [&](storage::StoreWriter& writer) {
            writer.setMeta(args[2], QStringLiteral("written"));
            writer.audit({QStringLiteral("meta.set"), QStringLiteral("meta"), std::nullopt, {}, {}});
        });
        const storage::AuditChainReport report = store->verifyAuditChain();
        if (!report.ok) {
            std::fprintf(stderr, "audit chain broken: %s\n", qPrintable(report.reason));
            return 1;
        }
        std::printf("ok %lld\n", static_cast<long long>(report.newestSeq));
        return 0;
    } catch (const storage::StorageError& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
