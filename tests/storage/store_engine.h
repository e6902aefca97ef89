#pragma once

// The engine a store contract test runs against: SQLite files in a temporary folder, or fresh
// databases on the PostgreSQL server that the PG* variables name (scripts/test starts a throw-away
// cluster with pg_virtualenv). XIUHUA_STORE_ENGINE=postgres selects PostgreSQL.

#include "storage/pg_store.h"
#include "storage/sqlite_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace xiuhua::test {

class StoreEngine
{
public:
    StoreEngine() : m_postgres(qEnvironmentVariable("XIUHUA_STORE_ENGINE") == QLatin1String("postgres")) {}
    ~StoreEngine()
    {
        if (!m_postgres || m_created.isEmpty())
            return;
        try {
            auto admin = storage::PgConnection::connect(QString());
            for (const QString& name : m_created) {
                const QByteArray sql = "DROP DATABASE IF EXISTS " + name.toLatin1() + " WITH (FORCE)";
                admin->execute(sql.constData());
            }
        } catch (const storage::StorageError&) {
        }
    }

    bool isPostgres() const { return m_postgres; }
    QString name() const { return m_postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"); }

    // Whether the test can run; fails (in CI) or skips (elsewhere, with the reason) otherwise.
    static bool serverMissing()
    {
        return qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGDATABASE") &&
               qEnvironmentVariableIsEmpty("PGSERVICE");
    }
    static bool serverRequired()
    {
        return qEnvironmentVariable("CI") == QLatin1String("true") ||
               qEnvironmentVariable("XIUHUA_REQUIRE_POSTGRES") == QLatin1String("1");
    }

    // A location (file path or connection string) for a new, empty database.
    QString newLocation(const QString& label)
    {
        if (!m_postgres)
            return m_dir.filePath(label + QStringLiteral(".sqlite"));
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("xiuhua_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetch_add(1));
        auto admin = storage::PgConnection::connect(QString());
        const QByteArray sql = "CREATE DATABASE " + name.toLatin1();
        admin->execute(sql.constData());
        m_created << name;
        return QStringLiteral("dbname=%1").arg(name);
    }

    std::unique_ptr<storage::Store> open(const QString& location) const
    {
        if (m_postgres)
            return storage::PostgresStore::open(location);
        return storage::SqliteStore::open(location, storage::SqliteStore::OpenMode::CreateIfMissing);
    }

    std::unique_ptr<storage::Store> create(const QString& label) { return open(newLocation(label)); }

    // The store's own connection, for statements the Store interface does not offer.
    static storage::SqlConnection& raw(storage::Store& store)
    {
        if (auto* sqlite = dynamic_cast<storage::SqliteStore*>(&store))
            return sqlite->database();
        return dynamic_cast<storage::PostgresStore&>(store).connection();
    }

private:
    bool m_postgres;
    QTemporaryDir m_dir;
    QStringList m_created;
};

} // namespace xiuhua::test

// In initTestCase(): the PostgreSQL tests need the server.
#define XIUHUA_REQUIRE_ENGINE(engine)                                                                        \
    do {                                                                                                     \
        if ((engine).isPostgres() && xiuhua::test::StoreEngine::serverMissing()) {                           \
            if (xiuhua::test::StoreEngine::serverRequired())                                                 \
                QFAIL("no PostgreSQL server: PGHOST/PGDATABASE are not set (run inside pg_virtualenv)");     \
            QSKIP("no PostgreSQL server (PG* variables unset); scripts/test starts one");                    \
        }                                                                                                    \
    } while (false)
