// Devices and positions on both engines (CTest: test_position_store and, inside the throw-away
// PostgreSQL cluster, test_position_store_postgres): the field link's part of the store contract.
#include "storage/store_engine.h" // tests/storage

#include <QTest>

#include <libpq-fe.h>

using namespace xiuhua;
using namespace xiuhua::storage;
using xiuhua::test::StoreEngine;

namespace {

core::Actor tester()
{
    return {std::nullopt, QStringLiteral("测试员"), QStringLiteral("ws-test")};
}

const QString kHash = QString(64, QLatin1Char('a'));

struct Fixture
{
    std::unique_ptr<Store> store;
    core::Id responderId = 0;
    core::Id deviceId = 0;
};

Fixture makeFixture(StoreEngine& engine, const QString& label)
{
    Fixture f;
    f.store = engine.create(label);
    f.store->transact(tester(), [&](StoreWriter& writer) {
        core::Responder r;
        r.badgeNo = QStringLiteral("031001");
        r.name = QStringLiteral("张伟");
        r.statusSince = QDateTime::currentDateTimeUtc();
        f.responderId = writer.insertResponder(r);
        core::Device d;
        d.identifier = QStringLiteral("phone-031001");
        d.responderId = f.responderId;
        d.tokenHash = kHash;
        d.registeredAt = QDateTime::currentDateTimeUtc();
        f.deviceId = writer.insertDevice(d);
        writer.audit({QStringLiteral("device.register"), QStringLiteral("device"), f.deviceId, {}, {}});
    });
    return f;
}

core::PositionFix fixAt(const Fixture& f, const QDateTime& at, double lon = 121.47, double lat = 31.23)
{
    core::PositionFix p;
    p.deviceId = f.deviceId;
    p.responderId = f.responderId;
    p.fixAt = at;
    p.receivedAt = QDateTime::currentDateTimeUtc();
    p.location = {lon, lat};
    p.accuracyM = 8.5;
    p.speedMps = 1.25;
    p.headingDeg = 90;
    p.altitudeM = 12;
    p.batteryPercent = 77;
    return p;
}

qint64 auditCount(Store& store)
{
    return store.read().rowCounts().at(QStringLiteral("audit_event"));
}

} // namespace

class TestPositionStore : public QObject
{
    Q_OBJECT

private:
    StoreEngine m_engine;
    const QDateTime m_t0 = QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);

