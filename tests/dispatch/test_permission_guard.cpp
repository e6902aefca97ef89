#include "dispatch/account_service.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/follow_up_service.h"
#include "dispatch/incident_service.h"
#include "dispatch/permission_guard.h"
#include "dispatch/personal_data_service.h"
#include "dispatch/responder_service.h"
#include "dispatch/settings_service.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

// Permissions are enforced in the services: each refused call throws ForbiddenError before
// anything is written (row counts, accounts, settings and the audit log stay as they were).
class TestPermissionGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<testing::DemoFixture> m_demo;

    DispatchContext context() { return {*m_demo->store, m_demo->taxonomy, m_demo->notifier}; }
    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    Actor actorOf(const QString& login) const
    {
        const auto account = reader().operatorAccountByLogin(login);
        return {account->responderId, reader().responder(account->responderId)->name,
                QStringLiteral("test-ws")};
    }
    Actor fieldOfficer() const
    {
        for (const Responder& r : reader().responders()) {
            if (r.kind == ResponderKind::PatrolOfficer)
                return {r.id, r.name, QStringLiteral("test-ws")};
        }
        qFatal("no patrol officer");
    }
    QString snapshot() const
    {
        QStringList parts;
        for (const auto& [table, count] : reader().rowCounts())
            parts << QStringLiteral("%1=%2").arg(table).arg(count);
        parts << QStringLiteral("accounts=%1").arg(reader().operatorAccounts().size());
        parts << reader().meta(StatusThresholds::metaKey()).value_or(QString());
        return parts.join(QLatin1Char(' '));
    }
    IncidentDraft draft() const
    {
        IncidentDraft d;
        d.category = QStringLiteral("theft");
        d.addressText = QStringLiteral("南京东路 200 号");
        d.location = GeoPoint{121.4790, 31.2345};
        d.callerName = QStringLiteral("王女士");
        d.callerPhone = QStringLiteral("13812345678");
        return d;
    }
    Incident openIncident() const
    {
        storage::IncidentQuery query;
        query.openOnly = true;
        return reader().incidents(query).front();
    }
    Responder availableResponder() const
    {
        for (const Responder& r : reader().responders()) {
            if (isFieldResponder(r.kind) && r.status == ResponderStatus::Available)
                return r;
        }
        qFatal("nobody available");
    }
    // Every mutating call a console makes, as `actor`; each must be refused.
    void expectAllRefused(const Actor& actor)
    {
        const QString before = snapshot();
        const Incident incident = openIncident();
        const Responder responder = availableResponder();
        StatusThresholds thresholds = StatusThresholds::load(reader());
        thresholds.onSceneSeconds += 60;
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, IncidentService(context()).create(actor, draft()));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 IncidentService(context()).addNote(actor, incident.id, QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 IncidentService(context()).changeStatus(
                                     actor, incident.id, IncidentStatus::Cancelled, QStringLiteral("test")));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 IncidentService(context()).linkDuplicateCall(actor, incident.id, draft()));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 AssignmentService(context()).assign(actor, incident.id, responder.id));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError, ResponderService(context()).setStatus(
                                                     actor, responder.id, ResponderStatus::MealBreak));
        QVERIFY_THROWS_EXCEPTION(
            ForbiddenError, ResponderService(context()).reportPosition(actor, responder.id, {121.48, 31.23}));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 SettingsService(context()).setStatusThresholds(actor, thresholds));
        const auto followUps = reader().openFollowUps();
        if (!followUps.empty())
            QVERIFY_THROWS_EXCEPTION(
                ForbiddenError,
                FollowUpService(context()).complete(actor, followUps.front().id, QStringLiteral("x"), 4));
        QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                 PersonalDataService(context()).revealCaller(actor, incident.id));
        QCOMPARE(snapshot(), before);
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<testing::DemoFixture>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
    }

    void rolesComeFromTheStore()
    {
        QCOMPARE(roleOf(reader(), actorOf(QStringLiteral("031601"))), std::optional<Role>(Role::Dispatcher));
        // The name and workstation a caller passes change nothing.
        Actor claimed = actorOf(QStringLiteral("031601"));
        claimed.name = QStringLiteral("管理员");
        QCOMPARE(roleOf(reader(), claimed), std::optional<Role>(Role::Dispatcher));
        QVERIFY(!roleOf(reader(), fieldOfficer()));
        QVERIFY(isPermitted(reader(), testing::testOperator(), Permission::ManageAccounts)); // system
    }

    void monitorChangesNothing() { expectAllRefused(actorOf(QStringLiteral("monitor"))); }

    void responderWithoutAccountChangesNothing() { expectAllRefused(fieldOfficer()); }

    void deactivatedAccountChangesNothing()
    {
        const Id account = reader().operatorAccountByLogin(QStringLiteral("031604"))->id;
        AccountService(context(), PasswordHasher(PasswordHasher::minimum()))
            .setActive(actorOf(QStringLiteral("admin")), account, false);
        expectAllRefused(actorOf(QStringLiteral("031604")));
    }

    void administratorDoesNotDispatch()
    {
        const QString before = snapshot();
        QVERIFY_THROWS_EXCEPTION(
            ForbiddenError, IncidentService(context()).create(actorOf(QStringLiteral("admin")), draft()));
        QCOMPARE(snapshot(), before);
    }

    void dispatcherWorksButCannotChangeSettings()
    {
        const Actor dispatcher = actorOf(QStringLiteral("031601"));
        const Incident created = IncidentService(context()).create(dispatcher, draft());
        AssignmentService(context()).assign(dispatcher, created.id, availableResponder().id);

        StatusThresholds thresholds = StatusThresholds::load(reader());
        thresholds.onSceneSeconds += 60;
        const QString before = snapshot();
        try {
            SettingsService(context()).setStatusThresholds(dispatcher, thresholds);
            QFAIL("a dispatcher changed the settings");
        } catch (const ForbiddenError& error) {
            QVERIFY(error.message().contains(displayName(Role::Dispatcher)));
        }
        QCOMPARE(snapshot(), before);
        QVERIFY(
            SettingsService(context()).setStatusThresholds(actorOf(QStringLiteral("031701")), thresholds));
    }

    void assignedOfficerRecordsOwnFollowUp()
    {
        const auto followUps = reader().openFollowUps();
        QVERIFY(!followUps.empty());
        const FollowUp followUp = followUps.front();
        QVERIFY(followUp.officerId);
        const Responder officer = *reader().responder(*followUp.officerId);
        const FollowUp done =
            FollowUpService(context()).complete({officer.id, officer.name, QStringLiteral("mobile-terminal")},
                                                followUp.id, QStringLiteral("已回访"), 5);
        QVERIFY(done.doneAt.isValid());
    }

    void revealingCallerDataIsAudited()
    {
        const Incident incident = openIncident();
        const qint64 audits = reader().rowCounts().at(QStringLiteral("audit_event"));
        const CallerDetails clear =
            PersonalDataService(context()).revealCaller(actorOf(QStringLiteral("031601")), incident.id);
        QCOMPARE(clear.phone, incident.callerPhone);
        QCOMPARE(reader().rowCounts().at(QStringLiteral("audit_event")), audits + 1);
        const AuditEvent event = reader().auditEvents(QStringLiteral("incident"), incident.id, 1).front();
        QCOMPARE(event.action, QStringLiteral("personal_data.view"));
        QVERIFY(!event.afterJson.contains(incident.callerPhone));
        QCOMPARE(PersonalDataService::masked(incident).phone.count(QLatin1Char('*')) > 0,
                 !incident.callerPhone.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPermissionGuard)
#include "test_permission_guard.moc"
