#include "dispatch/csv_importer.h"
#include "dispatch/dispatch_error.h"
#include "test_support.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestCsvImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::SqliteStore> m_store;
    core::Taxonomy m_taxonomy = testing::bundledTaxonomy();
    ChangeNotifier m_notifier;

    DispatchContext context()
    {
        return {*m_store, m_taxonomy, m_notifier, [] { return testing::fixedNow(); }};
    }
    const storage::StoreReader& reader() { return m_store->read(); }

    // A small station written directly, so these tests depend on nothing but the store: a post,
    // two officers and today's day shift (08:00-20:00 station time).
    void seed()
    {
        m_store->transact(testing::testOperator(), [](storage::StoreWriter& writer) {
            Post post;
            post.name = QStringLiteral("外滩警务室");
            post.location = {121.49, 31.24};
            post.id = writer.insertPost(post);
            const std::pair<const char*, ResponderKind> people[] = {
                {"310001", ResponderKind::PatrolOfficer}, {"310002", ResponderKind::CommunityOfficer}};
            for (const auto& [badge, kind] : people) {
                Responder responder;
                responder.badgeNo = QString::fromLatin1(badge);
                responder.name = QStringLiteral("警员%1").arg(badge);
                responder.kind = kind;
                responder.homePostId = post.id;
                responder.statusSince = testing::fixedNow();
                writer.insertResponder(responder);
            }
            const QTimeZone shanghai("Asia/Shanghai");
            Shift shift;
            shift.name = QStringLiteral("白班");
            shift.startsAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), shanghai).toUTC();
            shift.endsAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0), shanghai).toUTC();
            shift.openedAt = shift.startsAt;
            writer.insertShift(shift);
            writer.audit({QStringLiteral("test.seed"), QStringLiteral("test"), std::nullopt, {}, {}});
        });
    }

    static QByteArray fixture(const char* name)
    {
        QFile file(QStringLiteral(XIUHUA_TEST_DATA_DIR "/import/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return file.readAll();
    }

    ImportReport run(CsvImportKind kind, const QByteArray& bytes, CsvImportOptions options = {})
    {
        return CsvImporter(context()).run(testing::testOperator(), kind, bytes, options);
    }

    // A check, a refusal and a dry run must all leave the database exactly as it was.
    ImportReport expectNothingWritten(CsvImportKind kind, const QByteArray& bytes,
                                      CsvImportOptions options = {})
    {
        const auto counts = reader().rowCounts();
        const ImportReport report = run(kind, bytes, options);
        [&] {
            QCOMPARE(report.written, 0);
            QCOMPARE(reader().rowCounts(), counts);
        }();
        return report;
    }

    Responder responderOfKind(ResponderKind kind)
    {
        for (const Responder& r : reader().responders()) {
            if (r.kind == kind)
                return r;
        }
        qFatal("no such responder");
    }

    qint64 count(const char* table) { return reader().rowCounts().at(QString::fromLatin1(table)); }

private slots:
    void init()
    {
        m_store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("import.sqlite")),
                                             storage::SqliteStore::OpenMode::CreateIfMissing);
        seed();
    }
    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("import.sqlite")));
    }

    void gb18030RespondersRefusedThenAcceptedValidRows()
    {
        const QByteArray bytes = fixture("responders_gb18030.csv");
        CsvImportOptions dry;
        dry.dryRun = true;
        const ImportReport checked = expectNothingWritten(CsvImportKind::Responders, bytes, dry);
        QCOMPARE(checked.encoding, QStringLiteral("GB18030"));
        QCOMPARE(checked.rows, 3);
        QCOMPARE(checked.valid, 2);
        QCOMPARE(checked.rejects.size(), 1u);
        QCOMPARE(checked.rejects[0].row, 3);
        QCOMPARE(checked.rejects[0].line, 4);
        QCOMPARE(checked.rejects[0].column, QStringLiteral("类别"));

        // Without the operator's consent to skip the bad row, nothing is imported.
        const ImportReport refused = expectNothingWritten(CsvImportKind::Responders, bytes);
        QVERIFY(refused.refused);

        const qint64 responders = count("responder");
        const qint64 audits = count("audit_event");
        QSignalSpy changed(&m_notifier, &ChangeNotifier::respondersChanged);
        CsvImportOptions accept;
        accept.acceptRejects = true;
        accept.expectedValid = checked.valid;
        accept.sourceName = QStringLiteral("responders_gb18030.csv");
        const ImportReport imported = run(CsvImportKind::Responders, bytes, accept);
        QCOMPARE(imported.written, 2);
        QCOMPARE(count("responder"), responders + 2);
        QCOMPARE(count("audit_event"), audits + 3); // one per row and the summary
        QCOMPARE(changed.count(), 1);
        bool found = false;
        for (const Responder& r : reader().responders())
            found = found || (r.badgeNo == QLatin1String("900001") && r.name == QStringLiteral("张伟") &&
                              r.kind == ResponderKind::CommunityOfficer);
        QVERIFY(found);
        const auto summary = reader().auditEvents(QStringLiteral("responder"), std::nullopt, 1);
        QCOMPARE(summary.front().action, QStringLiteral("responder.import_csv"));

        // The same file again: every badge is now stored, so every row is refused.
        const ImportReport again = expectNothingWritten(CsvImportKind::Responders, bytes, accept);
        QCOMPARE(again.valid, 0);
        QCOMPARE(again.rejects.size(), 3u);
    }

    void utf8BomQuotesAndLineBreaks()
    {
        const ImportReport report = run(CsvImportKind::Responders, fixture("responders_utf8_bom.csv"));
        QVERIFY2(report.clean(), qPrintable(report.fatal));
        QCOMPARE(report.written, 2);
        bool found = false;
        for (const Responder& r : reader().responders())
            found = found || (r.name == QStringLiteral("Chen \"Ace\" Jun") &&
                              r.phone == QStringLiteral("138 0000 4444"));
        QVERIFY(found);
    }

    void chineseKindNamesAsTheConsoleShowsThem()
    {
        const ImportReport report = run(
            CsvImportKind::Responders, QStringLiteral("警号,姓名,类别\n700001,甲,调度员\n700002,乙,接处警员\n"
                                                      "700003,丙,值班长\n")
                                           .toUtf8());
        QVERIFY2(report.clean(), qPrintable(report.fatal));
        QCOMPARE(report.written, 3);
        int dispatchers = 0;
        for (const Responder& r : reader().responders())
            dispatchers +=
                r.badgeNo.startsWith(QLatin1String("70000")) && r.kind == ResponderKind::Dispatcher;
        QCOMPARE(dispatchers, 2);
    }

    void duplicateBadgesAndBadCellsInOneFile()
    {
        const QString existing = reader().responders().front().badgeNo;
        const QByteArray csv = QStringLiteral("badge_no,name,kind,phone,home_post\n"
                                              "800001,A,auxiliary,,\n"
                                              "800001,B,auxiliary,,\n"
                                              "%1,C,auxiliary,,\n"
                                              "800002,,auxiliary,,\n"
                                              "800003,D,auxiliary,call me,\n"
                                              "800004,E,auxiliary,,nowhere\n"
                                              "800005,\"two\nlines\",auxiliary,,\n"
                                              "800006,F\x01,auxiliary,,\n"
                                              "bad badge,G,auxiliary,,\n")
                                   .arg(existing)
                                   .toUtf8();
        CsvImportOptions accept;
        accept.acceptRejects = true;
        const ImportReport report = run(CsvImportKind::Responders, csv, accept);
        QCOMPARE(report.rows, 9);
        QCOMPARE(report.written, 1);
        QStringList columns;
        for (const auto& reject : report.rejects)
            columns << reject.column;
        QCOMPARE(columns, QStringList({"badge_no", "badge_no", "name", "phone", "home_post", "name", "name",
                                       "badge_no"}));
    }

    void rosterFromChineseHeaders()
    {
        const Shift shift = *reader().shiftAt(testing::fixedNow());
        const Responder officer = responderOfKind(ResponderKind::PatrolOfficer);
        const QString date = shift.endsAt.toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        const QString end =
            shift.endsAt.toTimeZone(QTimeZone("Asia/Shanghai")).time().toString(QStringLiteral("HH:mm"));
        const QString endPlus2 = shift.endsAt.addSecs(7200)
                                     .toTimeZone(QTimeZone("Asia/Shanghai"))
                                     .time()
                                     .toString(QStringLiteral("HH:mm"));
        const QByteArray csv = QStringLiteral("警号,班次,日期,开始,结束,下社区,备注\r\n"
                                              "%1,%2,%3,%4,%5,是,加班巡逻\r\n"
                                              "%1,%2,%3,%4,%5,否,重复\r\n"
                                              "nobody,%2,%3,%4,%5,否,\r\n"
                                              "%1,%2,%3,25:00,%5,否,\r\n"
                                              "%1,%2,%3,%4,%5,也许,\r\n")
                                   .arg(officer.badgeNo)
                                   .arg(shift.id)
                                   .arg(date, end, endPlus2)
                                   .toUtf8();
        const qint64 entries = count("roster_entry");
        const ImportReport refused = expectNothingWritten(CsvImportKind::Roster, csv);
        QVERIFY(refused.refused);
        QCOMPARE(refused.rejects.size(), 4u);
        QCOMPARE(refused.rejects[0].column, QStringLiteral("开始")); // overlaps the row before it
        QCOMPARE(refused.rejects[1].column, QStringLiteral("警号"));
        QCOMPARE(refused.rejects[2].column, QStringLiteral("开始"));
        QCOMPARE(refused.rejects[3].column, QStringLiteral("下社区"));

        CsvImportOptions accept;
        accept.acceptRejects = true;
        QCOMPARE(run(CsvImportKind::Roster, csv, accept).written, 1);
        QCOMPARE(count("roster_entry"), entries + 1);
        bool found = false;
        for (const RosterEntry& entry : reader().roster(shift.id))
            found = found || (entry.responderId == officer.id && entry.inCommunity &&
                              entry.note == QStringLiteral("加班巡逻") && entry.from == shift.endsAt &&
                              entry.to == shift.endsAt.addSecs(7200));
        QVERIFY(found);
    }

    void hazards()
    {
        const Responder officer = responderOfKind(ResponderKind::CommunityOfficer);
        const QByteArray csv =
            QStringLiteral("经度,纬度,类型,描述,发现时间,发现人警号\n"
                           "121.48,31.23,消防通道堵塞,\"楼道堆物, 三层\",2026-11-25 14:30,%1\n"
                           "121.48,95,消防通道堵塞,,2026-11-25 14:30,\n"
                           "abc,31.2,消防通道堵塞,,2026-11-25 14:30,\n"
                           "121.48,31.23,,,2026-11-25 14:30,\n"
                           "121.48,31.23,电线私拉,,昨天,\n"
                           "121.48,31.23,电线私拉,,2026/11/25 9:05,000000000\n"
                           "nan,inf,电线私拉,,2026/11/25 9:05,\n")
                .arg(officer.badgeNo)
                .toUtf8();
        CsvImportOptions accept;
        accept.acceptRejects = true;
        const qint64 hazards = count("hazard");
        const ImportReport report = run(CsvImportKind::Hazards, csv, accept);
        QCOMPARE(report.written, 1);
        QCOMPARE(report.rejects.size(), 6u);
        QCOMPARE(count("hazard"), hazards + 1);
        const auto stored = reader().hazards();
        const auto hazard = std::find_if(stored.begin(), stored.end(), [](const Hazard& h) {
            return h.description == QStringLiteral("楼道堆物, 三层");
        });
        QVERIFY(hazard != stored.end());
        QCOMPARE(hazard->foundBy, std::optional<Id>(officer.id));
        QCOMPARE(hazard->foundAt,
                 QDateTime(QDate(2026, 11, 25), QTime(14, 30), QTimeZone("Asia/Shanghai")).toUTC());
    }

    void truncatedFileRejectsTheCutRow()
    {
        const QByteArray csv = QStringLiteral("警号,姓名,类别\n700001,赵六,辅警\n700002,\"钱").toUtf8();
        CsvImportOptions accept;
        accept.acceptRejects = true;
        const ImportReport report = run(CsvImportKind::Responders, csv, accept);
        QCOMPARE(report.written, 1);
        QCOMPARE(report.rejects.size(), 1u);
        QCOMPARE(report.rejects[0].line, 3);
        // Cut inside the header: the whole file is refused.
        QVERIFY(!expectNothingWritten(CsvImportKind::Responders, "\"badge_no,na", accept).fatal.isEmpty());
    }

    void brokenFilesChangeNothing()
    {
        CsvImportOptions accept;
        accept.acceptRejects = true;
        QVERIFY(!expectNothingWritten(CsvImportKind::Responders, {}, accept).fatal.isEmpty());
        QVERIFY(
            !expectNothingWritten(CsvImportKind::Responders, "name,phone\nA,1\n", accept).fatal.isEmpty());
        QVERIFY(
            !expectNothingWritten(CsvImportKind::Hazards, "badge_no,name\n1,2\n", accept).fatal.isEmpty());
        // Invalid UTF-8 when UTF-8 was chosen.
        CsvImportOptions utf8 = accept;
        utf8.encoding = CsvEncoding::Utf8;
        QVERIFY(!expectNothingWritten(CsvImportKind::Responders, "badge_no,name,kind\n1,\xff\xfe,auxiliary\n",
                                      utf8)
                     .fatal.isEmpty());
        // Binary garbage, with and without a valid header in front of it.
        QRandomGenerator random(6);
        for (int round = 0; round < 20; ++round) {
            QByteArray garbage(4096, '\0');
            for (char& c : garbage)
                c = static_cast<char>(random.bounded(256));
            expectNothingWritten(CsvImportKind::Responders, garbage, accept);
            const ImportReport report =
                expectNothingWritten(CsvImportKind::Roster, "badge_no,from,to\n" + garbage, accept);
            QCOMPARE(report.valid, 0);
        }
    }

    void operatorWithoutAccountIsRefused()
    {
        // A responder without an operator account (so without the import permission).
        const Actor officer{reader().responders().front().id, QStringLiteral("警员"), QStringLiteral("ws")};
        const auto counts = reader().rowCounts();
        QVERIFY_THROWS_EXCEPTION(
            DispatchError,
            CsvImporter(context()).run(officer, CsvImportKind::Hazards,
                                       "lon,lat,kind,found_at\n121.4,31.2,x,2026-11-25 14:30\n", {}));
        QCOMPARE(reader().rowCounts(), counts);
    }

    void changedDatabaseBetweenCheckAndImportIsRefused()
    {
        const QByteArray csv = "badge_no,name,kind\n600001,A,auxiliary\n600002,B,auxiliary\n";
        CsvImportOptions options;
        options.expectedValid = 1; // the operator saw a different check result
        const auto counts = reader().rowCounts();
        QVERIFY_THROWS_EXCEPTION(DispatchError, run(CsvImportKind::Responders, csv, options));
        QCOMPARE(reader().rowCounts(), counts);
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "test_csv_importer.moc"
