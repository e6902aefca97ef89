#include "dispatch/dispatch_error.h"
#include "dispatch/settings_service.h"
#include "dispatch/status_thresholds.h"
#include "test_support.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestSettingsService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    DispatchContext context() { return {*m_demo->store, m_demo->taxonomy, m_demo->notifier}; }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void thresholdDefaults()
    {
        const StatusThresholds thresholds;
        QCOMPARE(thresholds.forStatus(ResponderStatus::Busy), 90 * 60);
        QCOMPARE(thresholds.forStatus(ResponderStatus::MealBreak), 45 * 60);
        QCOMPARE(thresholds.forStatus(ResponderStatus::Available), 0);
        QCOMPARE(thresholds.onSceneSeconds, 30 * 60);
        const ResponseTargets targets;
        QCOMPARE(targets.dispatchSeconds, 60);
        QCOMPARE(targets.onSceneSecondsFor(ResponderKind::PatrolOfficer), 300);
        QCOMPARE(targets.onSceneSecondsFor(ResponderKind::FireCrew), 180);
    }

    void thresholdsJsonRoundTrip()
    {
        StatusThresholds thresholds;
        thresholds.setForStatus(ResponderStatus::MealBreak, 1234);
        thresholds.setForStatus(ResponderStatus::OffDuty, 99);
        thresholds.onSceneSeconds = 600;
        QCOMPARE(StatusThresholds::fromJson(thresholds.toJson()), thresholds);
        const QByteArray text = QJsonDocument(thresholds.toJson()).toJson();
        QCOMPARE(StatusThresholds::fromJson(parseJsonObject(QString::fromUtf8(text))), thresholds);

        ResponseTargets targets;
        targets.dispatchSeconds = 45;
        targets.onSceneFireSeconds = 150;
        targets.nearPercent = 60;
        QCOMPARE(ResponseTargets::fromJson(targets.toJson()), targets);
    }

    void badJsonKeepsDefaults()
    {
        QCOMPARE(StatusThresholds::fromJson(parseJsonObject(QStringLiteral("not json"))), StatusThresholds());
        QCOMPARE(StatusThresholds::fromJson(parseJsonObject(QStringLiteral("[1,2]"))), StatusThresholds());
        const StatusThresholds partial = StatusThresholds::fromJson(parseJsonObject(
            QStringLiteral(R"({"responder_status_seconds":{"busy":-5,"meal_break":"x","off_duty":60},)"
                           R"("on_scene_seconds":1e12})")));
        QCOMPARE(partial.busySeconds, StatusThresholds().busySeconds);
        QCOMPARE(partial.mealBreakSeconds, StatusThresholds().mealBreakSeconds);
        QCOMPARE(partial.offDutySeconds, 60);
        QCOMPARE(partial.onSceneSeconds, StatusThresholds().onSceneSeconds);
        const ResponseTargets targets = ResponseTargets::fromJson(
            parseJsonObject(QStringLiteral(R"({"dispatch_seconds":0,"near_percent":500})")));
        QCOMPARE(targets, ResponseTargets());
    }

    void gradesAgainstTargets()
    {
        const ResponseTargets targets;
        QCOMPARE(targets.grade(10, 60), TargetGrade::Within);
        QCOMPARE(targets.grade(45, 60), TargetGrade::Near);
        QCOMPARE(targets.grade(60, 60), TargetGrade::Near);
        QCOMPARE(targets.grade(61, 60), TargetGrade::Breached);
    }

    void serviceStoresAndAudits()
    {
        const storage::StoreReader& reader = m_demo->store->read();
        QCOMPARE(StatusThresholds::load(reader), StatusThresholds()); // nothing stored yet
        QSignalSpy responders(&m_demo->notifier, &ChangeNotifier::respondersChanged);
        QSignalSpy incidents(&m_demo->notifier, &ChangeNotifier::incidentsChanged);

        StatusThresholds thresholds;
        thresholds.setForStatus(ResponderStatus::MealBreak, 30 * 60);
        QVERIFY(SettingsService(context()).setStatusThresholds(testing::testOperator(), thresholds));
        QCOMPARE(StatusThresholds::load(reader), thresholds);
        QVERIFY(reader.meta(StatusThresholds::metaKey()).has_value());
        QCOMPARE(responders.count(), 1);
        QCOMPARE(incidents.count(), 1);

        const auto audit = reader.auditEvents(QStringLiteral("meta"), std::nullopt, 5);
        QVERIFY(!audit.empty());
        QCOMPARE(audit.front().action, QStringLiteral("settings.status_thresholds"));
        QCOMPARE(audit.front().actorName, testing::testOperator().name);
        QCOMPARE(StatusThresholds::fromJson(parseJsonObject(audit.front().afterJson)), thresholds);

        // The same value again changes nothing and writes no audit record.
        QVERIFY(!SettingsService(context()).setStatusThresholds(testing::testOperator(), thresholds));
        QCOMPARE(reader.auditEvents(QStringLiteral("meta"), std::nullopt, 5).size(), audit.size());

        ResponseTargets targets;
        targets.dispatchSeconds = 90;
        QVERIFY(SettingsService(context()).setResponseTargets(testing::testOperator(), targets));
        QCOMPARE(ResponseTargets::load(reader), targets);
        QCOMPARE(reader.auditEvents(QStringLiteral("meta"), std::nullopt, 1).front().action,
                 QStringLiteral("settings.response_targets"));
    }

    void serviceRefusesBadValues()
    {
        const auto before = m_demo->store->read().auditEvents({}, std::nullopt, 1).front().seq;
        StatusThresholds thresholds;
        thresholds.busySeconds = -1;
        QVERIFY_THROWS_EXCEPTION(DispatchError, SettingsService(context()).setStatusThresholds(
                                                    testing::testOperator(), thresholds));
        ResponseTargets targets;
        targets.nearPercent = 0;
        QVERIFY_THROWS_EXCEPTION(
            DispatchError, SettingsService(context()).setResponseTargets(testing::testOperator(), targets));
        QCOMPARE(m_demo->store->read().auditEvents({}, std::nullopt, 1).front().seq, before);
    }
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "test_settings_service.moc"
