#include "storage/audit_chain.h"
#include "storage/schema.h"
#include "storage/sqlite_store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace xiuhua;
using namespace xiuhua::storage;

namespace {

constexpr int recordCount = 12;

core::Actor tester()
{
    return {7, QStringLiteral("测试员"), QStringLiteral("ws-test")};
}

// Changes the file the way a curious colleague with the sqlite3 library would: the protective
// triggers dropped first, then plain SQL.
bool tamper(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    const int dropped = sqlite3_exec(db,
                                     "DROP TRIGGER IF EXISTS audit_event_no_update;"
                                     "DROP TRIGGER IF EXISTS audit_event_no_delete;"
                                     "DROP TRIGGER IF EXISTS audit_event_chained;",
                                     nullptr, nullptr, nullptr);
    const int changed = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return dropped == SQLITE_OK && changed == SQLITE_OK;
}

AuditChainReport verifyFile(const QString& path, int tail = 0)
{
    SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    return tail > 0 ? AuditChain::verifyTail(db, tail) : AuditChain::verify(db);
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh database with recordCount audit records (two transactions write two records each).
    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("chain-%1.sqlite").arg(++m_files));
        auto store = SqliteStore::open(path, SqliteStore::OpenMode::CreateIfMissing);
        int written = 0;
        while (written < recordCount) {
            store->transact(tester(), [&](StoreWriter& writer) {
                writer.setMeta(QStringLiteral("k"), QString::number(written));
                const int inThis = written % 5 == 0 && written + 2 <= recordCount ? 2 : 1;
                for (int i = 0; i < inThis; ++i, ++written)
                    writer.audit({QStringLiteral("meta.set"),
                                  QStringLiteral("meta"),
                                  written,
                                  {},
                                  {{QStringLiteral("value"), QStringLiteral("值 %1").arg(written)}}});
            });
        }
        return path;
    }

    void expectBrokenAt(const QString& path, qint64 seq, const char* words)
    {
        const AuditChainReport report = verifyFile(path);
        QVERIFY(!report.ok);
        QVERIFY(report.firstBrokenSeq);
        QCOMPARE(*report.firstBrokenSeq, seq);
        QVERIFY2(report.reason.contains(QLatin1String(words)), qPrintable(report.reason));
        QCOMPARE(report.rowsChecked, seq - 1);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanLogVerifies()
    {
        const QString path = freshDatabase();
        const AuditChainReport report = verifyFile(path);
        QVERIFY2(report.ok, qPrintable(report.reason));
        QCOMPARE(report.rowsChecked, recordCount);
        QVERIFY(!report.firstBrokenSeq);
        const AuditChainReport tail = verifyFile(path, 5);
        QVERIFY(tail.ok);
        QCOMPARE(tail.rowsChecked, 5);
        QCOMPARE(verifyFile(path, 1000).rowsChecked, recordCount); // more than there are: all of them
    }

    void firstRecordLinksToGenesis()
    {
        const QString path = freshDatabase();
        SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
        Statement s(db, "SELECT seq, prev_hash, length(hash) FROM audit_event ORDER BY seq LIMIT 1");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), 1);
        QCOMPARE(s.text(1), AuditChain::genesisHash());
        QCOMPARE(s.integer(2), 64);
    }

    void changedRecordIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(tamper(path, "UPDATE audit_event SET actor_name = '张三' WHERE seq = 5"));
        expectBrokenAt(path, 5, "changed");
        QVERIFY(!verifyFile(path, 10).ok); // the start-up check sees it too
    }

    void changedJsonIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(
            tamper(path, "UPDATE audit_event SET after_json = replace(after_json, '值', 'x') WHERE seq = 9"));
        expectBrokenAt(path, 9, "changed");
    }

    void deletedRecordIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(tamper(path, "DELETE FROM audit_event WHERE seq = 6"));
        expectBrokenAt(path, 6, "missing");
    }

    void deletedAndRenumberedRecordIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(tamper(path, "DELETE FROM audit_event WHERE seq = 6;"
                             "UPDATE audit_event SET seq = seq - 1 WHERE seq > 6;"
                             "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit_event'"));
        expectBrokenAt(path, 6, "changed");
    }

    void deletedNewestRecordsAreFound()
    {
        const QString path = freshDatabase();
        QVERIFY(tamper(path, "DELETE FROM audit_event WHERE seq >= 11"));
        expectBrokenAt(path, 11, "newest");
        QVERIFY(!verifyFile(path, 3).ok);
    }

    void reorderedRecordsAreFound()
    {
        const QString path = freshDatabase();
        QVERIFY(tamper(path, "UPDATE audit_event SET seq = -1 WHERE seq = 4;"
                             "UPDATE audit_event SET seq = 4 WHERE seq = 7;"
                             "UPDATE audit_event SET seq = 7 WHERE seq = -1"));
        expectBrokenAt(path, 4, "changed");
    }

    void insertedRecordsAreFound()
    {
        const QString path = freshDatabase();
        // A forged record whose hash is right for its content but that is not linked to its predecessor.
        AuditRow forged;
        forged.seq = recordCount + 1;
        forged.at = QStringLiteral("2026-11-26T08:00:00.000Z");
        forged.actorName = QStringLiteral("someone");
        forged.workstation = QStringLiteral("ws");
        forged.action = QStringLiteral("incident.delete");
        forged.entity = QStringLiteral("incident");
        forged.prevHash = AuditChain::genesisHash();
        const QByteArray sql =
            QStringLiteral("INSERT INTO audit_event (seq, at, actor_name, workstation, action, entity, "
                           "prev_hash, hash) VALUES (%1, '%2', 'someone', 'ws', 'incident.delete', "
                           "'incident', '%3', '%4')")
                .arg(forged.seq)
                .arg(forged.at, forged.prevHash, AuditChain::hashOf(forged))
                .toUtf8();
        QVERIFY(tamper(path, sql.constData()));
        expectBrokenAt(path, recordCount + 1, "does not follow");

        const QString second = freshDatabase();
        QVERIFY(tamper(second, "INSERT INTO audit_event (seq, at, actor_name, workstation, action, entity) "
                               "VALUES (13, '2026-11-26T08:00:00Z', 'x', 'ws', 'x', 'incident')"));
        expectBrokenAt(second, recordCount + 1, "no hash");
    }

    void storeRefusesAnUnchainedInsert()
    {
        const QString path = freshDatabase();
        auto store = SqliteStore::open(path, SqliteStore::OpenMode::OpenExisting);
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            store->database().execute("INSERT INTO audit_event (at, actor_name, workstation, action, entity) "
                                      "VALUES ('2026-11-26T08:00:00Z', 'x', 'ws', 'x', 'incident')"));
        QVERIFY_THROWS_EXCEPTION(
            StorageError, store->database().execute("UPDATE audit_event SET hash = hash WHERE seq = 1"));
    }

    void tamperingThroughTheSqliteShellIsFound()
    {
        const QString shell = QStringLiteral("/usr/bin/sqlite3");
        if (!QFile::exists(shell))
            QSKIP("the sqlite3 shell is not installed");
        const QString path = freshDatabase();
        QProcess process;
        process.start(shell, {path, QStringLiteral("DROP TRIGGER audit_event_no_update; "
                                                   "UPDATE audit_event SET action = 'x.y' WHERE seq = 3;")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        expectBrokenAt(path, 3, "changed");
    }

    void encodingHasNoFieldBoundaryAmbiguity()
    {
        AuditRow a;
        a.actorName = QStringLiteral("ab");
        a.workstation = QStringLiteral("c");
        AuditRow b = a;
        b.actorName = QStringLiteral("a");
        b.workstation = QStringLiteral("bc");
        QVERIFY(AuditChain::hashOf(a) != AuditChain::hashOf(b));
        AuditRow empty = a;
        empty.beforeJson = QString();
        QVERIFY(AuditChain::hashOf(a) != AuditChain::hashOf(empty)); // NULL is not ""
        AuditRow digits = a;
        digits.actorName = QStringLiteral("2:ab");
        QVERIFY(AuditChain::hashOf(a) != AuditChain::hashOf(digits));
        // Pinned so that a change of the encoding (which would break every stored chain) is noticed.
        QCOMPARE(AuditChain::canonicalEncoding(a), QByteArray("xiuhua-audit-v1\n1:00:-2:ab1:c0:0:---0:"));
    }

    // A database written before the chain existed (schema 5, no hashes) is sealed on its first open,
    // and the records written after it continue the same chain.
    void olderRecordsAreSealedOnUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5.sqlite"));
        {
            SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
            migrate(db, 5);
            for (int i = 0; i < 30; ++i)
                db.execute("INSERT INTO audit_event (at, actor_id, actor_name, workstation, action, entity, "
                           "entity_id, after_json) VALUES ('2026-11-20T08:00:00.000Z', 3, '李四', 'ws1', "
                           "'incident.create', 'incident', 42, '{\"a\":1}')");
        }
        {
            auto store = SqliteStore::open(path, SqliteStore::OpenMode::OpenExisting);
            QCOMPARE(store->schemaVersion(), currentSchemaVersion());
            store->transact(tester(), [](StoreWriter& writer) {
                writer.audit({QStringLiteral("x.y"), QStringLiteral("meta"), std::nullopt, {}, {}});
            });
        }
        const AuditChainReport report = verifyFile(path);
        QVERIFY2(report.ok, qPrintable(report.reason));
        QCOMPARE(report.rowsChecked, 31);
        QVERIFY(tamper(path, "UPDATE audit_event SET entity_id = 43 WHERE seq = 17"));
        expectBrokenAt(path, 17, "changed");
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
