#include "core/incident_number.h"
#include "core/status_rules.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/follow_up_service.h"
#include "dispatch/incident_service.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestIncidentService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now = testing::fixedNow();

    IncidentService service()
    {
        return IncidentService(
            {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }});
    }

    IncidentDraft validDraft() const
    {
        IncidentDraft draft;
        draft.category = QStringLiteral("burglary");
        draft.addressText = QStringLiteral("福州路 100 号 3 楼（后门）");
        draft.location = GeoPoint{121.4790, 31.2345};
        draft.callerName = QStringLiteral("王女士");
        draft.callerPhone = QStringLiteral("13812345678");
        return draft;
    }

    qint64 count(const char* table) const
    {
        return m_demo->store->read().rowCounts().at(QString::fromLatin1(table));
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<testing::DemoFixture>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        m_now = testing::fixedNow().addSecs(60);
    }

    void createsWithDefaultsAndAudit()
    {
        QSignalSpy changed(&m_demo->notifier, &ChangeNotifier::incidentsChanged);
        const qint64 auditBefore = count("audit_event");
        const Incident incident = service().create(testing::testOperator(), validDraft());
        QVERIFY(incident.id > 0);
        QCOMPARE(incident.status, IncidentStatus::New);
        QCOMPARE(incident.priority, Priority::P2); // burglary's default
        QVERIFY(incident.followUpRequired);
        QCOMPARE(incident.addressText, QStringLiteral("福州路 100 号 3 楼（后门）")); // kept as typed
        QVERIFY(incident.number.startsWith(QStringLiteral("20261126-")));
        QVERIFY(incident.shiftId); // inside today's day shift
        QCOMPARE(changed.count(), 1);

        const auto stored = m_demo->store->read().incident(incident.id);
        QVERIFY(stored);
        QCOMPARE(stored->number, incident.number);
        QCOMPARE(count("audit_event"), auditBefore + 1);
        const auto audit = m_demo->store->read().auditEvents(QStringLiteral("incident"), incident.id, 5);
        QCOMPARE(audit.front().action, QStringLiteral("incident.create"));
        QCOMPARE(audit.front().actorName, QStringLiteral("测试操作员"));
        QCOMPARE(m_demo->store->read().incidentEvents(incident.id).size(), 1u);
    }

    void numbersFollowTheLocalDay()
    {
        const Incident first = service().create(testing::testOperator(), validDraft());
        const Incident second = service().create(testing::testOperator(), validDraft());
        const auto a = parseIncidentNumber(first.number);
        const auto b = parseIncidentNumber(second.number);
        QVERIFY(a && b);
        QCOMPARE(b->sequence, a->sequence + 1);
    }

    void rejectsInvalidDraftsWithoutWriting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("no category") << "category";
        QTest::newRow("unknown category") << "unknown";
        QTest::newRow("no location") << "location";
        QTest::newRow("bad phone") << "phone";
        QTest::newRow("future time") << "time";
    }

    void rejectsInvalidDraftsWithoutWriting()
    {
        QFETCH(QString, field);
        IncidentDraft draft = validDraft();
        if (field == QLatin1String("category"))
            draft.category.clear();
        else if (field == QLatin1String("unknown"))
            draft.category = QStringLiteral("alien_abduction");
        else if (field == QLatin1String("location"))
            draft.location.reset();
        else if (field == QLatin1String("phone"))
            draft.callerPhone = QStringLiteral("12-34");
        else
            draft.receivedAt = m_now.addSecs(3600);
        const qint64 incidents = count("incident");
        const qint64 audit = count("audit_event");
        QVERIFY_THROWS_EXCEPTION(DispatchError, service().create(testing::testOperator(), draft));
        QCOMPARE(count("incident"), incidents);
        QCOMPARE(count("audit_event"), audit);
    }

    void phoneFormats()
    {
        QVERIFY(IncidentService::isPlausiblePhone(QStringLiteral("13812345678")));
        QVERIFY(IncidentService::isPlausiblePhone(QStringLiteral("021-63221234")));
        QVERIFY(IncidentService::isPlausiblePhone(QStringLiteral("+86 13812345678")));
        QVERIFY(!IncidentService::isPlausiblePhone(QStringLiteral("1381234567"))); // ten digits
        QVERIFY(!IncidentService::isPlausiblePhone(QStringLiteral("abc")));
    }

    void refusesInvalidTransitions()
    {
        const Incident incident = service().create(testing::testOperator(), validDraft());
        QVERIFY_THROWS_EXCEPTION(DispatchError, service().changeStatus(testing::testOperator(), incident.id,
                                                                       IncidentStatus::Closed));
        QCOMPARE(m_demo->store->read().incident(incident.id)->status, IncidentStatus::New);
        QVERIFY_THROWS_EXCEPTION(DispatchError,
                                 service().changeStatus(testing::testOperator(), incident.id,
                                                        IncidentStatus::Cancelled)); // no reason
    }

    void reopenIsAuditedAndNeedsAReason()
    {
        const Incident incident = service().create(testing::testOperator(), validDraft());
        service().changeStatus(testing::testOperator(), incident.id, IncidentStatus::Resolved,
                               QStringLiteral("已调解"));
        service().changeStatus(testing::testOperator(), incident.id, IncidentStatus::Closed);
        QVERIFY_THROWS_EXCEPTION(DispatchError, service().changeStatus(testing::testOperator(), incident.id,
                                                                       IncidentStatus::Dispatched));
        service().changeStatus(testing::testOperator(), incident.id, IncidentStatus::Dispatched,
                               QStringLiteral("报警人再次来电"));
        const auto audit = m_demo->store->read().auditEvents(QStringLiteral("incident"), incident.id, 1);
        QCOMPARE(audit.front().action, QStringLiteral("incident.reopen"));
        QVERIFY(audit.front().beforeJson.contains(QStringLiteral("\"status\":\"closed\"")));
        QCOMPARE(m_demo->store->read().incident(incident.id)->disposition, QStringLiteral("已调解"));
    }

    void closingAPreventableCrimeSchedulesAFollowUp()
    {
        IncidentDraft burglary = validDraft();
        burglary.communityId = m_demo->store->read().communities().front().id;
        const Incident incident = service().create(testing::testOperator(), burglary);
        IncidentOutcome outcome;
        outcome.dispositionCode = QStringLiteral("nonsense");
        QVERIFY_THROWS_EXCEPTION(DispatchError,
                                 service().resolve(testing::testOperator(), incident.id, outcome));
        outcome.dispositionCode = QStringLiteral("case_filed");
        outcome.narrative = QStringLiteral("门锁被撬，丢失现金约两千元");
        const Incident resolved = service().resolve(testing::testOperator(), incident.id, outcome);
        QCOMPARE(resolved.status, IncidentStatus::Resolved);
        QCOMPARE(resolved.dispositionCode, QStringLiteral("case_filed"));
        QCOMPARE(resolved.disposition,
                 QStringLiteral("已立案")); // the taxonomy's name when no summary is given
        QVERIFY(m_demo->store->read().followUpsForIncident(incident.id).empty());

        m_now = m_now.addSecs(600);
        service().changeStatus(testing::testOperator(), incident.id, IncidentStatus::Closed);
        const auto followUps = m_demo->store->read().followUpsForIncident(incident.id);
        QCOMPARE(followUps.size(), 1u);
        QCOMPARE(followUps.front().due, m_now.addDays(m_demo->taxonomy.followUpDays()));
        // 一居一警: the visit goes to the community's responsible officer.
        std::optional<Id> officer;
        for (const Community& community : m_demo->store->read().communities())
            if (community.id == incident.communityId)
                officer = community.responsibleOfficerId;
        QVERIFY(officer);
        QCOMPARE(followUps.front().officerId, officer);

        FollowUpService visits(
            {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }});
        QVERIFY_THROWS_EXCEPTION(DispatchError, visits.complete(testing::testOperator(), followUps.front().id,
                                                                QStringLiteral("ok"), 9));
        const FollowUp done = visits.complete(testing::testOperator(), followUps.front().id,
                                              QStringLiteral("已回访，安装了门磁报警"), 5);
        QCOMPARE(done.satisfaction, std::optional<int>(5));
        QVERIFY_THROWS_EXCEPTION(
            DispatchError, visits.complete(testing::testOperator(), done.id, QStringLiteral("again"), 4));
    }

    void correctionsKeepBeforeAndAfter()
    {
        const Incident incident = service().create(testing::testOperator(), validDraft());
        IncidentCorrection correction;
        correction.addressText = QStringLiteral("福州路 102 号");
        QVERIFY_THROWS_EXCEPTION(DispatchError,
                                 service().correct(testing::testOperator(), incident.id, correction));
        correction.reason = QStringLiteral("报警人更正门牌号");
        const Incident corrected = service().correct(testing::testOperator(), incident.id, correction);
        QCOMPARE(corrected.addressText, QStringLiteral("福州路 102 号"));
        const auto events = m_demo->store->read().incidentEvents(incident.id);
        QCOMPARE(events.back().kind, IncidentEventKind::Edit);
        QVERIFY(events.back().beforeJson.contains(QStringLiteral("福州路 100 号")));
        QVERIFY(events.back().afterJson.contains(QStringLiteral("福州路 102 号")));
        QVERIFY_THROWS_EXCEPTION(DispatchError,
                                 service().correct(testing::testOperator(), incident.id, correction));
    }

    void duplicateCallsJoinTheExistingIncident()
    {
        const Incident incident = service().create(testing::testOperator(), validDraft());
        const qint64 incidents = count("incident");
        IncidentDraft again = validDraft();
        again.callerName = QStringLiteral("李先生");
        again.callerPhone = QStringLiteral("13900001111");
        service().linkDuplicateCall(testing::testOperator(), incident.id, again);
        QCOMPARE(count("incident"), incidents);
        const auto events = m_demo->store->read().incidentEvents(incident.id);
        QVERIFY(events.back().text.contains(QStringLiteral("13900001111")));
        const auto audit = m_demo->store->read().auditEvents(QStringLiteral("incident"), incident.id, 1);
        QCOMPARE(audit.front().action, QStringLiteral("incident.duplicate_call"));
    }

    void notesAreAppendedToTheTimeline()
    {
        const Incident incident = service().create(testing::testOperator(), validDraft());
        service().addNote(testing::testOperator(), incident.id, QStringLiteral("报警人称嫌疑人穿黑色外套"));
        const auto events = m_demo->store->read().incidentEvents(incident.id);
        QCOMPARE(events.size(), 2u);
        QCOMPARE(events.back().kind, IncidentEventKind::Note);
        QVERIFY_THROWS_EXCEPTION(
            DispatchError, service().addNote(testing::testOperator(), incident.id, QStringLiteral("  ")));
        QVERIFY_THROWS_EXCEPTION(DispatchError,
                                 service().addNote(testing::testOperator(), 999999, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentService)
#include "test_incident_service.moc"
