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

    void everyWriteHasItsAuditRecord()
    {
        auto store = SqliteStore::open(path("audit.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        core::Id id = 0;
        store->transact(tester(), [&](StoreWriter& writer) {
            core::Incident incident = sampleIncident();
            id = writer.insertIncident(incident);
            incident.id = id;
            writer.audit({QStringLiteral("incident.create"),
                          QStringLiteral("incident"),
                          id,
                          {},
                          core::toJson(incident)});
        });
        const auto audit = store->read().auditEvents(QStringLiteral("incident"), id, 10);
        QCOMPARE(audit.size(), 1u);
        QCOMPARE(audit.front().action, QStringLiteral("incident.create"));
        QCOMPARE(audit.front().actorName, QStringLiteral("测试员"));
        QCOMPARE(audit.front().workstation, QStringLiteral("ws-test"));
        QVERIFY(audit.front().afterJson.contains(QStringLiteral("福州路")));
        QVERIFY(audit.front().beforeJson.isEmpty());
    }

    void auditQueryFiltersByTimeOperatorObjectAndText()
    {
        auto store = SqliteStore::open(path("audit-query.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        core::Id officerId = 0;
        store->transact(tester(), [&](StoreWriter& writer) {
            core::Responder officer;
            officer.badgeNo = QStringLiteral("031777");
            officer.name = QStringLiteral("王警官");
            officer.statusSince = QDateTime::currentDateTimeUtc();
            officerId = writer.insertResponder(officer);
            writer.audit(
                {QStringLiteral("responder.create"), QStringLiteral("responder"), officerId, {}, {}});
        });
        const core::Actor officer{officerId, QStringLiteral("王警官"), QStringLiteral("ws-2")};
        core::Id incidentId = 0;
        store->transact(officer, [&](StoreWriter& writer) {
            incidentId = writer.insertIncident(sampleIncident());
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), incidentId, {}, {}});
        });
        store->transact(officer, [&](StoreWriter& writer) {
            writer.audit({QStringLiteral("incident.note"), QStringLiteral("incident"), incidentId, {}, {}});
        });
        const StoreReader& reader = store->read();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AuditQuery all;
        QCOMPARE(reader.auditEvents(all).size(), 3u);
        QCOMPARE(reader.auditEvents(all).front().action, QStringLiteral("incident.note")); // newest first
        AuditQuery byOfficer;
        byOfficer.actorId = officerId;
        QCOMPARE(reader.auditEvents(byOfficer).size(), 2u);
        AuditQuery byEntity;
        byEntity.entity = QStringLiteral("responder");
        QCOMPARE(reader.auditEvents(byEntity).size(), 1u);
        AuditQuery byText;
        byText.text = QStringLiteral("ws-2");
        QCOMPARE(reader.auditEvents(byText).size(), 2u);
        byText.text = QStringLiteral("note");
        QCOMPARE(reader.auditEvents(byText).size(), 1u);
        AuditQuery later;
        later.from = now.addSecs(3600);
        QCOMPARE(reader.auditEvents(later).size(), 0u);
        AuditQuery earlier;
        earlier.from = now.addSecs(-3600);
        earlier.to = now.addSecs(60);
        QCOMPARE(reader.auditEvents(earlier).size(), 3u);
        earlier.to = now.addSecs(-1800);
        QCOMPARE(reader.auditEvents(earlier).size(), 0u);
        AuditQuery limited;
        limited.limit = 2;
        QCOMPARE(reader.auditEvents(limited).size(), 2u);
        // Every record carries its link in the chain, and the whole chain checks.
        QCOMPARE(reader.auditEvents(all).front().hash.size(), 64);
        const AuditChainReport report = store->verifyAuditChain();
        QVERIFY(report.ok);
        QCOMPARE(report.rowsChecked, 3);
        QCOMPARE(report.newestSeq, reader.auditEvents(all).front().seq);
        QCOMPARE(report.newestHash, reader.auditEvents(all).front().hash);
    }

    void writeWithoutAuditIsRefused()
    {
        auto store = SqliteStore::open(path("noaudit.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        QVERIFY_THROWS_EXCEPTION(StorageError, store->transact(tester(), [](StoreWriter& writer) {
            writer.insertIncident(sampleIncident());
        }));
        QVERIFY(store->read().incidents({}).empty());
    }

    void failedWorkWritesNothing()
    {
        auto store = SqliteStore::open(path("fail.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store->transact(tester(), [](StoreWriter& writer) {
            writer.insertIncident(sampleIncident());
            writer.audit(
                {QStringLiteral("incident.create"), QStringLiteral("incident"), std::nullopt, {}, {}});
            throw std::runtime_error("validation failed late");
        }));
        QVERIFY(store->read().incidents({}).empty());
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("audit_event")), 0);
    }

    void auditRowsCannotBeChangedOrDeleted()
    {
        auto store = SqliteStore::open(path("appendonly.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        store->transact(tester(), [](StoreWriter& writer) {
            writer.audit({QStringLiteral("test"), QStringLiteral("meta"), std::nullopt, {}, {}});
        });
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 store->database().execute("UPDATE audit_event SET actor_name = 'x'"));
        QVERIFY_THROWS_EXCEPTION(StorageError, store->database().execute("DELETE FROM audit_event"));
        QCOMPARE(store->read().auditEvents({}, std::nullopt, 10).front().actorName, QStringLiteral("测试员"));
    }

    void schemaRejectsInvalidEnumerations()
    {
        auto store = SqliteStore::open(path("checks.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        QVERIFY_THROWS_EXCEPTION(
            StorageError, store->database().execute("INSERT INTO incident (number, received_at, source, "
                                                    "category, priority, status, updated_at) VALUES ('1', "
                                                    "'t', 'telepathy', 'x', 'P1', 'new', 't')"));
    }

    void roundTripsAnIncident()
    {
        auto store = SqliteStore::open(path("roundtrip.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        core::Incident incident = sampleIncident();
        incident.callerName = QStringLiteral("王女士");
        incident.callerPhone = QStringLiteral("13812345678");
        incident.priority = core::Priority::P2;
        incident.followUpRequired = true;
        store->transact(tester(), [&](StoreWriter& writer) {
            incident.id = writer.insertIncident(incident);
            writer.audit(
                {QStringLiteral("incident.create"), QStringLiteral("incident"), incident.id, {}, {}});
        });
        const auto loaded = store->read().incident(incident.id);
        QVERIFY(loaded);
        QCOMPARE(core::toJson(*loaded), core::toJson(incident));
    }

    void roundTripsShiftRosterAndSignedReport()
    {
        auto store = SqliteStore::open(path("shift.sqlite"), SqliteStore::OpenMode::CreateIfMissing);
        core::Shift shift;
        shift.name = QStringLiteral("白班");
        shift.startsAt = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC);
        shift.endsAt = shift.startsAt.addSecs(12 * 3600);
        core::Responder officer;
        officer.badgeNo = QStringLiteral("031701");
        officer.name = QStringLiteral("李明");
        officer.statusSince = shift.startsAt;
        core::RosterEntry entry;
        store->transact(tester(), [&](StoreWriter& writer) {
            officer.id = writer.insertResponder(officer);
            shift.supervisorId = officer.id;
            shift.id = writer.insertShift(shift);
            entry = {shift.id,
                     officer.id,
                     shift.startsAt.addSecs(1800),
                     shift.startsAt.addSecs(4 * 3600),
                     true,
                     QStringLiteral("社区走访"),
                     0};
            entry.id = writer.insertRosterEntry(entry);
            writer.audit({QStringLiteral("shift.create"), QStringLiteral("shift"), shift.id, {}, {}});
        });
        const auto roster = store->read().roster(shift.id);
        QCOMPARE(roster.size(), 1u);
        QCOMPARE(core::toJson(roster.front()), core::toJson(entry));
        QCOMPARE(store->read().rosterBetween(shift.startsAt, shift.startsAt.addSecs(1800)).size(), 0u);
        QCOMPARE(store->read().rosterBetween(shift.startsAt, shift.startsAt.addSecs(1801)).size(), 1u);

        shift.closedAt = shift.endsAt;
        shift.closedBy = officer.id;
        shift.handoverAcknowledgedBy = officer.id;
        shift.handoverAcknowledgedAt = shift.endsAt.addSecs(60);
        const QByteArray pdf("%PDF-1.4 test");
        store->transact(tester(), [&](StoreWriter& writer) {
            writer.updateShift(shift);
            entry.inCommunity = false;
            writer.updateRosterEntry(entry);
            writer.insertSignedReport(
                {0, shift.id, officer.id, shift.endsAt, QString(64, QLatin1Char('a')), pdf});
            writer.audit({QStringLiteral("shift.sign"), QStringLiteral("shift"), shift.id, {}, {}});
        });
        QCOMPARE(core::toJson(*store->read().shift(shift.id)), core::toJson(shift));
        QVERIFY(!store->read().roster(shift.id).front().inCommunity);
        const auto signedReport = store->read().signedReport(shift.id);
        QVERIFY(signedReport);
        QCOMPARE(signedReport->pdf, pdf);
        QCOMPARE(signedReport->signedBy, officer.id);
        // A signed report is final, and a shift has only one.
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 store->database().execute("UPDATE shift_report SET pdf = x'00'"));
        QVERIFY_THROWS_EXCEPTION(StorageError, store->database().execute("DELETE FROM shift_report"));
        QVERIFY_THROWS_EXCEPTION(StorageError, store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertSignedReport(
                {0, shift.id, officer.id, shift.endsAt, QString(64, QLatin1Char('b')), pdf});
            writer.audit({QStringLiteral("shift.sign"), QStringLiteral("shift"), shift.id, {}, {}});
        }));
        QCOMPARE(store->read().signedReport(shift.id)->contentSha256, QString(64, QLatin1Char('a')));

        store->transact(tester(), [&](StoreWriter& writer) {
            writer.deleteRosterEntry(entry.id);
            writer.audit({QStringLiteral("roster.remove"), QStringLiteral("roster_entry"), entry.id, {}, {}});
        });
        QVERIFY(store->read().roster(shift.id).empty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "test_sqlite_store.moc"
