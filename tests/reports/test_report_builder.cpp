#include "dispatch/status_thresholds.h"
#include "report_fixture.h"
#include "reports/report_builder.h"
#include "storage/sqlite_database.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::reports;
using xiuhua::testing::ReportFixture;

// Every figure of the report against the hand-computed script or an independent SQL query on the
// same SQLite file (its own read-only connection, plain SQL, no reader code).
class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ReportFixture> m_fixture;
    testing::ScriptedShift m_script;
    std::optional<storage::SqliteDatabase> m_sql;

    ShiftReport build(const ReportPeriod& period, const QString& language = QStringLiteral("zh_CN")) const
    {
        return ReportBuilder(m_fixture->store->read(), m_fixture->taxonomy, language)
            .build(period, ReportFixture::local(20, 5));
    }

    ReportPeriod scriptedPeriod() const
    {
        return *ReportPeriod::forShift(m_fixture->store->read(), m_script.shiftId);
    }

    ReportPeriod history() const { return *ReportPeriod::forDays(QDate(2026, 10, 20), QDate(2026, 11, 26)); }

    // "code" -> count from a GROUP BY over the period's incidents.
    std::map<QString, int> grouped(const char* sql, const ReportPeriod& period)
    {
        storage::Statement s(*m_sql, sql);
        s.bind(1, period.from()).bind(2, period.to());
        std::map<QString, int> counts;
        while (s.step())
            counts[s.text(0)] = s.integer(1);
        return counts;
    }

    qint64 scalar(const char* sql, const ReportPeriod& period)
    {
        storage::Statement s(*m_sql, sql);
        s.bind(1, period.from()).bind(2, period.to());
        return s.step() ? s.int64(0) : -1;
    }

    static std::map<QString, int> nonZero(const std::vector<CountRow>& rows)
    {
        std::map<QString, int> counts;
        for (const CountRow& row : rows) {
            if (row.count > 0)
                counts[row.code] = row.count;
        }
        return counts;
    }

    std::vector<std::pair<qint64, qint64>> spans(const char* sql, const QDateTime& from, const QDateTime& to)
    {
        storage::Statement s(*m_sql, sql);
        s.bind(1, m_script.communityOfficer).bind(2, m_script.officerCommunity).bind(3, from).bind(4, to);
        std::vector<std::pair<qint64, qint64>> result;
        while (s.step())
            result.emplace_back(std::max(s.int64(0), from.toSecsSinceEpoch()),
                                std::min(s.int64(1), to.toSecsSinceEpoch()));
        return result;
    }

    qint64 communitySecondsFromSql(const QDateTime& from, const QDateTime& to)
    {
        auto all =
            spans("SELECT strftime('%s', a.on_scene_at), strftime('%s', a.cleared_at) FROM assignment a "
                  "JOIN incident i ON i.id = a.incident_id WHERE a.responder_id = ?1 AND i.community_id = ?2 "
                  "AND a.cleared_at > ?3 AND a.on_scene_at < ?4",
                  from, to);
        storage::Statement columns(*m_sql, "SELECT COUNT(*) FROM pragma_table_info('roster_entry') "
                                           "WHERE name = 'in_community'");
        if (columns.step() && columns.integer(0) == 1) {
            const auto rostered =
                spans("SELECT strftime('%s', from_at), strftime('%s', to_at) FROM roster_entry "
                      "WHERE responder_id = ?1 AND in_community = 1 AND ?2 IS NOT NULL "
                      "AND to_at > ?3 AND from_at < ?4",
                      from, to);
            all.insert(all.end(), rostered.begin(), rostered.end());
        }
        std::sort(all.begin(), all.end());
        qint64 total = 0, end = std::numeric_limits<qint64>::min();
        for (const auto& [a, b] : all) {
            const qint64 start = std::max(a, end);
            if (b > start)
                total += b - start;
            end = std::max(end, b);
        }
        return total;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("station.sqlite"));
        m_fixture = std::make_unique<ReportFixture>(m_path, 400);
        m_script = m_fixture->playScriptedShift();
        m_sql.emplace(storage::SqliteDatabase::open(m_path, storage::SqliteDatabase::OpenMode::ReadOnly));
    }

    void scriptedHeaderAndCounts()
    {
        const ShiftReport report = build(scriptedPeriod());
        QCOMPARE(report.incidentCount, 5);
        QVERIFY(report.header.isShift);
        QCOMPARE(report.header.station, QStringLiteral("人民广场派出所"));
        QVERIFY(report.header.demoData);
        QCOMPARE(report.header.title, QStringLiteral("2026-11-26 白班"));
        QVERIFY(!report.header.supervisor.isEmpty());
        QCOMPARE(report.header.dispatchers.size(), 2);
        const std::map<QString, int> expected{{QStringLiteral("theft"), 1},
                                              {QStringLiteral("fight"), 1},
                                              {QStringLiteral("fire"), 1},
                                              {QStringLiteral("dispute"), 1},
                                              {QStringLiteral("noise"), 1}};
        QCOMPARE(nonZero(report.byCategory), expected);
        const auto status = nonZero(report.byStatus);
        QCOMPARE(status.at(QStringLiteral("closed")), 3);
        QCOMPARE(status.at(QStringLiteral("resolved")), 1);
        QCOMPARE(status.at(QStringLiteral("new")), 1);
    }

    void scriptedResponseTimes()
    {
        const ResponseTimes r = build(scriptedPeriod()).response;
        // received -> dispatched: 20, 30, 45, 90 -> median (rank 2) 30, P90 (rank 4) 90; one over 60 s.
        QCOMPARE(r.receivedToDispatched.samples, 4);
        QCOMPARE(*r.receivedToDispatched.medianSeconds, qint64(30));
        QCOMPARE(*r.receivedToDispatched.p90Seconds, qint64(90));
        QCOMPARE(r.dispatchMeasured, 4);
        QCOMPARE(r.dispatchBreaches, 1);
        // first dispatch -> first on scene: 100, 200, 200, 400.
        QCOMPARE(*r.dispatchedToOnScene.medianSeconds, qint64(200));
        QCOMPARE(*r.dispatchedToOnScene.p90Seconds, qint64(400));
        // Per arrival: police 200, 400 (over 5 min), 250, 100; fire crew 200 (over 3 min).
        QCOMPARE(r.onSceneMeasured, 5);
        QCOMPARE(r.onSceneBreaches, 2);
        // first on scene -> all cleared: 1800, 1910, 1855, 8980 (13:02:00 -> 15:31:40).
        QCOMPARE(*r.onSceneToCleared.medianSeconds, qint64(1855));
        QCOMPARE(*r.onSceneToCleared.p90Seconds, qint64(8980));
        // received -> closed: 2400, 3600, 3000 (the dispute is resolved, not closed).
        QCOMPARE(r.receivedToClosed.samples, 3);
        QCOMPARE(*r.receivedToClosed.medianSeconds, qint64(3000));
        QCOMPARE(*r.receivedToClosed.p90Seconds, qint64(3600));
        QCOMPARE(r.targets.dispatchSeconds, dispatch::ResponseTargets{}.dispatchSeconds);
    }

    void slowestWithReasons()
    {
        const auto slowest = build(scriptedPeriod()).response.slowest;
        QCOMPARE(slowest.size(), std::size_t(4));
        QCOMPARE(slowest[0].incidentId, m_script.fight);
        QCOMPARE(slowest[0].receivedToOnSceneSeconds, qint64(490));
        QCOMPARE(slowest[0].reasons, QStringList({QStringLiteral("附近警力均在处警，等待增援"),
                                                  QStringLiteral("路口拥堵，绕行")}));
        QCOMPARE(slowest[1].incidentId, m_script.fire);
        QCOMPARE(slowest[1].receivedToOnSceneSeconds, qint64(245));
        QCOMPARE(slowest[2].incidentId, m_script.theft);
        QCOMPARE(slowest[3].incidentId, m_script.dispute);
        QVERIFY(slowest[3].reasons.isEmpty());
    }

    void perHourOfTheShift()
    {
        const ShiftReport report = build(scriptedPeriod());
        QVERIFY(!report.hourOfDay);
        QCOMPARE(report.perHour.size(), std::size_t(12));
        QCOMPARE(report.perHour.front().label, QStringLiteral("08"));
        std::vector<int> counts;
        for (const HourBucket& b : report.perHour)
            counts.push_back(b.count);
        QCOMPARE(counts, std::vector<int>({0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0}));
    }

    void workloadOfTheScript()
    {
        const ShiftReport report = build(scriptedPeriod());
        auto row = [&](Id id) {
            return *std::find_if(report.workload.begin(), report.workload.end(),
                                 [&](const ResponderWorkload& w) { return w.responderId == id; });
        };
        QCOMPARE(row(m_script.patrol2).incidents, 1);
        QCOMPARE(row(m_script.patrol2).onSceneSeconds, qint64(1910));
        QCOMPARE(row(m_script.fireCrew).onSceneSeconds, qint64(1555)); // 12:04:05 -> 12:30:00
        const ResponderWorkload officer = row(m_script.communityOfficer);
        QVERIFY(officer.communityOfficer);
        QCOMPARE(officer.onSceneSeconds, qint64(8980));
        // In community over the week: the union, computed here from plain SQL, of the officer's
        // on-scene spans at incidents of the officer's own community and the rostered hours marked
        // as community work (when the schema has that flag).
        QCOMPARE(officer.inCommunitySeconds,
                 communitySecondsFromSql(scriptedPeriod().to().addDays(-7), scriptedPeriod().to()));
        QVERIFY(officer.inCommunityHalfDays >= 1); // 13:02:00 -> 15:31:40 is an afternoon
        QCOMPARE(officer.normHalfDays, 5);
    }

    void countsMatchSql()
    {
        const ReportPeriod period = history();
        const ShiftReport report = build(period);
        QCOMPARE(
            qint64(report.incidentCount),
            scalar("SELECT COUNT(*) FROM incident WHERE received_at >= ?1 AND received_at < ?2", period));
        QVERIFY(report.incidentCount > 300);
        QCOMPARE(
            nonZero(report.byCategory),
            grouped("SELECT category, COUNT(*) FROM incident WHERE received_at >= ?1 AND received_at < ?2 "
                    "GROUP BY category",
                    period));
        QCOMPARE(
            nonZero(report.byPriority),
            grouped("SELECT priority, COUNT(*) FROM incident WHERE received_at >= ?1 AND received_at < ?2 "
                    "GROUP BY priority",
                    period));
        QCOMPARE(nonZero(report.bySource),
                 grouped("SELECT source, COUNT(*) FROM incident WHERE received_at >= ?1 AND received_at < ?2 "
                         "GROUP BY source",
                         period));
        QCOMPARE(nonZero(report.byStatus),
                 grouped("SELECT status, COUNT(*) FROM incident WHERE received_at >= ?1 AND received_at < ?2 "
                         "GROUP BY status",
                         period));
        QCOMPARE(nonZero(report.byCommunity),
                 grouped("SELECT CAST(community_id AS TEXT), COUNT(*) FROM incident WHERE received_at >= ?1 "
                         "AND received_at < ?2 AND community_id IS NOT NULL GROUP BY community_id",
                         period));
        QVERIFY(report.hourOfDay);
        int perHour = 0;
        for (const HourBucket& b : report.perHour)
            perHour += b.count;
        QCOMPARE(perHour, report.incidentCount);
    }

    void responseTimesMatchSql()
    {
        const ReportPeriod period = history();
        const ResponseTimes r = build(period).response;
        storage::Statement s(*m_sql,
                             "SELECT MIN(strftime('%s', a.dispatched_at)) - strftime('%s', i.received_at) "
                             "FROM incident i JOIN assignment a ON a.incident_id = i.id "
                             "WHERE i.received_at >= ?1 AND i.received_at < ?2 GROUP BY i.id");
        s.bind(1, period.from()).bind(2, period.to());
        std::vector<qint64> seconds;
        while (s.step())
            seconds.push_back(s.int64(0));
        std::sort(seconds.begin(), seconds.end());
        QCOMPARE(r.receivedToDispatched.samples, int(seconds.size()));
        // Nearest rank, computed here from the sorted SQL result.
        QCOMPARE(*r.receivedToDispatched.medianSeconds, seconds[(seconds.size() + 1) / 2 - 1]);
        QCOMPARE(*r.receivedToDispatched.p90Seconds,
                 seconds[static_cast<std::size_t>(std::ceil(0.9 * double(seconds.size()))) - 1]);
        QCOMPARE(r.dispatchBreaches,
                 int(std::count_if(seconds.begin(), seconds.end(), [](qint64 v) { return v > 60; })));
        storage::Statement late(
            *m_sql, "SELECT COUNT(*), SUM(strftime('%s', a.on_scene_at) - strftime('%s', a.dispatched_at) > "
                    "CASE r.kind WHEN 'fire_crew' THEN 180 ELSE 300 END) "
                    "FROM assignment a JOIN incident i ON i.id = a.incident_id "
                    "JOIN responder r ON r.id = a.responder_id WHERE i.received_at >= ?1 "
                    "AND i.received_at < ?2 AND a.on_scene_at IS NOT NULL");
        late.bind(1, period.from()).bind(2, period.to());
        QVERIFY(late.step());
        QCOMPARE(r.onSceneMeasured, late.integer(0));
        QCOMPARE(r.onSceneBreaches, late.integer(1));
        QVERIFY(r.onSceneBreaches > 0);
    }

    void comparisonMatchesSql()
    {
        const ReportPeriod period = scriptedPeriod();
        const ShiftReport report = build(period);
        const auto lastWeek = grouped("SELECT category, COUNT(*) FROM incident WHERE received_at >= ?1 AND "
                                      "received_at < ?2 GROUP BY category",
                                      period.shiftedDays(-7));
        QCOMPARE(report.lastWeekFrom, ReportFixture::local(8).addDays(-7));
        for (const ComparisonRow& row : report.comparison) {
            QCOMPARE(row.lastWeek, lastWeek.count(row.code) ? lastWeek.at(row.code) : 0);
            QCOMPARE(row.lastYear, 0); // the demo has no history a year back
        }
        int weekTotal = 0;
        for (const auto& [code, count] : lastWeek)
            weekTotal += count;
        int printedTotal = 0;
        for (const ComparisonRow& row : report.comparison)
            printedTotal += row.lastWeek;
        QCOMPARE(printedTotal, weekTotal);
    }

    void handoverMatchesSql()
    {
        const ReportPeriod period = scriptedPeriod();
        const ShiftReport report = build(period);
        QCOMPARE(report.openIncidents.size(), std::size_t(1));
        QCOMPARE(report.openIncidents.front().incidentId, m_script.noise);
        QCOMPARE(report.openIncidents.front().status, IncidentStatus::New);
        QVERIFY(report.openIncidents.front().responders.isEmpty());
        QCOMPARE(qint64(report.openIncidents.size()),
                 scalar("SELECT COUNT(*) FROM incident WHERE status IN ('new','dispatched','on_scene') AND "
                        "received_at < ?2 AND ?1 IS NOT NULL",
                        period));
        storage::Statement due(
            *m_sql, "SELECT COUNT(*), SUM(due < ?1) FROM follow_up WHERE done_at IS NULL AND due < ?2");
        due.bind(1, period.to()).bind(2, period.to().addDays(1));
        QVERIFY(due.step());
        QCOMPARE(int(report.dueFollowUps.size()), due.integer(0));
        QCOMPARE(int(std::count_if(report.dueFollowUps.begin(), report.dueFollowUps.end(),
                                   [](const HandoverFollowUp& f) { return f.overdue; })),
                 due.integer(1));
        QCOMPARE(
            qint64(report.openHazards.size()),
            scalar(
                "SELECT COUNT(*) FROM hazard WHERE rectified_at IS NULL AND found_at < ?2 AND ?1 IS NOT NULL",
                period));
        QVERIFY(!report.openHazards.empty());
    }

    void hashIsCanonical()
    {
        const ReportPeriod period = scriptedPeriod();
        const ShiftReport zh = build(period, QStringLiteral("zh_CN"));
        ShiftReport en = build(period, QStringLiteral("en"));
        QCOMPARE(zh.contentHash().size(), 64);
        // Not the language, not the time of printing.
        QCOMPARE(en.contentHash(), zh.contentHash());
        en.header.printedAt = en.header.printedAt.addDays(3);
        QCOMPARE(en.contentHash(), zh.contentHash());
        // Any figure.
        en.response.dispatchBreaches += 1;
        QVERIFY(en.contentHash() != zh.contentHash());
        // No value can imitate a field separator.
        ShiftReport a = zh;
        ShiftReport b = zh;
        a.header.supervisor = QStringLiteral("王|dispatchers=");
        b.header.supervisor = QStringLiteral("王");
        b.header.dispatchers.prepend(QString());
        QVERIFY(a.contentHash() != b.contentHash());
    }

    // Last, since it signs a shift: a change made after sign-off shows up as an amendment.
    void amendmentsAfterSignOff()
    {
        const ReportPeriod period = scriptedPeriod();
        QVERIFY(build(period).amendments.empty());
        const Shift night = *m_fixture->store->read().shiftAt(ReportFixture::local(2));
        storage::IncidentQuery query;
        query.receivedFrom = night.startsAt;
        query.receivedTo = night.endsAt;
        auto incidents = m_fixture->store->read().incidents(query);
        if (incidents.empty()) {
            incidents = {m_fixture->create(ReportFixture::local(3), QStringLiteral("theft"))};
            m_fixture->resolve(incidents.front().id, ReportFixture::local(4), true);
        }
        Shift signedShift = night;
        signedShift.signedOffAt = night.endsAt.addSecs(600);
        signedShift.signedOffBy = night.supervisorId;
        m_fixture->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            writer.updateShift(signedShift);
            writer.audit({QStringLiteral("shift.sign"), QStringLiteral("shift"), night.id, {}, {}});
        });
        const ShiftReport before = build(period);
        m_fixture->note(incidents.front().id, ReportFixture::local(16),
                        QStringLiteral("更正：报警人已补充损失清单"));
        const ShiftReport after = build(period);
        QCOMPARE(after.amendments.size(), before.amendments.size() + 1);
        const Amendment& amendment = after.amendments.back();
        QCOMPARE(amendment.shiftId, night.id);
        QCOMPARE(amendment.incidentId, incidents.front().id);
        QCOMPARE(amendment.change, QStringLiteral("更正：报警人已补充损失清单"));
        QVERIFY(after.contentHash() != before.contentHash());
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "test_report_builder.moc"
