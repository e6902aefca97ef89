#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/incident_service.h"
#include "storage/store_engine.h"
#include "test_support.h"

#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

// Two seats, each with its own connection to one database (a file, or with XIUHUA_STORE_ENGINE=postgres
// a PostgreSQL database), open the same incident. One changes it; the other's correction or status
// change, made from what its form was loaded with, must be refused with a message naming what changed
// and who changed it — never a lost update — and must write nothing.
class TestStaleChange : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    core::Taxonomy m_taxonomy = testing::bundledTaxonomy();
    ChangeNotifier m_notifier;
    std::unique_ptr<storage::Store> m_seatA;
    std::unique_ptr<storage::Store> m_seatB;
    const Actor m_operatorA{std::nullopt, QStringLiteral("张调度"), QStringLiteral("seat-a")};
    const Actor m_operatorB{std::nullopt, QStringLiteral("李调度"), QStringLiteral("seat-b")};

    IncidentService service(storage::Store& store)
    {
        return IncidentService({store, m_taxonomy, m_notifier});
    }

    Incident newIncident()
    {
        IncidentDraft draft;
        draft.category = QStringLiteral("dispute");
        draft.addressText = QStringLiteral("福州路 100 号");
        draft.location = GeoPoint{121.4790, 31.2345};
        draft.description = QStringLiteral("邻里纠纷");
        return service(*m_seatA).create(m_operatorA, draft);
    }

private slots:
    void initTestCase()
    {
        XIUHUA_REQUIRE_ENGINE(m_engine);
        const QString location = m_engine.newLocation(QStringLiteral("stale"));
        m_seatA = m_engine.open(location);
        m_seatB = m_engine.open(location);
        m_seatA->transact(m_operatorA, [](storage::StoreWriter& writer) {
            Responder officer;
            officer.kind = ResponderKind::PatrolOfficer;
            officer.badgeNo = QStringLiteral("031999");
            officer.name = QStringLiteral("王警官");
            officer.status = ResponderStatus::Available;
            officer.statusSince = QDateTime::currentDateTimeUtc();
            const Id id = writer.insertResponder(officer);
            writer.audit({QStringLiteral("test.setup"), QStringLiteral("responder"), id, {}, {}});
        });
    }

    void aCorrectionOverAnotherSeatsChangeIsRefused()
    {
        const Incident created = newIncident();
        // Both seats open the correction form on the same incident.
        const Incident formA = *m_seatA->read().incident(created.id);
        const Incident formB = *m_seatB->read().incident(created.id);

        IncidentCorrection byB;
        byB.description = QStringLiteral("邻里纠纷，已动手");
        byB.reason = QStringLiteral("来电补充");
        byB.loaded = formB;
        service(*m_seatB).correct(m_operatorB, created.id, byB);

        IncidentCorrection byA;
        byA.description = QStringLiteral("噪音纠纷");
        byA.priority = Priority::P1;
        byA.reason = QStringLiteral("核实");
        byA.loaded = formA;
        const qint64 auditBefore = m_seatA->read().auditEvents(QString(), std::nullopt, 1).front().seq;
        try {
            service(*m_seatA).correct(m_operatorA, created.id, byA);
            QFAIL("the stale correction was saved over the other seat's");
        } catch (const DispatchError& error) {
            const QString message = error.message();
            QVERIFY2(message.contains(created.number), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("description")), qPrintable(message));
            QVERIFY2(message.contains(m_operatorB.name) && message.contains(m_operatorB.workstation),
                     qPrintable(message));
        }
        // B's change stands, A's wrote nothing.
        const Incident stored = *m_seatA->read().incident(created.id);
        QCOMPARE(stored.description, *byB.description);
        QCOMPARE(stored.priority, created.priority);
        QCOMPARE(m_seatA->read().auditEvents(QString(), std::nullopt, 1).front().seq, auditBefore);

        // Looked at again, A's correction goes through.
        byA.loaded = stored;
        QCOMPARE(service(*m_seatA).correct(m_operatorA, created.id, byA).priority, Priority::P1);
    }

    void aStatusChangeOverAnotherSeatsChangeIsRefused()
    {
        const Incident created = newIncident();
        const Incident shownA = *m_seatA->read().incident(created.id);
        const Incident shownB = *m_seatB->read().incident(created.id);

        IncidentCorrection byB;
        byB.category = QStringLiteral("noise");
        byB.reason = QStringLiteral("类别更正");
        byB.loaded = shownB;
        service(*m_seatB).correct(m_operatorB, created.id, byB);

        QVERIFY_THROWS_EXCEPTION(
            DispatchError, service(*m_seatA).changeStatus(m_operatorA, created.id, IncidentStatus::Cancelled,
                                                          QStringLiteral("重复报警"), shownA));
        QCOMPARE(m_seatB->read().incident(created.id)->status, IncidentStatus::New);
        // An assignment by another seat changes the incident too.
        const Incident shownAgain = *m_seatA->read().incident(created.id);
        std::optional<Id> officer;
        for (const Responder& responder : m_seatB->read().responders())
            if (responder.status == ResponderStatus::Available && isFieldResponder(responder.kind))
                officer = responder.id;
        QVERIFY(officer);
        {
            AssignmentService({*m_seatB, m_taxonomy, m_notifier}).assign(m_operatorB, created.id, *officer);
            QVERIFY_THROWS_EXCEPTION(DispatchError, service(*m_seatA).changeStatus(
                                                        m_operatorA, created.id, IncidentStatus::Cancelled,
                                                        QStringLiteral("重复报警"), shownAgain));
        }
        // Without a loaded version (the command line), the rules alone decide, as before.
        QCOMPARE(
            service(*m_seatA)
                .changeStatus(m_operatorA, created.id, IncidentStatus::Cancelled, QStringLiteral("重复报警"))
                .status,
            IncidentStatus::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestStaleChange)
#include "test_stale_change.moc"
