#include "core/entity_json.h"
#include "core/status_rules.h"
#include "dispatch/demo_data.h"
#include "dispatch/jurisdiction_import.h"
#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace xiuhua;
using namespace xiuhua::core;

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void placesMatchTheMap()
    {
        const geo::VectorSource map = geo::VectorSource::open(testing::bundledMap());
        const auto& read = m_demo->store->read();
        QCOMPARE(read.communities().size(), map.readLayer(QStringLiteral("communities")).size());
        QCOMPARE(read.posts().size(), map.readLayer(QStringLiteral("posts")).size());
        QCOMPARE(read.fireStations().size(), map.readLayer(QStringLiteral("fire_stations")).size());
        QCOMPARE(read.cameras().size(), map.readLayer(QStringLiteral("cameras")).size());
        QVERIFY(read.cameras().size() >= 40);
    }

    void oneResponsibleOfficerPerCommunity()
    {
        const auto& read = m_demo->store->read();
        std::set<Id> officers;
        for (const Community& community : read.communities()) {
            QVERIFY2(community.responsibleOfficerId, qPrintable(community.name));
            const auto officer = read.responder(*community.responsibleOfficerId);
            QVERIFY(officer);
            QCOMPARE(officer->kind, ResponderKind::CommunityOfficer);
            QVERIFY2(officers.insert(officer->id).second, "an officer is responsible for two communities");
            const auto post = std::find_if(read.posts().begin(), read.posts().end(),
                                           [&](const Post& p) { return p.id == officer->homePostId; });
            Q_UNUSED(post);
        }
    }

    void enoughResponders()
    {
        const auto responders = m_demo->store->read().responders();
        QVERIFY(responders.size() >= 40);
        const auto field = std::count_if(responders.begin(), responders.end(),
                                         [](const Responder& r) { return isFieldResponder(r.kind); });
        QVERIFY(field >= 40);
        std::set<ResponderKind> kinds;
        std::set<QString> badges;
        for (const Responder& responder : responders) {
            kinds.insert(responder.kind);
            QVERIFY(badges.insert(responder.badgeNo).second);
            QVERIFY(!responder.name.isEmpty());
        }
        for (ResponderKind kind :
             {ResponderKind::CommunityOfficer, ResponderKind::PatrolOfficer, ResponderKind::Auxiliary,
              ResponderKind::FireCrew, ResponderKind::Dispatcher, ResponderKind::Supervisor})
            QVERIFY(kinds.count(kind));
    }

    void historyWithAssignmentsAndTimelines()
    {
        const auto& read = m_demo->store->read();
        const auto incidents = read.incidents({});
        int closedWithAssignments = 0;
        for (const Incident& incident : incidents) {
            QVERIFY(incident.location);
            QVERIFY(incident.communityId);
            QVERIFY(!read.incidentEvents(incident.id).empty());
            if (incident.status == IncidentStatus::Closed) {
                QVERIFY(!incident.disposition.isEmpty());
                if (!read.assignmentsForIncident(incident.id).empty())
                    ++closedWithAssignments;
                for (const Assignment& assignment : read.assignmentsForIncident(incident.id))
                    QVERIFY(!isActive(assignment.status));
            }
        }
        QVERIFY(incidents.size() >= 30);
        QVERIFY(closedWithAssignments >= 30);
        storage::IncidentQuery open;
        open.openOnly = true;
        QVERIFY(read.incidents(open).size() >= 3);
    }

    void assignmentsOfManyIncidentsInOneQuery()
    {
        const auto& read = m_demo->store->read();
        std::vector<Id> ids;
        std::vector<Assignment> oneByOne;
        for (const Incident& incident : read.incidents({})) {
            ids.push_back(incident.id);
            for (const Assignment& assignment : read.assignmentsForIncident(incident.id))
                oneByOne.push_back(assignment);
        }
        const auto together = read.assignmentsForIncidents(ids);
        QCOMPARE(together.size(), oneByOne.size());
        QVERIFY(!together.empty());
        std::set<Id> a, b;
        for (const Assignment& x : together)
            a.insert(x.id);
        for (const Assignment& x : oneByOne)
            b.insert(x.id);
        QCOMPARE(a, b);
        QVERIFY(read.assignmentsForIncidents({}).empty());
    }

    void busyMeansAssigned()
    {
        const auto& read = m_demo->store->read();
        std::set<Id> assigned;
        for (const Assignment& assignment : read.activeAssignments())
            assigned.insert(assignment.responderId);
        for (const Responder& responder : read.responders())
            QCOMPARE(responder.status == ResponderStatus::Busy, assigned.count(responder.id) == 1);
    }

    void todaysShiftHasARoster()
    {
        const auto& read = m_demo->store->read();
        const auto shift = read.shiftAt(testing::fixedNow());
        QVERIFY(shift);
        QVERIFY(shift->supervisorId);
        QCOMPARE(shift->dispatcherIds.size(), 2u);
        QVERIFY(read.roster(shift->id).size() >= 30);
    }

    void markedAsDemo() { QVERIFY(dispatch::isDemoDatabase(m_demo->store->read())); }

    void deterministic()
    {
        testing::DemoFixture again(m_dir.filePath(QStringLiteral("again.sqlite")));
        const auto first = m_demo->store->read().incidents({});
        const auto second = again.store->read().incidents({});
        QCOMPARE(first.size(), second.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            QJsonObject a = toJson(first[i]);
            QJsonObject b = toJson(second[i]);
            QCOMPARE(a, b);
        }
        testing::DemoFixture otherSeed(m_dir.filePath(QStringLiteral("other.sqlite")), testing::fixedNow(),
                                       7);
        QVERIFY(toJson(otherSeed.store->read().incidents({}).front()) != toJson(first.front()));
    }

    void badJurisdictionWritesNothing()
    {
        auto store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("bad.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        QVERIFY_THROWS_EXCEPTION(geo::GeoError,
                                 dispatch::importJurisdiction(*store, testing::testOperator(),
                                                              m_dir.filePath(QStringLiteral("none.gpkg"))));
        QVERIFY(store->read().communities().empty());
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("audit_event")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
