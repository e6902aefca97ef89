// The duty page's domain: an officer, logged in with their own account, sees and answers their own
// assignment (and nothing else), asks for backup and records their follow-up visits; every answer
// is audited with the officer as actor.
#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/device_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/duty_service.h"
#include "dispatch/incident_service.h"
#include "dispatch/position_service.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

namespace {
const QString kPassword = QStringLiteral("duty-pass-2026");
}

class TestDutyService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now;
    Responder m_officer;
    Responder m_colleague;
    Actor m_dispatcher;
    Actor m_admin;
    Incident m_incident;
    Assignment m_assignment;

    DispatchContext context()
    {
        return {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }};
    }
    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    DutyService duty() { return DutyService(context(), PasswordHasher(PasswordHasher::minimum())); }

    Incident newIncident()
    {
        IncidentDraft draft;
        draft.category = QStringLiteral("dispute");
        draft.location = GeoPoint{121.4760, 31.2330};
        draft.addressText = QStringLiteral("福州路 100 号");
        draft.callerName = QStringLiteral("王女士");
        draft.callerPhone = QStringLiteral("13812345678");
        draft.description = QStringLiteral("邻里纠纷，双方在楼道争吵");
        return IncidentService(context()).create(m_dispatcher, draft);
    }

    Actor officerActor(const QString& login = QStringLiteral("duty01"))
    {
        const LoginResult result = duty().login(login, kPassword, QStringLiteral("duty 127.0.0.1"));
        if (result.status != LoginResult::Status::Success)
            qFatal("officer login refused");
        return result.actor;
    }

    void giveAccount(const Responder& responder, const QString& login)
    {
        AccountService(context(), PasswordHasher(PasswordHasher::minimum()))
            .create(m_admin, {responder.id, login, Role::Monitor}, kPassword);
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<testing::DemoFixture>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        m_now = testing::fixedNow().addSecs(60);
        m_dispatcher = testing::demoOperator(*m_demo, QStringLiteral("031601"));
        m_admin = testing::demoOperator(*m_demo, QStringLiteral("admin"));
        std::vector<Responder> available;
        for (const Responder& responder : reader().responders()) {
            if (isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available)
                available.push_back(responder);
        }
        QVERIFY(available.size() >= 2);
        m_officer = available[0];
        m_colleague = available[1];
        // A monitor's account: the officer may answer their own assignment, nothing more.
        giveAccount(m_officer, QStringLiteral("duty01"));
        giveAccount(m_colleague, QStringLiteral("duty02"));
        m_incident = newIncident();
        IncidentService(context()).addNote(m_dispatcher, m_incident.id, QStringLiteral("带上执法记录仪"));
        m_assignment = AssignmentService(context()).assign(m_dispatcher, m_incident.id, m_officer.id);
    }

    void viewShowsOwnAssignmentWithCallerMasked()
    {
        const DutyView view = duty().view(officerActor());
        QCOMPARE(view.officer.id, m_officer.id);
        QVERIFY(view.current);
        QCOMPARE(view.current->assignment.id, m_assignment.id);
        QCOMPARE(view.current->incident.number, m_incident.number);
        QCOMPARE(view.current->incident.callerName, QStringLiteral("王**"));
        QCOMPARE(view.current->incident.callerPhone, QStringLiteral("138****5678"));
        QCOMPARE(view.current->incident.addressText, QStringLiteral("福州路 100 号"));
        bool noteSeen = false;
        for (const IncidentEvent& note : view.current->notes) {
            QCOMPARE(note.kind, IncidentEventKind::Note);
            QVERIFY(!note.text.contains(QStringLiteral("13812345678")));
            noteSeen = noteSeen || note.text == QStringLiteral("带上执法记录仪");
        }
        QVERIFY(noteSeen);
        QVERIFY(!view.current->backupRequest);
        // The colleague has nothing to do.
        QVERIFY(!duty().view(officerActor(QStringLiteral("duty02"))).current);
    }

    void onSceneIsOneAuditedActionByTheOfficer()
    {
        const Actor officer = officerActor();
        QSignalSpy changed(&m_demo->notifier, &ChangeNotifier::incidentsChanged);
        m_now = m_now.addSecs(120);
        duty().act(officer, m_assignment.id, DutyAction::Acknowledge);
        m_now = m_now.addSecs(300);
        const Assignment onScene = duty().act(officer, m_assignment.id, DutyAction::OnScene);
        QCOMPARE(onScene.status, AssignmentStatus::OnScene);
        QCOMPARE(onScene.onSceneAt, m_now);
        QCOMPARE(reader().incident(m_incident.id)->status, IncidentStatus::OnScene);
        QCOMPARE(changed.count(), 2);
        const auto audit = reader().auditEvents(QStringLiteral("assignment"), m_assignment.id, 1);
        QCOMPARE(audit.size(), 1u);
        QCOMPARE(audit.front().actorId, std::optional<Id>(m_officer.id));
        QCOMPARE(audit.front().actorName, m_officer.name);
        QCOMPARE(audit.front().workstation, QStringLiteral("duty 127.0.0.1"));
        QVERIFY(audit.front().afterJson.contains(QStringLiteral("on_scene")));
        m_now = m_now.addSecs(600);
        QCOMPARE(duty().act(officer, m_assignment.id, DutyAction::Clear).status, AssignmentStatus::Cleared);
        QCOMPARE(reader().responder(m_officer.id)->status, ResponderStatus::Available);
        QVERIFY(!duty().view(officer).current);
        // An ended assignment is not answered again.
        QVERIFY_THROWS_EXCEPTION(DispatchError, duty().act(officer, m_assignment.id, DutyAction::OnScene));
    }

    void anotherOfficersAssignmentIsRefused()
    {
        const Actor colleague = officerActor(QStringLiteral("duty02"));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, duty().act(colleague, m_assignment.id, DutyAction::OnScene));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, duty().requestBackup(colleague, m_assignment.id, {}));
        // The own-assignment rule is no right to dispatch: a monitor's account cancels nothing.
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, AssignmentService(context()).advance(
                                                     colleague, m_assignment.id, AssignmentStatus::OnScene));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, AssignmentService(context()).advance(
                                                     officerActor(), m_assignment.id,
                                                     AssignmentStatus::Cancelled, QStringLiteral("x")));
        QCOMPARE(reader().assignment(m_assignment.id)->status, AssignmentStatus::Dispatched);
    }

    void deactivatedAccountEndsEverything()
    {
        const Actor officer = officerActor();
        const auto account = reader().operatorAccountOfResponder(m_officer.id);
        AccountService(context()).setActive(m_admin, account->id, false);
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, duty().view(officer));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, duty().act(officer, m_assignment.id, DutyAction::OnScene));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, AssignmentService(context()).advance(
                                                     officer, m_assignment.id, AssignmentStatus::OnScene));
        QCOMPARE(duty().login(QStringLiteral("duty01"), kPassword, QStringLiteral("duty x")).status,
                 LoginResult::Status::Refused);
    }

    void wrongPasswordsLockTheAccount()
    {
        LoginResult result;
        for (int i = 0; i < AccountService::maxFailedAttempts; ++i)
            result = duty().login(QStringLiteral("duty01"), QStringLiteral("wrong-password"),
                                  QStringLiteral("duty x"));
        QCOMPARE(result.status, LoginResult::Status::Locked);
        QCOMPARE(duty().login(QStringLiteral("duty01"), kPassword, QStringLiteral("duty x")).status,
                 LoginResult::Status::Locked);
    }

    void backupRequestAlertsUntilSomeoneIsSent()
    {
        const Actor officer = officerActor();
        QSignalSpy changed(&m_demo->notifier, &ChangeNotifier::incidentsChanged);
        m_now = m_now.addSecs(200);
        const BackupRequest request =
            duty().requestBackup(officer, m_assignment.id, QStringLiteral("对方持械"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().value<QList<qint64>>(), QList<qint64>{m_incident.id});
        const auto audit = reader().auditEvents(QStringLiteral("incident"), m_incident.id, 1);
        QCOMPARE(audit.front().action, QStringLiteral("incident.backup_request"));
        QCOMPARE(audit.front().actorId, std::optional<Id>(m_officer.id));
        const auto events = reader().incidentEvents(m_incident.id);
        const auto open = openBackupRequest(*reader().incident(m_incident.id),
                                            reader().assignmentsForIncident(m_incident.id), events);
        QVERIFY(open);
        QCOMPARE(open->assignmentId, m_assignment.id);
        QCOMPARE(open->note, QStringLiteral("对方持械"));
        QCOMPARE(open->at, request.at);
        QVERIFY(events.back().text.contains(QStringLiteral("对方持械")));
        QCOMPARE(events.back().actorId, std::optional<Id>(m_officer.id));
        QVERIFY(duty().view(officer).current->backupRequest);

        m_now = m_now.addSecs(30);
        AssignmentService(context()).assign(m_dispatcher, m_incident.id, m_colleague.id);
        QVERIFY(!openBackupRequest(*reader().incident(m_incident.id),
                                   reader().assignmentsForIncident(m_incident.id),
                                   reader().incidentEvents(m_incident.id)));
    }

    void followUpGivenToTheOfficerIsRecorded()
    {
        Id mine = 0;
        Id theirs = 0;
        m_demo->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            FollowUp visit;
            visit.incidentId = m_incident.id;
            visit.due = m_now.addDays(3);
            visit.officerId = m_officer.id;
            mine = writer.insertFollowUp(visit);
            visit.officerId = m_colleague.id;
            theirs = writer.insertFollowUp(visit);
            writer.audit({QStringLiteral("follow_up.create"), QStringLiteral("follow_up"), mine, {}, {}});
        });
        const Actor officer = officerActor();
        const DutyView view = duty().view(officer);
        QCOMPARE(view.followUps.size(), 1u);
        QCOMPARE(view.followUps.front().followUp.id, mine);
        QCOMPARE(view.followUps.front().incidentNumber, m_incident.number);
        const FollowUp done = duty().recordFollowUp(officer, mine, QStringLiteral("已调解，双方满意"), 5);
        QVERIFY(done.doneAt.isValid());
        QCOMPARE(reader().auditEvents(QStringLiteral("follow_up"), mine, 1).front().actorId,
                 std::optional<Id>(m_officer.id));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 duty().recordFollowUp(officer, theirs, QStringLiteral("x"), 3));
        QVERIFY(!reader().followUp(theirs)->doneAt.isValid());
    }

    void positionGoesThroughTheOfficersDevice()
    {
        PositionService positions(*m_demo->store, PositionRules::fromJurisdiction(reader()));
        PositionReport fix;
        fix.fixAt = QDateTime::currentDateTimeUtc();
        fix.location = {121.4750, 31.2320};
        fix.accuracyM = 12;
        QCOMPARE(positions.ingestForResponder(m_officer.id, {fix}).status,
                 PositionService::Status::UnknownDevice);
        QCOMPARE(reader().positions({}).size(), 0u);
        const auto registration =
            DeviceService(context()).registerDevice(m_admin, QStringLiteral("phone-duty01"), m_officer.id);
        const auto outcome = positions.ingestForResponder(m_officer.id, {fix});
        QCOMPARE(outcome.status, PositionService::Status::Stored);
        QCOMPARE(outcome.accepted, 1);
        const auto stored = reader().positions({});
        QCOMPARE(stored.size(), 1u);
        QCOMPARE(stored.front().deviceId, registration.device.id);
        QCOMPARE(stored.front().responderId, m_officer.id);
        QCOMPARE(reader().responder(m_officer.id)->lastPosition, std::optional<GeoPoint>(fix.location));
    }

    void actionCodes()
    {
        for (DutyAction action : {DutyAction::Acknowledge, DutyAction::OnScene, DutyAction::Clear})
            QCOMPARE(dutyActionFromCode(toCode(action)), std::optional<DutyAction>(action));
        QVERIFY(!dutyActionFromCode(u"cancel"));
    }
};

QTEST_GUILESS_MAIN(TestDutyService)
#include "test_duty_service.moc"
