// The store contract: what every Store must guarantee, run against both engines from this one
// source (CTest runs it as test_store_contract_sqlite and, inside the throw-away PostgreSQL cluster,
// as test_store_contract_postgres). Concurrency cases use real concurrent connections.
#include "core/entity_json.h"
#include "core/incident_number.h"
#include "storage/pg_schema.h"
#include "storage/schema.h"
#include "storage/store_engine.h" // tests/storage
#include "storage/stored_tables.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <libpq-fe.h>
#include <thread>

using namespace xiuhua;
using namespace xiuhua::storage;
using xiuhua::test::StoreEngine;

namespace {

core::Actor tester()
{
    return {std::nullopt, QStringLiteral("测试员"), QStringLiteral("ws-test")};
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

SqlConnection& raw(Store& store)
{
    return StoreEngine::raw(store);
}

// Runs `work(i)` on `count` threads that start together; each thread opens its own store.
template <typename Work> void together(int count, Work work)
{
    std::latch start(count);
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            work(i);
        });
    for (std::thread& thread : threads)
        thread.join();
}

} // namespace

class TestStoreContract : public QObject
{
    Q_OBJECT

private:
    StoreEngine m_engine;

private slots:
    void initTestCase()
    {
        XIUHUA_REQUIRE_ENGINE(m_engine);
        qInfo("engine: %s", qPrintable(m_engine.name()));
    }

    void createsTheSchemaOnFirstUse()
    {
        auto store = m_engine.create(QStringLiteral("new"));
        QCOMPARE(store->schemaVersion(),
                 m_engine.isPostgres() ? currentPgSchemaVersion() : currentSchemaVersion());
        const auto counts = store->read().rowCounts();
        QCOMPARE(counts.size(), schemaTables().size());
        for (const auto& [table, count] : counts)
            QCOMPARE(count, qint64{0});
        // A second seat opens the same database as it is.
        auto second = m_engine.open(store->location());
        QCOMPARE(second->schemaVersion(), store->schemaVersion());
    }

    void everyWriteHasItsAuditRecord()
    {
        auto store = m_engine.create(QStringLiteral("audit"));
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
        auto store = m_engine.create(QStringLiteral("audit-query"));
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
        auto store = m_engine.create(QStringLiteral("noaudit"));
        QVERIFY_THROWS_EXCEPTION(StorageError, store->transact(tester(), [](StoreWriter& writer) {
            writer.insertIncident(sampleIncident());
        }));
        QVERIFY(store->read().incidents({}).empty());
    }

