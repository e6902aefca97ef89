#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/incident_service.h"
#include "dispatch/responder_service.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestAssignmentService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now;

    DispatchContext context()
    {
        return {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }};
    }

    Incident newIncident()
    {
        IncidentDraft draft;
        draft.category = QStringLiteral("fight");
        draft.location = GeoPoint{121.4760, 31.2330};
        draft.addressText = QStringLiteral("人民广场东侧");
        return IncidentService(context()).create(testing::testOperator(), draft);
    }

    std::vector<Responder> availableResponders(int count)
    {
        std::vector<Responder> result;
        for (const Responder& responder : m_demo->store->read().responders()) {
            if (isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available &&
                static_cast<int>(result.size()) < count)
                result.push_back(responder);
        }
        return result;
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<testing::DemoFixture>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        m_now = testing::fixedNow().addSecs(30);
    }

    void assignMakesResponderBusyAndIncidentDispatched()
    {
        const Incident incident = newIncident();
        const Responder responder = availableResponders(1).front();
        QSignalSpy respondersChanged(&m_demo->notifier, &ChangeNotifier::respondersChanged);
        m_now = m_now.addSecs(40);
        const Assignment assignment =
            AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id);
        QCOMPARE(assignment.status, AssignmentStatus::Dispatched);
        QCOMPARE(assignment.dispatchedAt, m_now);
        QCOMPARE(m_demo->store->read().responder(responder.id)->status, ResponderStatus::Busy);
        QCOMPARE(m_demo->store->read().incident(incident.id)->status, IncidentStatus::Dispatched);
        QCOMPARE(respondersChanged.count(), 1);
        const auto audit = m_demo->store->read().auditEvents(QStringLiteral("assignment"), assignment.id, 5);
        QCOMPARE(audit.size(), 1u);
    }

    void busyResponderCannotBeAssignedTwice()
    {
        const Incident first = newIncident();
        const Incident second = newIncident();
        const Responder responder = availableResponders(1).front();
        AssignmentService(context()).assign(testing::testOperator(), first.id, responder.id);
        const qint64 assignments = m_demo->store->read().rowCounts().at(QStringLiteral("assignment"));
        QVERIFY_THROWS_EXCEPTION(DispatchError, AssignmentService(context()).assign(testing::testOperator(),
                                                                                    second.id, responder.id));
        QCOMPARE(m_demo->store->read().rowCounts().at(QStringLiteral("assignment")), assignments);
        QCOMPARE(m_demo->store->read().incident(second.id)->status, IncidentStatus::New);
    }

    void staffCannotBeAssigned()
    {
        const Incident incident = newIncident();
        for (const Responder& responder : m_demo->store->read().responders()) {
            if (responder.kind == ResponderKind::Dispatcher) {
                QVERIFY_THROWS_EXCEPTION(
                    DispatchError,
                    AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id));
                return;
            }
        }
        QFAIL("the demo has no dispatcher");
    }

    void onSceneMovesTheIncidentAndClosingFreesEveryone()
    {
        const Incident incident = newIncident();
        const auto team = availableResponders(2);
        AssignmentService assignments(context());
        Assignment a = assignments.assign(testing::testOperator(), incident.id, team[0].id);
        Assignment b = assignments.assign(testing::testOperator(), incident.id, team[1].id);
        m_now = m_now.addSecs(200);
        a = assignments.advance(testing::testOperator(), a.id, AssignmentStatus::OnScene);
        QCOMPARE(a.onSceneAt, m_now);
        QCOMPARE(m_demo->store->read().incident(incident.id)->status, IncidentStatus::OnScene);
        QVERIFY_THROWS_EXCEPTION(
            DispatchError, assignments.advance(testing::testOperator(), a.id, AssignmentStatus::EnRoute));

        IncidentService(context()).changeStatus(testing::testOperator(), incident.id,
                                                IncidentStatus::Resolved, QStringLiteral("双方已调解"));
        for (const Assignment& assignment : m_demo->store->read().assignmentsForIncident(incident.id))
            QCOMPARE(assignment.status, AssignmentStatus::Cleared);
        QCOMPARE(m_demo->store->read().responder(team[0].id)->status, ResponderStatus::Available);
        QCOMPARE(m_demo->store->read().responder(team[1].id)->status, ResponderStatus::Available);
        Q_UNUSED(b);
    }

    void cancellingNeedsAReason()
    {
        const Incident incident = newIncident();
        const Responder responder = availableResponders(1).front();
        AssignmentService assignments(context());
        const Assignment assignment = assignments.assign(testing::testOperator(), incident.id, responder.id);
        QVERIFY_THROWS_EXCEPTION(DispatchError, assignments.advance(testing::testOperator(), assignment.id,
                                                                    AssignmentStatus::Cancelled));
        const Assignment cancelled =
            assignments.advance(testing::testOperator(), assignment.id, AssignmentStatus::Cancelled,
                                QStringLiteral("改派就近警力"));
        QCOMPARE(cancelled.cancelReason, QStringLiteral("改派就近警力"));
        QCOMPARE(m_demo->store->read().responder(responder.id)->status, ResponderStatus::Available);
    }

    void reassignIsOneTransaction()
    {
        const Incident incident = newIncident();
        const auto team = availableResponders(2);
        AssignmentService assignments(context());
        const Assignment first = assignments.assign(testing::testOperator(), incident.id, team[0].id);
        QVERIFY_THROWS_EXCEPTION(
            DispatchError, assignments.reassign(testing::testOperator(), first.id, team[1].id, QString()));
        // A refused new responder (busy) leaves the old assignment untouched: nothing half done.
        const Incident other = newIncident();
        assignments.assign(testing::testOperator(), other.id, team[1].id);
        QVERIFY_THROWS_EXCEPTION(DispatchError, assignments.reassign(testing::testOperator(), first.id,
                                                                     team[1].id, QStringLiteral("就近改派")));
        QCOMPARE(m_demo->store->read().assignment(first.id)->status, AssignmentStatus::Dispatched);
        QCOMPARE(m_demo->store->read().responder(team[0].id)->status, ResponderStatus::Busy);

        const Responder third = availableResponders(1).front();
        const Assignment created =
            assignments.reassign(testing::testOperator(), first.id, third.id, QStringLiteral("就近改派"));
        QCOMPARE(created.incidentId, incident.id);
        QCOMPARE(m_demo->store->read().assignment(first.id)->status, AssignmentStatus::Cancelled);
        QCOMPARE(m_demo->store->read().assignment(first.id)->cancelReason, QStringLiteral("就近改派"));
        QCOMPARE(m_demo->store->read().responder(team[0].id)->status, ResponderStatus::Available);
        QCOMPARE(m_demo->store->read().responder(third.id)->status, ResponderStatus::Busy);
    }

    void manualStatusRefusedWhileAssigned()
    {
        const Incident incident = newIncident();
        const Responder responder = availableResponders(1).front();
        AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id);
        ResponderService responders(context());
        QVERIFY_THROWS_EXCEPTION(DispatchError, responders.setStatus(testing::testOperator(), responder.id,
                                                                     ResponderStatus::MealBreak));
        const Responder other = availableResponders(1).front();
        const Responder updated =
            responders.setStatus(testing::testOperator(), other.id, ResponderStatus::MealBreak);
        QCOMPARE(updated.status, ResponderStatus::MealBreak);
        QCOMPARE(updated.statusSince, m_now);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentService)
#include "test_assignment_service.moc"
