// TransferService: a 110 transfer becomes one incident, written with its record under the centre;
// a number on file is answered, never filed twice; a malformed document is refused and kept. Run on
// SQLite (test_transfer_service) and PostgreSQL (test_transfer_service_postgres).
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/transfer_answer.h"
#include "dispatch/transfer_service.h"
#include "geo/gazetteer.h"
#include "storage/store_engine.h" // tests/storage

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <latch>
#include <thread>

using namespace xiuhua;
using dispatch::TransferResult;
using Outcome = dispatch::TransferResult::Outcome;

namespace {

core::Taxonomy taxonomy()
{
    return core::Taxonomy::fromFile(
        QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
}

// A tiny jurisdiction: one community (a box round People's Square), two roads, their crossing, a post.
std::shared_ptr<const geo::Gazetteer> gazetteer(core::Id community)
{
    auto g = std::make_shared<geo::Gazetteer>();
    g->add({QStringLiteral("福州路"), geo::GazetteerKind::Road, 121.4800, 31.2340, community, 0});
    g->add({QStringLiteral("西藏中路"), geo::GazetteerKind::Road, 121.4760, 31.2320, community, 0});
    g->addIntersection(QStringLiteral("西藏中路"), QStringLiteral("福州路"), 121.4761, 31.2338, community);
    g->add({QStringLiteral("福州路警务室"), geo::GazetteerKind::Post, 121.4790, 31.2341, community, 0});
    return g;
}

QByteArray documentBytes(const QString& number, const QString& address, const QString& category = "burglary")
{
    return QJsonDocument(QJsonObject{{"format", "xiuhua.transfer110/1"},
                                     {"transfer_number", number},
                                     {"received_at", "2026-12-06T09:41:07+08:00"},
                                     {"caller_phone", "13812345678"},
                                     {"caller_name", "王女士"},
                                     {"address", address},
                                     {"category", category},
                                     {"notes", "报警人称楼下商铺卷帘门被撬"},
                                     {"call_taker", "J0417"}})
        .toJson();
}

} // namespace

class TestTransferService : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    core::Taxonomy m_taxonomy = taxonomy();
    dispatch::ChangeNotifier m_notifier;
    std::unique_ptr<storage::Store> m_store;
    core::Id m_community = 0;
    core::Actor m_centre =
        dispatch::TransferService::centreActor(QStringLiteral("city110"), "station-server");

    dispatch::TransferService service(storage::Store& store)
    {
        const core::Id community = m_community;
        dispatch::TransferGeocoder geocoder(gazetteer(community), [community](const core::GeoPoint& p) {
            const bool inside = p.lon > 121.46 && p.lon < 121.49 && p.lat > 31.22 && p.lat < 31.24;
            return inside ? std::optional<core::Id>(community) : std::nullopt;
        });
        return dispatch::TransferService({store, m_taxonomy, m_notifier}, std::move(geocoder));
    }

private slots:
    void initTestCase() { XIUHUA_REQUIRE_ENGINE(m_engine); }

    void init()
    {
        static int round = 0;
        m_store = m_engine.create(QStringLiteral("transfer%1").arg(++round));
        m_store->transact(m_centre, [&](storage::StoreWriter& writer) {
            m_community = writer.insertCommunity({0,
                                                  QStringLiteral("福州居委会"),
                                                  {},
                                                  QStringLiteral("POLYGON((121.46 31.22,121.49 31.22,121.49 "
                                                                 "31.24,121.46 31.24,121.46 31.22))"),
                                                  0,
                                                  0,
                                                  std::nullopt});
            writer.audit(
                {QStringLiteral("community.create"), QStringLiteral("community"), m_community, {}, {}});
        });
    }