    void failedWorkWritesNothing()
    {
        auto store = m_engine.create(QStringLiteral("fail"));
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
        auto store = m_engine.create(QStringLiteral("appendonly"));
        store->transact(tester(), [](StoreWriter& writer) {
            writer.audit({QStringLiteral("test"), QStringLiteral("meta"), std::nullopt, {}, {}});
        });
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 raw(*store).execute("UPDATE audit_event SET actor_name = 'x'"));
        QVERIFY_THROWS_EXCEPTION(StorageError, raw(*store).execute("DELETE FROM audit_event"));
        QCOMPARE(store->read().auditEvents({}, std::nullopt, 10).front().actorName, QStringLiteral("测试员"));
    }

    void schemaRejectsInvalidEnumerations()
    {
        auto store = m_engine.create(QStringLiteral("checks"));
        QVERIFY_THROWS_EXCEPTION(
            StorageError, raw(*store).execute("INSERT INTO incident (id, number, received_at, source, "
                                              "category, priority, status, updated_at) VALUES (1, '1', "
                                              "'2026-11-26T00:00:00.000Z', 'telepathy', 'x', 'P1', "
                                              "'new', '2026-11-26T00:00:00.000Z')"));
    }

    void roundTripsAnIncident()
    {
        auto store = m_engine.create(QStringLiteral("roundtrip"));
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

    // The active assignments of the responders asked about, and of no one else, in id order.
    void readsTheActiveAssignmentsOfSomeResponders()
    {
        auto store = m_engine.create(QStringLiteral("active-of"));
        std::vector<core::Id> officers;
        std::vector<core::Id> assignments;
        store->transact(tester(), [&](StoreWriter& writer) {
            const core::Id incident = writer.insertIncident(sampleIncident());
            for (int i = 0; i < 3; ++i) {
                core::Responder officer;
                officer.badgeNo = QStringLiteral("0399%1").arg(i);
                officer.name = QStringLiteral("警员%1").arg(i);
                officer.status = core::ResponderStatus::Busy;
                officer.statusSince = QDateTime::currentDateTimeUtc();
                officers.push_back(writer.insertResponder(officer));
            }
            // Officer 0: one cleared and one on scene; officer 1: dispatched; officer 2: none active.
            const core::AssignmentStatus statuses[] = {core::AssignmentStatus::Cleared,
                                                       core::AssignmentStatus::OnScene,
                                                       core::AssignmentStatus::Dispatched};
            const std::size_t holders[] = {0, 0, 1};
            for (int i = 0; i < 3; ++i) {
                core::Assignment a;
                a.incidentId = incident;
                a.responderId = officers[holders[i]];
                a.status = statuses[i];
                a.dispatchedAt = QDateTime::currentDateTimeUtc();
                assignments.push_back(writer.insertAssignment(a));
            }
            writer.audit({QStringLiteral("test.assignments"), QStringLiteral("assignment"), {}, {}, {}});
        });
        const auto first = store->read().activeAssignmentsOf({officers[0]});
        QCOMPARE(first.size(), 1u);
        QCOMPARE(first.front().id, assignments[1]);
        const auto both = store->read().activeAssignmentsOf({officers[1], officers[0], officers[2]});
        QCOMPARE(both.size(), 2u);
        QCOMPARE(both[0].id, assignments[1]);
        QCOMPARE(both[1].id, assignments[2]);
        QVERIFY(store->read().activeAssignmentsOf({officers[2]}).empty());
        QVERIFY(store->read().activeAssignmentsOf({}).empty());
    }

    // A transferred call keeps the 110 centre's number, times and notes; a number names one incident.
    void roundTripsATransferAndRefusesItsNumberTwice()
    {
        auto store = m_engine.create(QStringLiteral("transfer"));
        core::Incident incident = sampleIncident();
        incident.source = core::IncidentSource::Transfer110;
        incident.transfer = core::TransferMark{QStringLiteral("SH110-20261206-000123"),
                                               QDateTime(QDate(2026, 12, 6), QTime(1, 2, 3, 456), Qt::UTC),
                                               QStringLiteral("上海市110"), QStringLiteral("J0417"),
                                               QStringLiteral("报警人称楼下有人撬门")};
        incident.locationUnconfirmed = true;
        store->transact(tester(), [&](StoreWriter& writer) {
            incident.id = writer.insertIncident(incident);
            writer.audit(
                {QStringLiteral("incident.create"), QStringLiteral("incident"), incident.id, {}, {}});
        });
        const auto loaded = store->read().incidentByTransferNumber(incident.transfer->number);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, incident.id);
        QCOMPARE(loaded->transfer, incident.transfer);
        QVERIFY(loaded->locationUnconfirmed);
        QCOMPARE(core::toJson(*loaded), core::toJson(incident));
        QVERIFY(!store->read().incidentByTransferNumber(QStringLiteral("SH110-other")));

        // Incidents typed at the station have no number and do not collide with each other.
        core::Incident typed = sampleIncident();
        typed.number = QStringLiteral("20261126-0002");
        core::Incident typed2 = typed;
        typed2.number = QStringLiteral("20261126-0003");
        store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertIncident(typed);
            writer.insertIncident(typed2);
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), {}, {}, {}});
        });
        QVERIFY(!store->read().incident(incident.id + 1)->transfer);

        core::Incident again = incident;
        again.id = 0;
        again.number = QStringLiteral("20261126-0009");
        QVERIFY_THROWS_EXCEPTION(StorageError, store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertIncident(again);
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), {}, {}, {}});
        }));

        // The dispatcher's check clears the mark through an ordinary update.
        incident.locationUnconfirmed = false;
        store->transact(tester(), [&](StoreWriter& writer) {
            writer.updateIncident(incident);
            writer.audit(
                {QStringLiteral("incident.correct"), QStringLiteral("incident"), incident.id, {}, {}});
        });
        QVERIFY(!store->read().incident(incident.id)->locationUnconfirmed);
        QCOMPARE(store->read().incident(incident.id)->transfer, incident.transfer);
    }

    // Refused documents are kept byte for byte, even when they are not text.
    void keepsRejectedTransfers()
    {
        auto store = m_engine.create(QStringLiteral("rejected"));
        static constexpr char garbageBytes[] = "{\"transfer_number\": \"X1\", \xff\xfe\x00 broken";
        // sizeof keeps the embedded NUL and the bytes after it; the trailing NUL is not part of the document.
        const QByteArray garbage(garbageBytes, sizeof garbageBytes - 1);
        store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertRejectedTransfer({0, QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC),
                                           QStringLiteral("folder:a.json"), QStringLiteral("not JSON"),
                                           QStringLiteral("X1"), garbage});
            writer.insertRejectedTransfer(
                {0, {}, QStringLiteral("key:city110"), QStringLiteral("no address"), {}, QByteArray("{}")});
            writer.audit(
                {QStringLiteral("transfer.reject"), QStringLiteral("rejected_transfer"), {}, {}, {}});
        });
        const auto rejected = store->read().rejectedTransfers(10);
        QCOMPARE(rejected.size(), 2u);
        QCOMPARE(rejected[0].reason, QStringLiteral("no address"));
        QVERIFY(rejected[0].receivedAt.isValid()); // the transaction's time
        QCOMPARE(rejected[1].document, garbage);
        QCOMPARE(rejected[1].transferNumber, QStringLiteral("X1"));
        QCOMPARE(rejected[1].origin, QStringLiteral("folder:a.json"));
        QCOMPARE(store->read().rejectedTransfers(1).size(), 1u);
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("rejected_transfer")), qint64{2});
        QVERIFY_THROWS_EXCEPTION(StorageError, store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertRejectedTransfer({0, {}, {}, QString(), {}, QByteArray("x")});
            writer.audit(
                {QStringLiteral("transfer.reject"), QStringLiteral("rejected_transfer"), {}, {}, {}});
        }));
    }

    void roundTripsShiftRosterAndSignedReport()
    {
        auto store = m_engine.create(QStringLiteral("shift"));
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
                                 raw(*store).execute("UPDATE shift_report SET signed_at = signed_at"));
        QVERIFY_THROWS_EXCEPTION(StorageError, raw(*store).execute("DELETE FROM shift_report"));
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

    // The one description of the tables (stored_tables.cpp) is each engine's schema exactly.
    void storedTablesMatchTheSchema()
    {
        auto store = m_engine.create(QStringLiteral("columns"));
        SqlConnection& db = raw(*store);
        for (const StoredTable& table : storedTables()) {
            QByteArray columns;
            for (const StoredColumn& column : table.columns)
                columns += (columns.isEmpty() ? "" : ", ") + QByteArray(column.name);
            const QByteArray select = "SELECT " + columns + " FROM " + table.name + " LIMIT 0";
            Statement probe(db, select.constData());
            probe.run(); // throws for a column the schema lacks
            Statement count(db, m_engine.isPostgres()
                                    ? "SELECT count(*) FROM information_schema.columns WHERE table_name = ?1 "
                                      "AND table_schema = current_schema()"
                                    : "SELECT count(*) FROM pragma_table_info(?1)");
            count.bind(1, QString::fromLatin1(table.name));
            QVERIFY(count.step());
            QVERIFY2(count.int64(0) == static_cast<qint64>(table.columns.size()), table.name);
        }
    }

    // A station moves its database between the engines with everything, the audit chain included.
    void copiesEverythingWithTheAuditChain()
    {
        auto source = m_engine.create(QStringLiteral("copy-source"));
        core::Incident incident = sampleIncident();
        incident.callerName = QStringLiteral("王女士");
        const QByteArray pdf = QByteArray::fromHex("255044462d00ff0a"); // %PDF- NUL 0xff LF
        source->transact(tester(), [&](StoreWriter& writer) {
            core::Responder officer;
            officer.badgeNo = QStringLiteral("031701");
            officer.name = QStringLiteral("李明");
            officer.statusSince = QDateTime::currentDateTimeUtc();
            officer.lastPosition = core::GeoPoint{121.47371234567891, 31.230412345678912};
            officer.id = writer.insertResponder(officer);
            core::Shift shift;
            shift.name = QStringLiteral("白班");
            shift.startsAt = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC);
            shift.endsAt = shift.startsAt.addSecs(12 * 3600);
            shift.dispatcherIds = {officer.id};
            shift.id = writer.insertShift(shift);
            writer.insertSignedReport(
                {0, shift.id, officer.id, shift.endsAt, QString(64, QLatin1Char('a')), pdf});
            incident.id = writer.insertIncident(incident);
            writer.setMeta(QStringLiteral("jurisdiction"), QStringLiteral("人民广场"));
            writer.audit({QStringLiteral("incident.create"),
                          QStringLiteral("incident"),
                          incident.id,
                          {},
                          core::toJson(incident)});
        });
        source->transact(tester(), [&](StoreWriter& writer) {
            writer.audit({QStringLiteral("incident.note"), QStringLiteral("incident"), incident.id, {}, {}});
        });
        const auto newest = [](Store& store) {
            return store.read().auditEvents({}, std::nullopt, 1).front();
        };

        QTemporaryDir dir;
        auto file = SqliteStore::open(dir.filePath(QStringLiteral("copy.sqlite")),
                                      SqliteStore::OpenMode::CreateIfMissing);
        const CopyResult there = copyDatabase(raw(*source), file->database());
        QCOMPARE(there.auditRecords, qint64{2});
        QCOMPARE(newest(*file).hash, newest(*source).hash);
        QVERIFY(file->verifyAuditChain().ok);
        QCOMPARE(file->read().rowCounts(), source->read().rowCounts());

        auto back = m_engine.create(QStringLiteral("copy-back"));
        copyDatabase(file->database(), raw(*back));
        QCOMPARE(newest(*back).hash, newest(*source).hash);
        const AuditChainReport chain = back->verifyAuditChain();
        QVERIFY2(chain.ok, qPrintable(chain.reason));
        QCOMPARE(core::toJson(*back->read().incident(incident.id)),
                 core::toJson(*source->read().incident(incident.id)));
        QCOMPARE(core::toJson(back->read().responders().front()),
                 core::toJson(source->read().responders().front()));
        QCOMPARE(back->read().shifts().front().dispatcherIds.size(), 1u);
        QCOMPARE(back->read().signedReport(back->read().shifts().front().id)->pdf, pdf);
        QCOMPARE(back->read().meta(QStringLiteral("jurisdiction")), QStringLiteral("人民广场"));
        // New rows continue after the copied ids and the copied chain.
        back->transact(tester(), [&](StoreWriter& writer) {
            core::Incident next = sampleIncident();
            next.number = QStringLiteral("20261126-0002");
            QVERIFY(writer.insertIncident(next) > incident.id);
            writer.audit(
                {QStringLiteral("incident.create"), QStringLiteral("incident"), std::nullopt, {}, {}});
        });
        QVERIFY(back->verifyAuditChain().ok);
        QCOMPARE(newest(*back).seq, qint64{3});
        // A target that holds anything is refused and left as it was.
        QVERIFY_THROWS_EXCEPTION(StorageError, copyDatabase(raw(*source), raw(*back)));
        QCOMPARE(back->read().incidents({}).size(), 2u);
    }

    // Every committed change is announced (NOTIFY in its transaction); a rolled-back one never is.
    void announcesCommittedChangesOnly()
    {
        if (!m_engine.isPostgres())
            QSKIP("LISTEN/NOTIFY is PostgreSQL's; SQLite consoles follow the audit log "
                  "(dispatch::ChangeWatcher)");
        auto store = m_engine.create(QStringLiteral("notify"));
        auto listener = PgConnection::connect(store->location());
        listener->execute("LISTEN xiuhua_change");
        store->transact(tester(), [&](StoreWriter& writer) {
            const core::Id id = writer.insertIncident(sampleIncident());
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
        });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store->transact(tester(), [](StoreWriter& writer) {
            writer.audit({QStringLiteral("incident.note"), QStringLiteral("incident"), 1, {}, {}});
            throw std::runtime_error("refused late");
        }));
        // A round trip on the listener: the server hands over pending notifications before it answers.
        listener->execute("SELECT 1");
        QVERIFY(PQconsumeInput(listener->handle()) == 1);
        QStringList payloads;
        while (PGnotify* notification = PQnotifies(listener->handle())) {
            QCOMPARE(QByteArray(notification->relname), QByteArray("xiuhua_change"));
            payloads << QString::fromUtf8(notification->extra);
            PQfreemem(notification);
        }
        QCOMPARE(payloads.size(), 1);
        QVERIFY2(payloads.front().contains(QLatin1String("\"action\":\"incident.create\"")),
                 qPrintable(payloads.front()));
        QVERIFY(payloads.front().contains(QLatin1String("\"id\":1")));
    }

    // A statement that fails late (on PostgreSQL the timeline entry and the audit record travel with
    // the COMMIT) fails the whole action: nothing is written or announced, and the connection goes
    // on working.
    void aWriteThatFailsAtTheCommitLeavesNothing()
    {
        auto store = m_engine.create(QStringLiteral("late-failure"));
        std::unique_ptr<PgConnection> listener;
        if (m_engine.isPostgres()) {
            listener = PgConnection::connect(store->location());
            listener->execute("LISTEN xiuhua_change");
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, store->transact(tester(), [](StoreWriter& writer) {
            const core::Id id = writer.insertIncident(sampleIncident());
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
            core::IncidentEvent event;
            event.incidentId = 424242; // no such incident: the foreign key refuses it
            event.at = QDateTime::currentDateTimeUtc();
            event.kind = core::IncidentEventKind::Note;
            event.text = QStringLiteral("说明");
            writer.appendIncidentEvent(event);
        }));
        QVERIFY(store->read().incidents({}).empty());
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("audit_event")), 0);
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("incident_event")), 0);

        // Read-your-writes inside a transaction: the deferred timeline entry is there for a read.
        std::size_t timelineSeen = 0;
        store->transact(tester(), [&](StoreWriter& writer) {
            const core::Id id = writer.insertIncident(sampleIncident());
            core::IncidentEvent event;
            event.incidentId = id;
            event.at = QDateTime::currentDateTimeUtc();
            event.kind = core::IncidentEventKind::Note;
            event.text = QStringLiteral("说明");
            writer.appendIncidentEvent(event);
            timelineSeen = writer.read().incidentEvents(id).size();
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
        });
        QCOMPARE(timelineSeen, std::size_t(1));
        QCOMPARE(store->read().incidents({}).size(), std::size_t(1));
        QVERIFY(store->verifyAuditChain().ok);
        if (listener) {
            listener->execute("SELECT 1");
            QVERIFY(PQconsumeInput(listener->handle()) == 1);
            int announced = 0;
            while (PGnotify* notification = PQnotifies(listener->handle())) {
                ++announced;
                PQfreemem(notification);
            }
            QCOMPARE(announced, 1); // the second action's, not the refused one's
        }
    }

    // A statement that failed inside the work, its error swallowed: PostgreSQL has aborted the
    // transaction, and its COMMIT answers "ROLLBACK" — reported as an error, not as done. SQLite's
    // transaction survives a failed statement and commits what there is (here nothing).
    void aCommitAfterASwallowedErrorIsNotReportedAsDone()
    {
        auto store = m_engine.create(QStringLiteral("swallowed"));
        const auto work = [&](PositionWriter&) {
            try {
                Statement bad(raw(*store), "SELECT no_such_column FROM audit_event");
                bad.step();
            } catch (const StorageError&) {
            }
        };
        if (m_engine.isPostgres())
            QVERIFY_THROWS_EXCEPTION(StorageError, store->recordPositions(work));
        else
            store->recordPositions(work);
        store->transact(tester(), [](StoreWriter& writer) {
            writer.audit({QStringLiteral("test"), QStringLiteral("meta"), std::nullopt, {}, {}});
        });
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("audit_event")), 1);
        QVERIFY(store->verifyAuditChain().ok);
    }

    // transact returns only once the action is on the disk. PostgreSQL: with the WAL writer slowed to
    // one flush in ten seconds, only the commit's own flush can have written the action's rows so
    // soon; an asynchronous commit fails this (it did, when one was tried: docs/DECISIONS.md).
    // SQLite: in WAL mode only synchronous = FULL syncs the log at every commit (NORMAL may lose the
    // last commits at a power cut).
    void aCommitIsOnTheDiskWhenTransactReturns()
    {
        auto store = m_engine.create(QStringLiteral("durable"));
        if (!m_engine.isPostgres()) {
            store->transact(tester(), [](StoreWriter& writer) {
                writer.audit({QStringLiteral("test"), QStringLiteral("meta"), std::nullopt, {}, {}});
            });
            Statement journal(raw(*store), "PRAGMA journal_mode");
            QVERIFY(journal.step());
            QCOMPARE(journal.text(0), QStringLiteral("wal"));
            Statement synchronous(raw(*store), "PRAGMA synchronous");
            QVERIFY(synchronous.step());
            QCOMPARE(synchronous.int64(0), qint64(2)); // FULL
            return;
        }
        auto& postgres = static_cast<PostgresStore&>(*store);
        auto admin = PgConnection::connect(store->location());
        admin->execute("ALTER SYSTEM SET wal_writer_delay = '10s'");
        admin->execute("SELECT pg_reload_conf()");
        struct Reset
        {
            PgConnection& db;
            ~Reset()
            {
                try {
                    db.execute("ALTER SYSTEM RESET wal_writer_delay");
                    db.execute("SELECT pg_reload_conf()");
                } catch (const StorageError&) {
                }
            }
        } reset{*admin};
        QTest::qWait(200); // the reload reaches the WAL writer
        for (int round = 0; round < 5; ++round) {
            QString writtenUpTo;
            store->transact(tester(), [&](StoreWriter& writer) {
                core::Incident incident = sampleIncident();
                incident.number = QStringLiteral("20261126-%1").arg(round + 1, 4, 10, QLatin1Char('0'));
                const core::Id id = writer.insertIncident(incident);
                writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
                Statement lsn(postgres.connection(), "SELECT pg_current_wal_insert_lsn()::text");
                if (lsn.step())
                    writtenUpTo = lsn.text(0);
            });
            QVERIFY(!writtenUpTo.isEmpty());
            Statement flushed(*admin, "SELECT (pg_current_wal_flush_lsn() >= ?1::pg_lsn)::int");
            flushed.bind(1, writtenUpTo);
            QVERIFY(flushed.step());
            QVERIFY2(
                flushed.int64(0) == 1,
                qPrintable(QStringLiteral("round %1: WAL up to %2 not flushed").arg(round).arg(writtenUpTo)));
        }
    }

    void readsWhatTheOtherSeatCommitted()
    {
        auto first = m_engine.create(QStringLiteral("seats"));
        auto second = m_engine.open(first->location());
        core::Id id = 0;
        first->transact(tester(), [&](StoreWriter& writer) {
            id = writer.insertIncident(sampleIncident());
            writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
        });
        QVERIFY(second->read().incident(id));
        IncidentQuery open;
        open.openOnly = true;
        QCOMPARE(second->read().incidents(open).size(), 1u);
        QCOMPARE(second->read().assignmentsForIncidents({id}).size(), 0u);
    }

    // Two seats press Assign for the same responder at the same moment: the transaction that reads
    // the responder available and marks it busy is one writer at a time, so exactly one wins.
    void oneWinnerForTheSameResponder()
    {
        auto setup = m_engine.create(QStringLiteral("race"));
        core::Id responderId = 0;
        std::vector<core::Id> incidents;
        setup->transact(tester(), [&](StoreWriter& writer) {
            core::Responder officer;
            officer.badgeNo = QStringLiteral("031999");
            officer.name = QStringLiteral("赵警官");
            officer.status = core::ResponderStatus::Available;
            officer.statusSince = QDateTime::currentDateTimeUtc();
            responderId = writer.insertResponder(officer);
            for (int i = 0; i < 2; ++i) {
                core::Incident incident = sampleIncident();
                incident.number = QStringLiteral("20261126-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
                incidents.push_back(writer.insertIncident(incident));
            }
            writer.audit({QStringLiteral("test.setup"), QStringLiteral("responder"), responderId, {}, {}});
        });
        const QString location = setup->location();
        for (int round = 0; round < 5; ++round) {
            std::atomic<int> wins{0};
            std::atomic<int> refusals{0};
            together(2, [&](int seat) {
                auto store = m_engine.open(location);
                try {
                    store->transact(tester(), [&](StoreWriter& writer) {
                        core::Responder r = *writer.read().responder(responderId);
                        if (r.status != core::ResponderStatus::Available)
                            throw std::runtime_error("taken");
                        r.status = core::ResponderStatus::Busy;
                        writer.updateResponder(r);
                        core::Assignment a;
                        a.incidentId = incidents[static_cast<std::size_t>(seat)];
                        a.responderId = responderId;
                        a.status = core::AssignmentStatus::Dispatched;
                        a.dispatchedAt = QDateTime::currentDateTimeUtc();
                        const core::Id id = writer.insertAssignment(a);
                        writer.audit(
                            {QStringLiteral("assignment.create"), QStringLiteral("assignment"), id, {}, {}});
                    });
                    ++wins;
                } catch (const std::runtime_error&) {
                    ++refusals;
                }
            });
            QCOMPARE(wins.load(), 1);
            QCOMPARE(refusals.load(), 1);
            QCOMPARE(setup->read().activeAssignments().size(), 1u);
            // Free the responder for the next round.
            setup->transact(tester(), [&](StoreWriter& writer) {
                for (core::Assignment a : writer.read().activeAssignments()) {
                    a.status = core::AssignmentStatus::Cleared;
                    a.clearedAt = QDateTime::currentDateTimeUtc();
                    writer.updateAssignment(a);
                }
                core::Responder r = *writer.read().responder(responderId);
                r.status = core::ResponderStatus::Available;
                writer.updateResponder(r);
                writer.audit(
                    {QStringLiteral("test.reset"), QStringLiteral("responder"), responderId, {}, {}});
            });
        }
        QVERIFY(setup->verifyAuditChain().ok);
    }

    // The day's next number comes from the last in the index's order; past 9,999 a day the numbers have
    // five digits and sort among the others, and the next is still the greatest plus one.
    void incidentNumbersContinuePastFourDigits()
    {
        auto store = m_engine.create(QStringLiteral("numbers"));
        const QDate day(2026, 11, 26);
        const core::Actor actor{std::nullopt, QStringLiteral("seat"), QStringLiteral("ws")};
        // Asked inside a write that is then abandoned (a write without an audit record is refused).
        struct Abandon
        {
        };
        const auto nextOn = [&](QDate date) {
            int sequence = 0;
            try {
                store->transact(actor, [&](StoreWriter& writer) {
                    sequence = writer.nextIncidentSequence(date);
                    throw Abandon{};
                });
            } catch (const Abandon&) {
            }
            return sequence;
        };
        const auto next = [&] { return nextOn(day); };
        const auto add = [&](int sequence) {
            store->transact(actor, [&](StoreWriter& writer) {
                core::Incident incident = sampleIncident();
                incident.number = core::formatIncidentNumber(day, sequence);
                const core::Id id = writer.insertIncident(incident);
                writer.audit({QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
            });
        };
        QCOMPARE(next(), 1);
        add(1);
        add(2);
        add(10); // "-0010" after "-0002": the order of the index is the numbers' order
        QCOMPARE(next(), 11);
        add(9998);
        QCOMPARE(next(), 9999);
        add(9999);
        QCOMPARE(next(), 10000);
        add(10000);
        QCOMPARE(core::formatIncidentNumber(day, 10000), QStringLiteral("20261126-10000"));
        QCOMPARE(next(), 10001);
        add(10001);
        QCOMPARE(next(), 10002);
        QCOMPARE(store->read().incidents({}).size(), std::size_t(7));
        QCOMPARE(nextOn(day.addDays(1)), 1); // another day starts again at 1
    }

    // Eight seats take calls at once: the day's numbers stay unique and gap-free, and the audit log
    // stays one unbroken chain.
    void incidentNumbersAndAuditChainUnderEightWriters()
    {
        auto setup = m_engine.create(QStringLiteral("writers"));
        const QString location = setup->location();
        constexpr int writers = 8;
        constexpr int callsEach = 12;
        const QDate day(2026, 11, 26);
        std::atomic<int> failures{0};
        together(writers, [&](int seat) {
            try {
                auto store = m_engine.open(location);
                const core::Actor actor{std::nullopt, QStringLiteral("seat %1").arg(seat),
                                        QStringLiteral("ws-%1").arg(seat)};
                for (int call = 0; call < callsEach; ++call) {
                    store->transact(actor, [&](StoreWriter& writer) {
                        core::Incident incident = sampleIncident();
                        incident.number = core::formatIncidentNumber(day, writer.nextIncidentSequence(day));
                        const core::Id id = writer.insertIncident(incident);
                        writer.audit(
                            {QStringLiteral("incident.create"), QStringLiteral("incident"), id, {}, {}});
                    });
                }
            } catch (const std::exception& error) {
                qWarning("writer failed: %s", error.what());
                ++failures;
            }
        });
        QCOMPARE(failures.load(), 0);
        QSet<QString> numbers;
        for (const core::Incident& incident : setup->read().incidents({}))
            numbers.insert(incident.number);
        QCOMPARE(numbers.size(), writers * callsEach);
        for (int n = 1; n <= writers * callsEach; ++n)
            QVERIFY2(numbers.contains(core::formatIncidentNumber(day, n)), qPrintable(QString::number(n)));
        const AuditChainReport report = setup->verifyAuditChain();
        QVERIFY2(report.ok, qPrintable(report.reason));
        QCOMPARE(report.rowsChecked, writers * callsEach);
    }
};

QTEST_GUILESS_MAIN(TestStoreContract)
#include "test_store_contract.moc"
