#include "reports/report_statistics.h"

#include <QTest>

using namespace xiuhua::reports;

class TestReportStatistics : public QObject
{
    Q_OBJECT

private slots:
    void nearestRankPercentiles()
    {
        // Ten values, shuffled: nearest rank of P50 is ceil(5) = 5th -> 50; P90 is ceil(9) = 9th -> 90.
        const std::vector<qint64> ten{70, 10, 100, 40, 90, 20, 60, 30, 80, 50};
        QCOMPARE(percentile(ten, 50), std::optional<qint64>(50));
        QCOMPARE(percentile(ten, 90), std::optional<qint64>(90));
        QCOMPARE(percentile(ten, 100), std::optional<qint64>(100));
        QCOMPARE(percentile(ten, 1), std::optional<qint64>(10));
        // Five values: P50 -> ceil(2.5) = 3rd; P90 -> ceil(4.5) = 5th.
        const std::vector<qint64> five{300, 45, 61, 200, 59};
        QCOMPARE(percentile(five, 50), std::optional<qint64>(61));
        QCOMPARE(percentile(five, 90), std::optional<qint64>(300));
        // One value is every percentile; none has none.
        QCOMPARE(percentile({42}, 90), std::optional<qint64>(42));
        QCOMPARE(percentile({}, 50), std::optional<qint64>());
        QCOMPARE(percentile(five, 0), std::optional<qint64>());
    }

    void durationStatsUsesBoth()
    {
        const DurationStats stats = durationStats({30, 90, 60, 120});
        QCOMPARE(stats.samples, 4);
        QCOMPARE(stats.medianSeconds, std::optional<qint64>(60)); // ceil(2) = 2nd: the lower middle
        QCOMPARE(stats.p90Seconds, std::optional<qint64>(120));   // ceil(3.6) = 4th
    }

    void percentChangeAsPrinted_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("current");
        QTest::addColumn<QString>("printed");
        // The city's style: "burglaries -25.1%", "telecom fraud -51.8%".
        QTest::newRow("fall") << 1000 << 749 << QStringLiteral("-25.1%");
        QTest::newRow("fraud") << 85 << 41 << QStringLiteral("-51.8%");
        QTest::newRow("rise") << 3 << 4 << QStringLiteral("+33.3%");
        QTest::newRow("same") << 7 << 7 << QStringLiteral("0.0%");
        QTest::newRow("halving") << 2 << 1 << QStringLiteral("-50.0%");
        QTest::newRow("gone") << 5 << 0 << QStringLiteral("-100.0%");
        QTest::newRow("zero base, new") << 0 << 3 << QStringLiteral("new");
        QTest::newRow("zero both") << 0 << 0 << QStringLiteral("—");
    }

    void percentChangeAsPrinted()
    {
        QFETCH(int, base);
        QFETCH(int, current);
        QFETCH(QString, printed);
        QCOMPARE(formatPercentChange(base, current), printed);
    }

    void percentChangeValue()
    {
        QVERIFY(!percentChange(0, 5));
        QCOMPARE(*percentChange(4, 5), 25.0);
    }

    void durations()
    {
        QCOMPARE(formatDuration(45), QStringLiteral("0:45"));
        QCOMPARE(formatDuration(252), QStringLiteral("4:12"));
        QCOMPARE(formatDuration(3750), QStringLiteral("1:02:30"));
        QCOMPARE(formatDuration(std::nullopt), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestReportStatistics)
#include "test_report_statistics.moc"
