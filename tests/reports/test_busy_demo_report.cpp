// The console's demo station is as busy as People's Square: 30–60 calls a day with a daily
// pattern, and the same weeks a year earlier, so every shift report has real figures in its
// "last week" and "last year" columns (a night shift once showed one incident and an empty
// last-week column).

#include "dispatch/demo_data.h"
#include "reports/report_builder.h"
#include "reports/report_period.h"
#include "storage/sqlite_store.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace xiuhua;

class TestBusyDemoReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::SqliteStore> m_store;
    core::Taxonomy m_taxonomy = testing::bundledTaxonomy();
    static constexpr int historyDays = 8;

    std::map<QDate, std::vector<core::Incident>> incidentsByLocalDay() const
    {
        std::map<QDate, std::vector<core::Incident>> days;
        for (const core::Incident& incident : m_store->read().incidents({}))
            days[incident.receivedAt.toTimeZone(reports::ReportPeriod::stationZone()).date()].push_back(
                incident);
        return days;
    }

private slots:
    void initTestCase()
    {
        m_store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("busy.sqlite")),
                                             storage::SqliteStore::OpenMode::CreateIfMissing);
        // As the console builds its side file: thousands of writes, none needing its own fsync.
        m_store->database().execute("PRAGMA synchronous = OFF");
        dispatch::ChangeNotifier notifier;
        dispatch::DemoOptions options;
        options.jurisdictionPath = testing::bundledMap();
        options.now = testing::fixedNow();
        options.history = dispatch::DemoHistory::BusyStation;
        options.historyDays = historyDays;
        options.lastYearDays = historyDays;
        options.liveIncidents = false;
        options.passwordLimits = dispatch::PasswordHasher::minimum();
        dispatch::seedDemoData({*m_store, m_taxonomy, notifier}, options);
    }

    void thirtyToSixtyCallsOnEveryFullDay()
    {
        const QDate today = testing::fixedNow().toTimeZone(reports::ReportPeriod::stationZone()).date();
        const auto days = incidentsByLocalDay();
        int fullDays = 0;
        for (const auto& [date, incidents] : days) {
            const bool recentFullDay = date >= today.addDays(-historyDays) && date < today;
            const bool yearAgoFullDay =
                date >= today.addYears(-1).addDays(-historyDays) && date <= today.addYears(-1).addDays(1);
            if (!recentFullDay && !yearAgoFullDay)
                continue;
            ++fullDays;
            QVERIFY2(incidents.size() >= 30 && incidents.size() <= 60,
                     qPrintable(QStringLiteral("%1: %2 calls").arg(date.toString()).arg(incidents.size())));
        }
        QCOMPARE(fullDays, 2 * historyDays + 2);
    }

    void quietBeforeDawnBusyAtMidday()
    {
        int beforeDawn = 0; // 02:00–06:00
        int midday = 0;     // 10:00–14:00
        for (const core::Incident& incident : m_store->read().incidents({})) {
            const int hour =
                incident.receivedAt.toTimeZone(reports::ReportPeriod::stationZone()).time().hour();
            beforeDawn += hour >= 2 && hour < 6;
            midday += hour >= 10 && hour < 14;
        }
        QVERIFY2(midday > 2 * beforeDawn, qPrintable(QStringLiteral("%1 vs %2").arg(midday).arg(beforeDawn)));
    }

    void nightShiftReportHasEveryComparison()
    {
        // The night shift that ended at 08:00 on the demo's "now" (10:00).
        std::optional<core::Shift> night;
        for (const core::Shift& shift : m_store->read().shifts()) {
            if (shift.endsAt == testing::fixedNow().addSecs(-2 * 3600))
                night = shift;
        }
        QVERIFY(night);
        const auto period = reports::ReportPeriod::forShift(m_store->read(), night->id);
        QVERIFY(period);
        const reports::ShiftReport report =
            reports::ReportBuilder(m_store->read(), m_taxonomy, QStringLiteral("zh_CN"))
                .build(*period, testing::fixedNow());
        int current = 0, lastWeek = 0, lastYear = 0;
        for (const reports::ComparisonRow& row : report.comparison) {
            current += row.current;
            lastWeek += row.lastWeek;
            lastYear += row.lastYear;
        }
        QCOMPARE(current, report.incidentCount);
        QVERIFY2(current >= 5, qPrintable(QString::number(current)));
        QVERIFY2(lastWeek >= 5, qPrintable(QString::number(lastWeek)));
        QVERIFY2(lastYear >= 5, qPrintable(QString::number(lastYear)));
        QVERIFY(!report.workload.empty());
        QVERIFY(report.response.dispatchMeasured > 0);
    }
};

QTEST_MAIN(TestBusyDemoReport)
#include "test_busy_demo_report.moc"