private slots:
    void initTestCase() { XIUHUA_REQUIRE_ENGINE(m_engine); }

    void devicesRoundTrip()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("devices"));
        const auto device = f.store->read().deviceByIdentifier(QStringLiteral("phone-031001"));
        QVERIFY(device);
        QCOMPARE(device->id, f.deviceId);
        QCOMPARE(device->responderId, f.responderId);
        QCOMPARE(device->tokenHash, kHash);
        QVERIFY(device->isActive());
        QVERIFY(!f.store->read().deviceByIdentifier(QStringLiteral("phone-x")));
        core::Device withdrawn = *device;
        withdrawn.withdrawnAt = m_t0;
        f.store->transact(tester(), [&](StoreWriter& writer) {
            writer.updateDevice(withdrawn);
            writer.audit({QStringLiteral("device.withdraw"), QStringLiteral("device"), withdrawn.id, {}, {}});
        });
        QCOMPARE(f.store->read().device(f.deviceId)->withdrawnAt, m_t0);
        QCOMPARE(f.store->read().devices().size(), 1u);
    }

    void schemaRefusesDuplicateIdentifiersAndShortHashes()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("device-rules"));
        core::Device d = *f.store->read().device(f.deviceId);
        d.id = 0;
        QVERIFY_THROWS_EXCEPTION(StorageError, f.store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertDevice(d);
            writer.audit({QStringLiteral("device.register"), QStringLiteral("device"), {}, {}, {}});
        }));
        d.identifier = QStringLiteral("other");
        d.tokenHash = QStringLiteral("abc");
        QVERIFY_THROWS_EXCEPTION(StorageError, f.store->transact(tester(), [&](StoreWriter& writer) {
            writer.insertDevice(d);
            writer.audit({QStringLiteral("device.register"), QStringLiteral("device"), {}, {}, {}});
        }));
    }

    // Positions are recorded without an audit record, and the feed gives them in stored order.
    void positionsFormAFeedWithoutAuditRecords()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("feed"));
        const qint64 audited = auditCount(*f.store);
        const core::Id before = f.store->read().newestPositionId();
        QCOMPARE(before, core::Id{0});
        core::Id first = 0;
        f.store->recordPositions([&](PositionWriter& writer) {
            QVERIFY(writer.now().isValid());
            first = *writer.insertPosition(fixAt(f, m_t0));
            core::PositionFix stale = fixAt(f, m_t0.addSecs(-60));
            stale.verdict = core::PositionVerdict::Stale;
            QVERIFY(writer.insertPosition(stale));
        });
        QCOMPARE(auditCount(*f.store), audited);
        const auto feed = f.store->read().positionsAfter(0, 10);
        QCOMPARE(feed.size(), 2u);
        QCOMPARE(feed[0].id, first);
        QVERIFY(feed[1].id > feed[0].id);
        QCOMPARE(f.store->read().newestPositionId(), feed[1].id);
        QCOMPARE(f.store->read().positionsAfter(first, 10).size(), 1u);
        const core::PositionFix& p = feed[0];
        QCOMPARE(p.fixAt, m_t0);
        QCOMPARE(p.location, (core::GeoPoint{121.47, 31.23}));
        QCOMPARE(*p.accuracyM, 8.5);
        QCOMPARE(*p.speedMps, 1.25);
        QCOMPARE(*p.headingDeg, 90.0);
        QCOMPARE(*p.altitudeM, 12.0);
        QCOMPARE(*p.batteryPercent, 77);
        QCOMPARE(p.verdict, core::PositionVerdict::Accepted);
        QCOMPARE(feed[1].verdict, core::PositionVerdict::Stale);
    }

    // An app that missed our answer sends its burst again: each fix is stored once.
    void aResentFixIsStoredOnce()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("resent"));
        f.store->recordPositions(
            [&](PositionWriter& writer) { QVERIFY(writer.insertPosition(fixAt(f, m_t0))); });
        f.store->recordPositions(
            [&](PositionWriter& writer) { QVERIFY(!writer.insertPosition(fixAt(f, m_t0))); });
        QCOMPARE(f.store->read().positionsAfter(0, 10).size(), 1u);
    }

    void refusedReportsAreNeverStoredAsPositions()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("refused"));
        core::PositionFix p = fixAt(f, m_t0);
        p.verdict = core::PositionVerdict::BadToken;
        QVERIFY_THROWS_EXCEPTION(StorageError, f.store->recordPositions([&](PositionWriter& writer) {
            writer.insertPosition(p);
        }));
        QCOMPARE(f.store->read().positionsAfter(0, 10).size(), 0u);
    }

    void theCurrentPositionOnlyMovesForward()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("forward"));
        f.store->recordPositions([&](PositionWriter& writer) {
            writer.moveResponder(f.responderId, {121.5, 31.2}, m_t0);
        });
        f.store->recordPositions([&](PositionWriter& writer) {
            writer.moveResponder(f.responderId, {121.0, 31.0}, m_t0.addSecs(-5));
        });
        auto r = f.store->read().responder(f.responderId);
        QCOMPARE(*r->lastPosition, (core::GeoPoint{121.5, 31.2}));
        QCOMPARE(r->positionAt, m_t0);
        f.store->recordPositions([&](PositionWriter& writer) {
            writer.moveResponder(f.responderId, {121.6, 31.3}, m_t0.addSecs(5));
        });
        r = f.store->read().responder(f.responderId);
        QCOMPARE(*r->lastPosition, (core::GeoPoint{121.6, 31.3}));
        QCOMPARE(r->positionAt, m_t0.addSecs(5));
    }

    void refusalsAreCountedByDayAndVerdict()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("refusals"));
        QDate today;
        f.store->recordPositions([&](PositionWriter& writer) {
            today = writer.now().toUTC().date();
            writer.countRefusal(core::PositionVerdict::BadToken, 1);
            writer.countRefusal(core::PositionVerdict::UnknownDevice, 2);
        });
        f.store->recordPositions(
            [&](PositionWriter& writer) { writer.countRefusal(core::PositionVerdict::BadToken, 2); });
        const auto counts = f.store->read().positionRefusals(today, today);
        QCOMPARE(counts.at(QStringLiteral("bad_token")), qint64{3});
        QCOMPARE(counts.at(QStringLiteral("unknown_device")), qint64{2});
        QVERIFY(!counts.contains(QStringLiteral("stale")));
        QVERIFY(f.store->read().positionRefusals(today.addDays(1), today.addDays(2)).empty());
    }

    void trailsFilterByResponderTimeAndVerdict()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("trail"));
        f.store->recordPositions([&](PositionWriter& writer) {
            for (int i = 0; i < 5; ++i) {
                core::PositionFix p = fixAt(f, m_t0.addSecs(i * 10));
                if (i == 3)
                    p.verdict = core::PositionVerdict::ImpossibleSpeed;
                writer.insertPosition(p);
            }
        });
        PositionQuery q;
        q.responderId = f.responderId;
        QCOMPARE(f.store->read().positions(q).size(), 5u);
        q.acceptedOnly = true;
        QCOMPARE(f.store->read().positions(q).size(), 4u);
        q.from = m_t0.addSecs(10);
        q.to = m_t0.addSecs(40);
        const auto slice = f.store->read().positions(q);
        QCOMPARE(slice.size(), 2u); // 10 and 20; 30 was impossible
        QCOMPARE(slice.front().fixAt, m_t0.addSecs(10));
        q.responderId = f.responderId + 1000;
        QVERIFY(f.store->read().positions(q).empty());
    }

    void purgeDeletesOlderPositionsOnly()
    {
        Fixture f = makeFixture(m_engine, QStringLiteral("purge"));
        f.store->recordPositions([&](PositionWriter& writer) {
            writer.insertPosition(fixAt(f, m_t0.addDays(-40)));
            writer.insertPosition(fixAt(f, m_t0.addDays(-31)));
            writer.insertPosition(fixAt(f, m_t0));
        });
        const core::Id newest = f.store->read().newestPositionId();
        qint64 purged = 0;
        f.store->transact(tester(), [&](StoreWriter& writer) {
            purged = writer.purgePositions(m_t0.addDays(-30));
            writer.audit({QStringLiteral("position.purge"), QStringLiteral("position"), {}, {}, {}});
        });
        QCOMPARE(purged, qint64{2});
        QCOMPARE(f.store->read().positionsAfter(0, 10).size(), 1u);
        // Ids are never reused after a purge: the feed stays in order.
        f.store->recordPositions(
            [&](PositionWriter& writer) { writer.insertPosition(fixAt(f, m_t0.addSecs(5))); });
        QVERIFY(f.store->read().newestPositionId() > newest);
    }

    void announcesStoredPositionsAfterCommit()
    {
        if (!m_engine.isPostgres())
            QSKIP("LISTEN/NOTIFY is PostgreSQL's; SQLite readers follow positionsAfter");
        Fixture f = makeFixture(m_engine, QStringLiteral("notify"));
        auto listener = PgConnection::connect(f.store->location());
        listener->execute("LISTEN xiuhua_position");
        f.store->recordPositions([&](PositionWriter& writer) { writer.insertPosition(fixAt(f, m_t0)); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.store->recordPositions([&](PositionWriter& writer) {
            writer.insertPosition(fixAt(f, m_t0.addSecs(1)));
            throw std::runtime_error("refused late");
        }));
        listener->execute("SELECT 1");
        QVERIFY(PQconsumeInput(listener->handle()) == 1);
        QStringList payloads;
        while (PGnotify* notification = PQnotifies(listener->handle())) {
            payloads << QString::fromUtf8(notification->extra);
            PQfreemem(notification);
        }
        QCOMPARE(payloads.size(), 1);
        QVERIFY2(payloads.front().contains(QLatin1String("\"position\":")), qPrintable(payloads.front()));
    }
};

QTEST_GUILESS_MAIN(TestPositionStore)
#include "test_position_store.moc"
