#include "reports/community_time.h"

#include <QTest>

using namespace xiuhua::reports;

class TestCommunityTime : public QObject
{
    Q_OBJECT

private:
    QTimeZone m_zone{"Asia/Shanghai"};

    QDateTime at(int day, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), m_zone).toUTC();
    }

    CommunityTimeInput week() const
    {
        CommunityTimeInput input;
        input.windowFrom = at(19, 20);
        input.windowTo = at(26, 20); // seven days
        input.zone = m_zone;
        return input;
    }

private slots:
    void onSceneAloneRarelyMakesAHalfDay()
    {
        CommunityTimeInput input = week();
        // 40 + 60 minutes in one morning, 30 in the afternoon: no half-day reaches two hours.
        input.onSceneInOwnCommunity = {
            {at(24, 9), at(24, 9, 40)}, {at(24, 10), at(24, 11)}, {at(24, 15), at(24, 15, 30)}};
        CommunityTime time = communityTime(input);
        QCOMPARE(time.seconds, qint64(40 + 60 + 30) * 60);
        QCOMPARE(time.halfDays, 0);
        QCOMPARE(time.normHalfDays, 5);
        // Twenty more minutes that morning make it count.
        input.onSceneInOwnCommunity.push_back({at(24, 11, 30), at(24, 11, 50)});
        time = communityTime(input);
        QCOMPARE(time.halfDays, 1);
    }

    void halfDaysCountFromTwoHours()
    {
        CommunityTimeInput input = week();
        // Monday morning 09:00-11:00 (exactly 2 h: counts), afternoon 14:00-15:59 (no),
        // Tuesday 11:00-13:00 (1 h each side of noon: neither half-day counts).
        input.rosteredInCommunity = {
            {at(23, 9), at(23, 11)}, {at(23, 14), at(23, 15, 59)}, {at(24, 11), at(24, 13)}};
        const CommunityTime time = communityTime(input);
        QCOMPARE(time.halfDays, 1);
        QCOMPARE(time.seconds, qint64(2 * 3600 + 119 * 60 + 2 * 3600));
        QVERIFY(!time.meetsNorm());
    }

    void overlapsCountOnce()
    {
        CommunityTimeInput input = week();
        // On scene inside a rostered community block: the block counts once.
        input.rosteredInCommunity = {{at(25, 8), at(25, 12)}};
        input.onSceneInOwnCommunity = {{at(25, 9), at(25, 10)}, {at(25, 11, 30), at(25, 12, 30)}};
        const CommunityTime time = communityTime(input);
        QCOMPARE(time.seconds, qint64(4 * 3600 + 30 * 60));
        QCOMPARE(time.halfDays, 1); // the 30 minutes after noon do not make the afternoon
    }

    void meetsNormWithFiveHalfDays()
    {
        CommunityTimeInput input = week();
        for (int day = 20; day <= 24; ++day)
            input.rosteredInCommunity.push_back({at(day, 14), at(day, 17)});
        const CommunityTime time = communityTime(input);
        QCOMPARE(time.halfDays, 5);
        QVERIFY(time.meetsNorm());
    }

    void clippedToWindowAndNormProRata()
    {
        CommunityTimeInput input;
        input.zone = m_zone;
        input.windowFrom = at(1, 0);
        input.windowTo = at(1, 0).addDays(30);
        input.rosteredInCommunity = {{at(1, 0).addSecs(-3600), at(1, 3)}}; // starts before the window
        const CommunityTime time = communityTime(input);
        QCOMPARE(time.seconds, qint64(3 * 3600));
        QCOMPARE(time.normHalfDays, 21); // 5 * 30 / 7 = 21.4
    }
};

QTEST_GUILESS_MAIN(TestCommunityTime)
#include "test_community_time.moc"
