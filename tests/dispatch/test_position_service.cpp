// Devices (registration, tokens, withdrawal, CSV import) and position intake with its verdicts.
#include "dispatch/csv_importer.h"
#include "dispatch/device_service.h"
#include "dispatch/device_token.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/position_service.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestPositionService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    int m_devices = 0;

    DispatchContext context() { return {*m_demo->store, m_demo->taxonomy, m_demo->notifier}; }
    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    qint64 auditCount() const { return reader().rowCounts().at(QStringLiteral("audit_event")); }
    Actor m_admin;
    Actor admin() const { return m_admin; }
    // A fresh responder (no positions yet) with a new device; returns the registration.
    DeviceService::Registration newDevice()
    {
        Id responderId = 0;
        m_demo->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            Responder r;
            r.badgeNo = QStringLiteral("0399%1").arg(++m_devices, 2, 10, QLatin1Char('0'));
            r.name = QStringLiteral("外勤%1").arg(m_devices);
            r.statusSince = QDateTime::currentDateTimeUtc();
            responderId = writer.insertResponder(r);
            writer.audit(
                {QStringLiteral("responder.create"), QStringLiteral("responder"), responderId, {}, {}});
        });
        return DeviceService(context()).registerDevice(admin(), QStringLiteral("phone-%1").arg(m_devices),
                                                       responderId);
    }
    PositionService intake()
    {
        return PositionService(*m_demo->store, PositionRules::fromJurisdiction(reader()));
    }
    static PositionReport report(const QDateTime& at, double lon = 121.4737, double lat = 31.2304)
    {
        PositionReport r;
        r.fixAt = at;
        r.location = {lon, lat};
        r.accuracyM = 10;
        r.batteryPercent = 80;
        return r;
    }
    static DeviceCredentials credentials(const DeviceService::Registration& reg)
    {
        return {reg.device.identifier, reg.token};
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        m_admin = testing::demoOperator(*m_demo, QStringLiteral("admin")); // the login is audited: once
    }

    void tokensAreRandomAndKeptAsHashes()
    {
        const QString a = DeviceToken::generate();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != DeviceToken::generate());
        QVERIFY(DeviceToken::isAcceptable(a));
        const QString hash = DeviceToken::hash(a);
        QCOMPARE(hash.size(), 64);
        QVERIFY(DeviceToken::matches(hash, a));
        // The last character changed (to one it is not: a random token ends in 'x' now and then).
        const QChar other = a.back() == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
        QVERIFY(!DeviceToken::matches(hash, a.left(31) + other));
        QVERIFY(!DeviceToken::matches(hash, QString()));
        QVERIFY(!DeviceToken::isAcceptable(QStringLiteral("short")));
        QVERIFY(!DeviceToken::isAcceptable(QStringLiteral("has/a/slash/in/it/0123")));
    }

    void registrationIsAuditedWithoutTheToken()
    {
        const qint64 before = auditCount();
        const auto reg = newDevice();
        QCOMPARE(auditCount(), before + 2); // the responder, then the device
        const auto records = reader().auditEvents(QStringLiteral("device"), reg.device.id, 5);
        QCOMPARE(records.size(), 1u);
        QCOMPARE(records.front().action, QStringLiteral("device.register"));
        QVERIFY(!records.front().afterJson.contains(reg.token));
        QVERIFY(!records.front().afterJson.contains(reg.device.tokenHash));
        QCOMPARE(reader().device(reg.device.id)->tokenHash, DeviceToken::hash(reg.token));
    }

    void onlyTheAdministratorRegistersAndASupervisorMayWithdraw()
    {
        const auto reg = newDevice();
        const Actor dispatcher = testing::demoOperator(*m_demo, QStringLiteral("031601"));
        const Actor supervisor = testing::demoOperator(*m_demo, QStringLiteral("031701"));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 DeviceService(context()).registerDevice(dispatcher, QStringLiteral("x-1"),
                                                                         reg.device.responderId));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 DeviceService(context()).withdraw(dispatcher, reg.device.id));
        QVERIFY_THROWS_EXCEPTION(DispatchError, DeviceService(context()).registerDevice(
                                                    admin(), reg.device.identifier, reg.device.responderId));
        const Device withdrawn = DeviceService(context()).withdraw(supervisor, reg.device.id);
        QVERIFY(!withdrawn.isActive());
        QVERIFY_THROWS_EXCEPTION(DispatchError, DeviceService(context()).withdraw(supervisor, reg.device.id));
    }

    void anAcceptedFixMovesTheResponderWithoutAnAuditRecord()
    {
        const auto reg = newDevice();
        const qint64 audited = auditCount();
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-2);
        const auto outcome = intake().ingest(credentials(reg), {report(at)});
        QCOMPARE(outcome.status, PositionService::Status::Stored);
        QCOMPARE(outcome.accepted, 1);
        QCOMPARE(*outcome.responderId, reg.device.responderId);
        QCOMPARE(auditCount(), audited);
        const auto responder = reader().responder(reg.device.responderId);
        QCOMPARE(*responder->lastPosition, (GeoPoint{121.4737, 31.2304}));
        QCOMPARE(responder->positionAt, at);
    }

    void refusedDevicesStoreNothingAndAreCounted()
    {
        const auto reg = newDevice();
        const Id newest = reader().newestPositionId();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto counts = [&] { return reader().positionRefusals(today, today); };
        const qint64 unknownBefore = counts()[QStringLiteral("unknown_device")];
        const qint64 badBefore = counts()[QStringLiteral("bad_token")];
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QCOMPARE(intake().ingest({QStringLiteral("nobody"), reg.token}, {report(at)}).status,
                 PositionService::Status::UnknownDevice);
        QCOMPARE(intake()
                     .ingest({reg.device.identifier, QStringLiteral("wrong-token-0123456789")}, {report(at)})
                     .status,
                 PositionService::Status::BadToken);
        QCOMPARE(reader().newestPositionId(), newest);
        QVERIFY(!reader().deviceByIdentifier(QStringLiteral("nobody")));
        QCOMPARE(counts()[QStringLiteral("unknown_device")], unknownBefore + 1);
        QCOMPARE(counts()[QStringLiteral("bad_token")], badBefore + 1);
        DeviceService(context()).withdraw(admin(), reg.device.id);
        QCOMPARE(intake().ingest(credentials(reg), {report(at)}).status, PositionService::Status::Withdrawn);
        QCOMPARE(reader().newestPositionId(), newest);
    }

    void implausibleFixesAreStoredButKeptOut()
    {
        const auto reg = newDevice();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(intake().ingest(credentials(reg), {report(now.addSecs(-60))}).accepted, 1);
        const auto kept = [&](const PositionReport& r) {
            return intake().ingest(credentials(reg), {r}).keptOut;
        };
        QCOMPARE(kept(report(now.addSecs(-120))), 1);                   // older than the newest
        QCOMPARE(kept(report(now.addSecs(3600))), 1);                   // from the future
        QCOMPARE(kept(report(now.addSecs(-50), 116.39, 39.90)), 1);     // Beijing: outside the area
        QCOMPARE(kept(report(now.addSecs(-55), 121.4737, 31.2504)), 1); // 2.2 km in 5 s
        const auto responder = reader().responder(reg.device.responderId);
        QCOMPARE(responder->positionAt, now.addSecs(-60));
        storage::PositionQuery q;
        q.responderId = reg.device.responderId;
        const auto trail = reader().positions(q);
        QCOMPARE(trail.size(), 5u);
        QCOMPARE(trail.back().verdict, PositionVerdict::Future);
        const QDate today = now.date();
        const auto counts = reader().positionRefusals(today, today);
        QVERIFY(counts.at(QStringLiteral("stale")) >= 1);
        QVERIFY(counts.at(QStringLiteral("impossible_speed")) >= 1);
        QVERIFY(counts.at(QStringLiteral("outside_area")) >= 1);
        QVERIFY(counts.at(QStringLiteral("future")) >= 1);
    }

    // A burst after a dead zone, in any order: each fix keeps its own time, the newest moves.
    void aBurstKeepsEachFixTime()
    {
        const auto reg = newDevice();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::vector<PositionReport> burst{report(now.addSecs(-30), 121.4740),
                                          report(now.addSecs(-90), 121.4730),
                                          report(now.addSecs(-60), 121.4735)};
        const auto outcome = intake().ingest(credentials(reg), burst);
        QCOMPARE(outcome.stored, 3);
        QCOMPARE(outcome.accepted, 3);
        storage::PositionQuery q;
        q.responderId = reg.device.responderId;
        const auto trail = reader().positions(q);
        QCOMPARE(trail.size(), 3u);
        QCOMPARE(trail[0].fixAt, now.addSecs(-90));
        QCOMPARE(trail[2].fixAt, now.addSecs(-30));
        QCOMPARE(reader().responder(reg.device.responderId)->positionAt, now.addSecs(-30));
        // Sent again because the answer was lost: nothing new.
        const auto again = intake().ingest(credentials(reg), burst);
        QCOMPARE(again.stored, 0);
        QCOMPARE(again.duplicate, 3);
        QCOMPARE(reader().positions(q).size(), 3u);
    }

    void purgeIsAnAuditedAction()
    {
        const auto reg = newDevice();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        intake().ingest(credentials(reg), {report(now.addDays(-45)), report(now.addDays(-1))});
        DispatchContext ctx = context();
        const qint64 purged = purgePositionHistory(ctx, testing::testOperator(), 30);
        QVERIFY(purged >= 1);
        const auto records = reader().auditEvents(QStringLiteral("position"), std::nullopt, 1);
        QCOMPARE(records.front().action, QStringLiteral("position.purge"));
        QVERIFY(records.front().afterJson.contains(QLatin1String("\"retention_days\":30")));
        const Actor dispatcher = testing::demoOperator(*m_demo, QStringLiteral("031601"));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, purgePositionHistory(ctx, dispatcher, 30));
    }

    void devicesImportAllOrNothing()
    {
        const QString token = QStringLiteral("Imp0rtedTokenAAAAAAAAAAAA");
        const QByteArray good =
            QStringLiteral("设备号,警号,令牌\nimp-1,031601,%1\nimp-2,031602,%1B\n").arg(token).toUtf8();
        const QByteArray bad =
            QStringLiteral("device_id,badge_no,token\nimp-3,031601,%1C\nimp-4,999999,%1D\n")
                .arg(token)
                .toUtf8();
        CsvImporter importer(context());
        const ImportReport refused = importer.run(admin(), CsvImportKind::Devices, bad, {});
        QCOMPARE(refused.written, 0);
        QCOMPARE(refused.rejects.size(), 1u);
        QVERIFY(!reader().deviceByIdentifier(QStringLiteral("imp-3")));
        const ImportReport done = importer.run(admin(), CsvImportKind::Devices, good, {});
        QCOMPARE(done.written, 2);
        const auto device = reader().deviceByIdentifier(QStringLiteral("imp-1"));
        QVERIFY(device);
        QVERIFY(DeviceToken::matches(device->tokenHash, token));
        QCOMPARE(reader().responder(device->responderId)->badgeNo, QStringLiteral("031601"));
    }
};

QTEST_GUILESS_MAIN(TestPositionService)
#include "test_position_service.moc"
