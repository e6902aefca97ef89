#include "dispatch/incident_service.h"
#include "dispatch/intake_advisor.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestIntakeAdvisor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now = testing::fixedNow().addSecs(120);
    const GeoPoint m_here{121.4790, 31.2345};

    Incident create(const QString& category, GeoPoint where, const QString& phone, QDateTime received)
    {
        IncidentDraft draft;
        draft.category = category;
        draft.location = where;
        draft.callerPhone = phone;
        draft.receivedAt = received;
        return IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }})
            .create(testing::testOperator(), draft);
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void distance()
    {
        // One thousandth of a degree of latitude is about 111 m.
        QVERIFY(qAbs(IntakeAdvisor::distanceMetres({121.47, 31.23}, {121.47, 31.231}) - 111.3) < 0.5);
    }

    void findsHistoryPhoneAndDuplicate()
    {
        const Incident old = create(QStringLiteral("noise"), {m_here.lon + 0.0005, m_here.lat},
                                    QStringLiteral("13700000001"), m_now.addDays(-20));
        const Incident far = create(QStringLiteral("noise"), {m_here.lon + 0.01, m_here.lat},
                                    QStringLiteral("13700000001"), m_now.addDays(-10));
        const Incident tooOld = create(QStringLiteral("noise"), m_here, QString(), m_now.addDays(-120));
        const Incident recent =
            create(QStringLiteral("fight"), {m_here.lon, m_here.lat + 0.001}, QString(), m_now.addSecs(-600));

        const IntakeAdvisor advisor(m_demo->store->read());
        const IntakeAdvice advice =
            advisor.advise(m_here, QStringLiteral("13700000001"), QStringLiteral("fight"), m_now);
        auto contains = [](const std::vector<Incident>& list, Id id) {
            return std::any_of(list.begin(), list.end(), [id](const Incident& i) { return i.id == id; });
        };
        QVERIFY(contains(advice.earlierHere, old.id));     // ~48 m away, 20 days ago
        QVERIFY(contains(advice.earlierHere, recent.id));  // ~111 m
        QVERIFY(!contains(advice.earlierHere, far.id));    // ~950 m
        QVERIFY(!contains(advice.earlierHere, tooOld.id)); // 120 days ago
        QVERIFY(contains(advice.samePhone, old.id));
        QVERIFY(contains(advice.samePhone, far.id));
        QVERIFY(advice.possibleDuplicate);
        QCOMPARE(advice.possibleDuplicate->id, recent.id);

        // A different category is not a duplicate.
        QVERIFY(!advisor.advise(m_here, {}, QStringLiteral("medical"), m_now).possibleDuplicate);
        // No location: only the phone history.
        const IntakeAdvice phoneOnly = advisor.advise(std::nullopt, QStringLiteral("13700000001"), {}, m_now);
        QVERIFY(phoneOnly.earlierHere.empty());
        QCOMPARE(phoneOnly.samePhone.size(), 2u);
    }

    void findsOpenHazardsNearby()
    {
        const auto hazards = m_demo->store->read().hazards();
        QVERIFY(!hazards.empty());
        for (const Hazard& hazard : hazards) {
            const IntakeAdvice advice =
                IntakeAdvisor(m_demo->store->read()).advise(hazard.location, {}, {}, m_now);
            const bool listed = std::any_of(advice.hazardsNearby.begin(), advice.hazardsNearby.end(),
                                            [&](const Hazard& h) { return h.id == hazard.id; });
            QCOMPARE(listed, !hazard.rectifiedAt.isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestIntakeAdvisor)
#include "test_intake_advisor.moc"