    void filesOneIncidentWithItsRecordUnderTheCentre()
    {
        QSignalSpy changed(&m_notifier, &dispatch::ChangeNotifier::incidentsChanged);
        const TransferResult result = service(*m_store).receive(
            m_centre,
            documentBytes(QStringLiteral("SH110-1"), QStringLiteral("黄浦区西藏中路与福州路交叉口")),
            QStringLiteral("city110"));
        QCOMPARE(result.outcome, Outcome::Created);
        QVERIFY(result.locationConfirmed);
        QVERIFY2(result.checks.isEmpty(), qPrintable(result.checks.join('\n')));
        const auto incident = m_store->read().incident(result.incidentId);
        QVERIFY(incident);
        QCOMPARE(incident->number, result.incidentNumber);
        QCOMPARE(incident->source, core::IncidentSource::Transfer110);
        QVERIFY(incident->transfer);
        QCOMPARE(incident->transfer->number, QStringLiteral("SH110-1"));
        QCOMPARE(incident->transfer->callTaker, QStringLiteral("J0417"));
        QCOMPARE(incident->transfer->origin, QStringLiteral("city110"));
        QCOMPARE(incident->transfer->receivedAt, QDateTime(QDate(2026, 12, 6), QTime(1, 41, 7), Qt::UTC));
        QCOMPARE(incident->callerName, QStringLiteral("王女士"));
        QCOMPARE(incident->matchedAddress, QStringLiteral("西藏中路/福州路"));
        QCOMPARE(incident->location, std::optional<core::GeoPoint>(core::GeoPoint{121.4761, 31.2338}));
        QCOMPARE(incident->communityId, m_community);
        QVERIFY(!incident->locationUnconfirmed);
        QCOMPARE(incident->priority, core::Priority::P2); // burglary's default
        QCOMPARE(incident->description, QStringLiteral("报警人称楼下商铺卷帘门被撬"));
        const auto audit = m_store->read().auditEvents(QStringLiteral("incident"), result.incidentId, 10);
        QCOMPARE(audit.size(), 1u);
        QCOMPARE(audit.front().action, QStringLiteral("incident.transfer_110"));
        QCOMPARE(audit.front().actorName, m_centre.name);
        QVERIFY(!audit.front().actorId);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_store->verifyAuditChain().ok);
    }

    void aNumberOnFileIsAnsweredNeverFiledTwice()
    {
        auto transfers = service(*m_store);
        const QByteArray document = documentBytes(QStringLiteral("SH110-2"), QStringLiteral("福州路警务室"));
        const TransferResult first = transfers.receive(m_centre, document, QStringLiteral("city110"));
        QCOMPARE(first.outcome, Outcome::Created);
        const qint64 records = m_store->read().rowCounts().at(QStringLiteral("audit_event"));
        const TransferResult again = transfers.receive(m_centre, document, QStringLiteral("folder"));
        QCOMPARE(again.outcome, Outcome::Duplicate);
        QCOMPARE(again.incidentId, first.incidentId);
        QCOMPARE(again.incidentNumber, first.incidentNumber);
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("incident")), qint64{1});
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("audit_event")), records);
    }

    // Two deliveries of one number at the same moment (the folder and the endpoint, two servers):
    // one incident; the other is told it is a duplicate.
    void twoDeliveriesAtOnceMakeOneIncident()
    {
        const QString location = m_store->location();
        const QByteArray document = documentBytes(QStringLiteral("SH110-3"), QStringLiteral("福州路警务室"));
        std::vector<Outcome> outcomes(2);
        std::latch start(2);
        std::vector<std::thread> threads;
        for (int i = 0; i < 2; ++i) {
            threads.emplace_back([&, i] {
                auto store = m_engine.open(location);
                dispatch::ChangeNotifier notifier;
                const core::Id community = m_community;
                dispatch::TransferService transfers(
                    {*store, m_taxonomy, notifier},
                    dispatch::TransferGeocoder(gazetteer(community), [community](const core::GeoPoint&) {
                        return std::optional<core::Id>(community);
                    }));
                start.arrive_and_wait();
                outcomes[static_cast<std::size_t>(i)] =
                    transfers.receive(m_centre, document, QStringLiteral("city110")).outcome;
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        std::sort(outcomes.begin(), outcomes.end());
        QCOMPARE(outcomes, (std::vector<Outcome>{Outcome::Created, Outcome::Duplicate}));
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("incident")), qint64{1});
    }

    void aMalformedDocumentIsRefusedAndKept()
    {
        QJsonObject object = QJsonDocument::fromJson(documentBytes("SH110-4", "福州路")).object();
        object.remove(QStringLiteral("address"));
        const QByteArray document = QJsonDocument(object).toJson();
        const TransferResult result =
            service(*m_store).receive(m_centre, document, QStringLiteral("city110"));
        QCOMPARE(result.outcome, Outcome::Rejected);
        QVERIFY(result.reason.contains(QStringLiteral("address")));
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("incident")), qint64{0});
        const auto kept = m_store->read().rejectedTransfers(10);
        QCOMPARE(kept.size(), 1u);
        QCOMPARE(kept.front().id, result.rejectedId);
        QCOMPARE(kept.front().document, document);
        QCOMPARE(kept.front().reason, result.reason);
        QCOMPARE(kept.front().transferNumber, QStringLiteral("SH110-4"));
        QCOMPARE(kept.front().origin, QStringLiteral("city110"));
        // Its record names it without its contents (the caller's name and phone are in the document).
        const auto audit =
            m_store->read().auditEvents(QStringLiteral("rejected_transfer"), result.rejectedId, 1);
        QCOMPARE(audit.size(), 1u);
        QCOMPARE(audit.front().action, QStringLiteral("transfer.reject"));
        QVERIFY(!audit.front().afterJson.contains(QStringLiteral("王")));
        QVERIFY(!audit.front().afterJson.contains(QStringLiteral("138")));
    }

    void garbageIsKeptAsItArrived()
    {
        const QByteArray garbage("\x00\xff{{{", 6);
        const TransferResult result = service(*m_store).receive(m_centre, garbage, QStringLiteral("folder"));
        QCOMPARE(result.outcome, Outcome::Rejected);
        QCOMPARE(m_store->read().rejectedTransfers(1).front().document, garbage);
    }

    // Not placed exactly: placed at the road and flagged, or not placed at all and flagged; never a
    // silent guess.
    void saysWhenTheLocationIsUnconfirmed_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("placed");
        QTest::newRow("house number on a road") << QStringLiteral("上海市黄浦区福州路100号") << true;
        QTest::newRow("side of a road") << QStringLiteral("福州路东侧") << true;
        QTest::newRow("unknown place") << QStringLiteral("浦东新区世纪大道1号") << false;
    }

    void saysWhenTheLocationIsUnconfirmed()
    {
        QFETCH(QString, address);
        QFETCH(bool, placed);
        const TransferResult result =
            service(*m_store).receive(m_centre, documentBytes(QStringLiteral("SH110-5"), address), "city110");
        QCOMPARE(result.outcome, Outcome::Created);
        QVERIFY(!result.locationConfirmed);
        QVERIFY(!result.checks.isEmpty());
        const auto incident = m_store->read().incident(result.incidentId);
        QVERIFY(incident->locationUnconfirmed);
        QCOMPARE(incident->location.has_value(), placed);
        QCOMPARE(incident->addressText, address); // kept as the centre wrote it
        // The dispatcher reads why on the incident's timeline.
        bool noted = false;
        for (const core::IncidentEvent& event : m_store->read().incidentEvents(result.incidentId))
            noted = noted || event.text == result.checks.front();
        QVERIFY(noted);
    }

    void theCentresPointInsideTheJurisdictionIsConfirmed()
    {
        QJsonObject object = QJsonDocument::fromJson(documentBytes("SH110-6", "某小区门口")).object();
        object[QStringLiteral("lon")] = 121.4750;
        object[QStringLiteral("lat")] = 31.2300;
        const TransferResult result =
            service(*m_store).receive(m_centre, QJsonDocument(object).toJson(), QStringLiteral("city110"));
        QCOMPARE(result.outcome, Outcome::Created);
        QVERIFY(result.locationConfirmed);
        QCOMPARE(m_store->read().incident(result.incidentId)->location,
                 std::optional<core::GeoPoint>(core::GeoPoint{121.4750, 31.2300}));

        object[QStringLiteral("transfer_number")] = QStringLiteral("SH110-7");
        object[QStringLiteral("lon")] = 121.6; // Pudong: not ours
        const TransferResult outside =
            service(*m_store).receive(m_centre, QJsonDocument(object).toJson(), QStringLiteral("city110"));
        QVERIFY(!outside.locationConfirmed);
        QVERIFY(!m_store->read().incident(outside.incidentId)->location);
    }

    // What POST /api/110/transfers answers for each outcome.
    void answersForTheEndpoint()
    {
        auto transfers = service(*m_store);
        const QByteArray document = documentBytes(QStringLiteral("SH110-10"), QStringLiteral("福州路警务室"));
        const auto created = dispatch::transferAnswer(transfers.receive(m_centre, document, "key:city110"));
        QCOMPARE(created.status, 201);
        const QJsonObject body = QJsonDocument::fromJson(created.body).object();
        QCOMPARE(body.value("outcome").toString(), QStringLiteral("created"));
        QVERIFY(body.value("incident").toString().contains(QLatin1Char('-')));
        QVERIFY(!created.body.contains("13812345678"));
        const auto again = dispatch::transferAnswer(transfers.receive(m_centre, document, "key:city110"));
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value("incident"), body.value("incident"));
        const auto refused = dispatch::transferAnswer(transfers.receive(m_centre, "{}", "key:city110"));
        QCOMPARE(refused.status, 422);
        QVERIFY(QJsonDocument::fromJson(refused.body).object().value("reason").toString().contains("format"));

        QVERIFY(dispatch::sameKey("s3cret-key", "s3cret-key"));
        QVERIFY(!dispatch::sameKey("s3cret-kez", "s3cret-key"));
        QVERIFY(!dispatch::sameKey("s3cret", "s3cret-key"));
        QVERIFY(!dispatch::sameKey("s3cret-key-longer", "s3cret-key"));
        QVERIFY(!dispatch::sameKey("", ""));
    }

    void categoriesAreTheTaxonomysCodes()
    {
        auto transfers = service(*m_store);
        const TransferResult sub =
            transfers.receive(m_centre, documentBytes("SH110-8", "福州路警务室", "home_burglary"), "city110");
        QCOMPARE(m_store->read().incident(sub.incidentId)->category, QStringLiteral("burglary"));
        QCOMPARE(m_store->read().incident(sub.incidentId)->subcategory, QStringLiteral("home_burglary"));
        QVERIFY(sub.checks.isEmpty());

        // An unknown code never loses the call: filed for the dispatcher to correct, not low priority.
        const TransferResult unknown =
            transfers.receive(m_centre, documentBytes("SH110-9", "福州路警务室", "xyz_99"), "city110");
        QCOMPARE(unknown.outcome, Outcome::Created);
        const auto incident = m_store->read().incident(unknown.incidentId);
        QCOMPARE(incident->category, QStringLiteral("assistance"));
        QCOMPARE(incident->priority, core::Priority::P2);
        QCOMPARE(unknown.checks.size(), 1);
        QVERIFY(unknown.checks.front().contains(QStringLiteral("xyz_99")));
    }
};

QTEST_GUILESS_MAIN(TestTransferService)
#include "test_transfer_service.moc"
