#include "core/entity_json.h"
#include "storage/schema.h"
#include "storage/sqlite_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace xiuhua;
using namespace xiuhua::storage;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

core::Actor tester()
{
    return {std::nullopt, QStringLiteral("测试员"), QStringLiteral("ws-test")};
}

int rawCount(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    const int value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : -1;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

core::Incident sampleIncident()
{
    core::Incident incident;
    incident.number = QStringLiteral("20261126-0001");
    incident.receivedAt = QDateTime::currentDateTimeUtc();
    incident.category = QStringLiteral("burglary");
    incident.addressText = QStringLiteral("福州路 100 号");
    incident.location = core::GeoPoint{121.4737, 31.2304};
    return incident;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void expectRefused(const QString& file, StorageError::Kind kind)
    {
        const QByteArray before = fileHash(file);
        try {
            SqliteStore::open(file, SqliteStore::OpenMode::OpenExisting);
            QFAIL("the file should have been refused");
        } catch (const StorageError& error) {
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(kind));
            QVERIFY(QString::fromUtf8(error.what()).contains(QFileInfo(file).fileName()));
        }
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    // Runs this test function again in a copy of this program as the unprivileged user nobody,
    // with its temporary files in a directory only nobody can enter, and expects it to pass.
    void runAsNobody(const char* function)
    {
        const passwd* nobody = getpwnam("nobody");
        QVERIFY2(nobody, "no user nobody to run the check as");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A copy of the program: the build tree may lie where nobody cannot reach (e.g. under /root).
        const QString program = home.filePath(QStringLiteral("test_program"));
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), program));
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                                   QFile::ExeOther));
        const QString tmp = home.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkdir(tmp));
        QCOMPARE(chown(QFile::encodeName(tmp).constData(), nobody->pw_uid, nobody->pw_gid), 0);
        QCOMPARE(chmod(QFile::encodeName(tmp).constData(), 0700), 0);
        QCOMPARE(chmod(QFile::encodeName(home.path()).constData(), 0755), 0);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), tmp);
        environment.insert(QStringLiteral("HOME"), tmp);
        environment.insert(QStringLiteral("XIUHUA_TEST_AS_NOBODY"), QStringLiteral("1"));
        // Sanitizer suppressions may lie where nobody cannot read them: hand over a copy.
        QString lsan = environment.value(QStringLiteral("LSAN_OPTIONS"));
        const QRegularExpression suppressions(QStringLiteral("suppressions=([^:]+)"));
        if (const auto found = suppressions.match(lsan); found.hasMatch()) {
            const QString copy = home.filePath(QStringLiteral("lsan.supp"));
            QFile::copy(found.captured(1), copy);
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadOther);
            environment.insert(QStringLiteral("LSAN_OPTIONS"),
                               lsan.replace(found.capturedStart(1), found.capturedLength(1), copy));
        }
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setWorkingDirectory(tmp);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                     QStringLiteral("--regid=%1").arg(nobody->pw_gid), QStringLiteral("--clear-groups"),
                     QStringLiteral("--"), program, QString::fromLatin1(function)});
        QVERIFY2(child.waitForFinished(120000), "the check as nobody did not finish");
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        // It ran and passed as nobody: not skipped, not run as root.
        QVERIFY2(
            output.contains(QStringLiteral("PASS   : TestSqliteStore::%1()").arg(QLatin1String(function))),
            qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("SKIP")), qPrintable(output));
    }

