#include "dispatch/assignment_service.h"
#include "dispatch/clock_check.h"
#include "dispatch/incident_service.h"
#include "storage/store_engine.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

// One clock for every seat. On PostgreSQL (test_clock_check_postgres) the times the services stamp
// come from the server, and each console compares its PC's clock with the server's: an offset above
// two seconds — injected here through the check's clock, not by changing the machine's — is reported;
// a PC in step is not. On a file the PC's clock is the only one and there is nothing to compare.
class TestClockCheck : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    std::unique_ptr<storage::Store> m_store;

    static Clock pcClockOffBy(qint64 ms)
    {
        return [ms] { return QDateTime::currentDateTimeUtc().addMSecs(ms); };
    }

private slots:
    void initTestCase()
    {
        XIUHUA_REQUIRE_ENGINE(m_engine);
        m_store = m_engine.create(QStringLiteral("clock"));
    }

    void aClockAheadOrBehindIsReported()
    {
        if (!m_engine.isPostgres()) {
            QVERIFY(!ClockCheck(*m_store).check());
            return;
        }
        ClockCheck ahead(*m_store, pcClockOffBy(5000));
        QSignalSpy aheadSpy(&ahead, &ClockCheck::driftChanged);
        const auto drift = ahead.check();
        QVERIFY(drift);
        QVERIFY2(*drift > ClockCheck::kLimitMs, qPrintable(QString::number(*drift)));
        QCOMPARE(aheadSpy.count(), 1);
        QVERIFY(ahead.drift());

        ClockCheck behind(*m_store, pcClockOffBy(-3000));
        const auto behindBy = behind.check();
        QVERIFY(behindBy && *behindBy < -ClockCheck::kLimitMs);
        QVERIFY(behind.drift());
    }

    void aClockInStepIsNotReported()
    {
        ClockCheck inStep(*m_store, pcClockOffBy(0));
        QSignalSpy spy(&inStep, &ClockCheck::driftChanged);
        inStep.check();
        QCOMPARE(spy.count(), 0);
        QVERIFY(!inStep.drift());
    }

    void aClockPutRightIsNoLongerReported()
    {
        if (!m_engine.isPostgres())
            return;
        qint64 offset = 4000;
        ClockCheck check(*m_store, [&offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset); });
        QSignalSpy spy(&check, &ClockCheck::driftChanged);
        check.check();
        offset = 0;
        check.check();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.first().first().toBool(), true);
        QCOMPARE(spy.last().first().toBool(), false);
        QVERIFY(!check.drift());
    }

    // The services' own times (an assignment's dispatched_at) are the transaction's time, the one its
    // audit record carries: on PostgreSQL the server's clock, whatever this PC's says.
    void actionsAreStampedWithTheDatabasesClock()
    {
        const Taxonomy taxonomy = testing::bundledTaxonomy();
        ChangeNotifier notifier;
        const Actor actor{std::nullopt, QStringLiteral("调度员"), QStringLiteral("seat")};
        Id officer = 0;
        m_store->transact(actor, [&](storage::StoreWriter& writer) {
            Responder responder;
            responder.kind = ResponderKind::PatrolOfficer;
            responder.badgeNo = QStringLiteral("031998");
            responder.name = QStringLiteral("赵警官");
            responder.status = ResponderStatus::Available;
            responder.statusSince = QDateTime::currentDateTimeUtc();
            officer = writer.insertResponder(responder);
            writer.audit({QStringLiteral("test.setup"), QStringLiteral("responder"), officer, {}, {}});
        });
        IncidentDraft draft;
        draft.category = QStringLiteral("dispute");
        draft.location = GeoPoint{121.4790, 31.2345};
        const Incident incident = IncidentService({*m_store, taxonomy, notifier}).create(actor, draft);
        const Assignment assignment =
            AssignmentService({*m_store, taxonomy, notifier}).assign(actor, incident.id, officer);
        const auto records = m_store->read().auditEvents(QStringLiteral("assignment"), assignment.id, 1);
        QCOMPARE(records.size(), std::size_t{1});
        const QDateTime stored = m_store->read().assignment(assignment.id)->dispatchedAt;
        if (m_engine.isPostgres()) {
            QCOMPARE(stored, records.front().at);
            // Taken before its transaction began, from the server's clock too: no later than the record.
            const QDateTime received = m_store->read().incident(incident.id)->receivedAt;
            const QDateTime recorded =
                m_store->read().auditEvents(QStringLiteral("incident"), incident.id, 10).back().at;
            QVERIFY(received <= recorded && received.msecsTo(recorded) < 60000);
        } else {
            QVERIFY(qAbs(stored.msecsTo(records.front().at)) < 60000);
        }
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "test_clock_check.moc"