private slots:
    void createsCurrentSchemaFromNothing()
    {
        auto store = SqliteStore::open(path("new.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QCOMPARE(rawCount(path("new.sqlite"), "PRAGMA user_version"), currentSchemaVersion());
        QCOMPARE(store->read().rowCounts().size(), schemaTables().size());
        Statement mode(store->database(), "PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        Statement sync(store->database(), "PRAGMA synchronous");
        QVERIFY(sync.step());
        QCOMPARE(sync.integer(0), 2); // FULL
        Statement fk(store->database(), "PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.integer(0), 1);
    }

    void migratesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int version = 0; version < currentSchemaVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void migratesFromEachOlderVersion()
    {
        QFETCH(int, startVersion);
        const QString file = path("old.sqlite") + QString::number(startVersion);
        {
            SqliteDatabase db = SqliteDatabase::open(file, SqliteDatabase::OpenMode::ReadWriteCreate);
            migrate(db, startVersion);
            QCOMPARE(readSchemaVersion(db), startVersion);
        }
        auto store = SqliteStore::open(file, SqliteStore::OpenMode::OpenExisting);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        store->transact(tester(), [](StoreWriter& writer) {
            writer.setMeta(QStringLiteral("k"), QStringLiteral("v"));
            writer.audit({QStringLiteral("meta.set"), QStringLiteral("meta"), std::nullopt, {}, {}});
        });
        QCOMPARE(store->read().meta(QStringLiteral("k")), QStringLiteral("v"));
    }

    void refusesNewerSchemaUnchanged()
    {
        const QString file = path("newer.sqlite");
        {
            SqliteDatabase db = SqliteDatabase::open(file, SqliteDatabase::OpenMode::ReadWriteCreate);
            db.execute("CREATE TABLE future (x)");
            db.execute("PRAGMA user_version = 99");
        }
        expectRefused(file, StorageError::Kind::NewerSchema);
    }

    void refusesNonSqliteUnchanged()
    {
        const QString file = path("notes.txt");
        writeFile(file, QByteArrayLiteral("这不是数据库 — just some text\n").repeated(200));
        expectRefused(file, StorageError::Kind::NotADatabase);
    }

    void refusesCorruptUnchanged()
    {
        const QString file = path("corrupt.sqlite");
        {
            auto store = SqliteStore::open(file, SqliteStore::OpenMode::CreateIfMissing);
            store->transact(tester(), [](StoreWriter& writer) {
                for (int i = 1; i <= 200; ++i) {
                    core::Incident incident = sampleIncident();
                    incident.number = QStringLiteral("20261126-%1").arg(i, 4, 10, QLatin1Char('0'));
                    incident.description = QString(400, QLatin1Char('x'));
                    writer.insertIncident(incident);
                }
                writer.audit({QStringLiteral("bulk"), QStringLiteral("incident"), std::nullopt, {}, {}});
            });
            store->database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
            store->database().execute("PRAGMA journal_mode = DELETE");
        }
        QFile file_(file);
        QVERIFY(file_.open(QIODevice::ReadWrite));
        QByteArray bytes = file_.readAll();
        QVERIFY(bytes.size() > 8 * 4096);
        // Scribble over pages in the middle, keeping the header valid.
        for (qsizetype i = 3 * 4096; i < 6 * 4096; ++i)
            bytes[i] = static_cast<char>(i * 7);
        file_.seek(0);
        file_.write(bytes);
        file_.close();
        const QByteArray before = fileHash(file);
        try {
            SqliteStore::open(file, SqliteStore::OpenMode::OpenExisting);
            QFAIL("a corrupt file must be refused");
        } catch (const StorageError& error) {
            QVERIFY2(error.kind() == StorageError::Kind::Corrupt ||
                         error.kind() == StorageError::Kind::NotADatabase,
                     error.what());
        }
        QCOMPARE(fileHash(file), before);
    }

    void refusesReadOnlyFile()
    {
        // File modes do not stop root (CI runs as root): check it as nobody instead.
        if (geteuid() == 0) {
            // The copy run as nobody must not be root again (and must not start another copy).
            QVERIFY(!qEnvironmentVariableIsSet("XIUHUA_TEST_AS_NOBODY"));
            runAsNobody("refusesReadOnlyFile");
            return;
        }
        const QString file = path("readonly.sqlite");
        SqliteStore::open(file, SqliteStore::OpenMode::CreateIfMissing);
        QFile::setPermissions(file, QFile::ReadOwner);
        expectRefused(file, StorageError::Kind::ReadOnly);
    }

    void missingFileIsNotCreated()
    {
        const QString file = path("absent.sqlite");
        QVERIFY_THROWS_EXCEPTION(StorageError, SqliteStore::open(file, SqliteStore::OpenMode::OpenExisting));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "test_sqlite_store.moc"
