#include "core/csv_reader.h"
#include "report_fixture.h"
#include "reports/csv_export.h"
#include "storage/sqlite_database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::reports;
using xiuhua::testing::ReportFixture;

class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReportFixture> m_fixture;
    testing::ScriptedShift m_script;

    // Splits RFC 4180 text into records of fields (quotes, doubled quotes, line breaks in fields).
    static std::vector<QStringList> parse(const QString& text)
    {
        std::vector<QStringList> records(1);
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                    field += c, ++i;
                else if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    field += c;
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                records.back() << field;
                field.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                records.back() << field;
                field.clear();
                records.emplace_back();
                ++i;
            } else {
                field += c;
            }
        }
        if (records.back().isEmpty() && field.isEmpty())
            records.pop_back();
        return records;
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ReportFixture>(m_dir.filePath(QStringLiteral("db.sqlite")));
        m_script = m_fixture->playScriptedShift();
    }

    void quotingFollowsRfc4180()
    {
        QCOMPARE(CsvExport::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                                    QStringLiteral("two\nlines"), QString()}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\","));
        QCOMPARE(CsvExport::record({QStringLiteral("人民大道 5 号")}),
                 QStringLiteral("人民大道 5 号").toUtf8());
    }

    void oneRowPerAssignmentWithBom()
    {
        const ReportPeriod period = *ReportPeriod::forShift(m_fixture->store->read(), m_script.shiftId);
        const QByteArray csv =
            CsvExport(m_fixture->store->read(), m_fixture->taxonomy, QStringLiteral("zh_CN"))
                .incidents(period);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        const auto records = parse(QString::fromUtf8(csv.mid(3)));
        // 5 assignments (the fire had two) + the undispatched noise complaint, after the header.
        storage::SqliteDatabase db = storage::SqliteDatabase::open(
            m_fixture->store->location(), storage::SqliteDatabase::OpenMode::ReadOnly);
        storage::Statement s(
            db, "SELECT (SELECT COUNT(*) FROM assignment a JOIN incident i ON i.id = a.incident_id "
                "WHERE i.received_at >= ?1 AND i.received_at < ?2) + (SELECT COUNT(*) FROM incident i "
                "WHERE i.received_at >= ?1 AND i.received_at < ?2 AND NOT EXISTS (SELECT 1 FROM "
                "assignment a WHERE a.incident_id = i.id))");
        s.bind(1, period.from()).bind(2, period.to());
        QVERIFY(s.step());
        QCOMPARE(int(records.size()) - 1, s.integer(0));
        QCOMPARE(int(records.size()) - 1, 6);
        for (const QStringList& record : records)
            QCOMPARE(record.size(), records.front().size());
        const auto fire = std::count_if(records.begin(), records.end(), [](const QStringList& r) {
            return r.value(3) == QStringLiteral("火灾");
        });
        QCOMPARE(fire, 2);
        // Local times, to the second.
        QVERIFY(std::any_of(records.begin(), records.end(), [](const QStringList& r) {
            return r.value(1) == QStringLiteral("2026-11-26 10:00:00");
        }));
    }

    // Last: it changes the shift's text. Everything a person typed or a file brought in, in every text
    // column, comes back from the written file as text, never as a formula.
    void formulasInTypedTextStayText()
    {
        const QString sum = QStringLiteral("@SUM(1+1)");
        const QString address = QStringLiteral("+1-2");
        const QString name = QStringLiteral("=cmd|' /C calc'!A0");
        const QString tabNote = QStringLiteral("\tnote");
        const QString crNote = QStringLiteral("\rnote");
        {
            storage::SqliteDatabase db = storage::SqliteDatabase::open(
                m_fixture->store->location(), storage::SqliteDatabase::OpenMode::ReadWrite);
            storage::Statement incident(db, "UPDATE incident SET description = ?1, address_text = ?2, "
                                            "matched_address = '', subcategory = ?3, disposition = ?4 "
                                            "WHERE id = ?5");
            incident.bind(1, sum).bind(2, address).bind(3, QStringLiteral("-x")).bind(4, tabNote);
            incident.bind(5, m_script.theft).step();
            storage::Statement responder(db, "UPDATE responder SET name = ?1, badge_no = ?2 WHERE id = ?3");
            responder.bind(1, name).bind(2, QStringLiteral("+031501")).bind(3, m_script.patrol1).step();
            storage::Statement assignment(db,
                                          "UPDATE assignment SET cancel_reason = ?1 WHERE incident_id = ?2");
            assignment.bind(1, crNote).bind(2, m_script.theft).step();
            storage::Statement community(db, "UPDATE community SET name = ?1 WHERE id = (SELECT community_id "
                                             "FROM incident WHERE id = ?2)");
            community.bind(1, QStringLiteral("=1+2")).bind(2, m_script.theft).step();
        }
        const ReportPeriod period = *ReportPeriod::forShift(m_fixture->store->read(), m_script.shiftId);
        const QString path = m_dir.filePath(QStringLiteral("shift.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(CsvExport(m_fixture->store->read(), m_fixture->taxonomy, QStringLiteral("zh_CN"))
                           .incidents(period));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto records = core::CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
        QVERIFY(records.size() > 1);
        const auto theft = std::find_if(records.begin(), records.end(), [&](const core::CsvRecord& r) {
            return r.fields.value(9) == QLatin1Char('\'') + sum;
        });
        QVERIFY2(theft != records.end(), bytes.constData());
        const QStringList expected{QStringLiteral("'=1+2"),  QLatin1Char('\'') + address,
                                   QLatin1Char('\'') + sum,  QLatin1Char('\'') + tabNote,
                                   QLatin1Char('\'') + name, QStringLiteral("'+031501")};
        const QStringList got{theft->fields.value(7),  theft->fields.value(8),  theft->fields.value(9),
                              theft->fields.value(10), theft->fields.value(11), theft->fields.value(12)};
        QCOMPARE(got, expected);
        QCOMPARE(theft->fields.value(4), QStringLiteral("'-x"));
        QCOMPARE(theft->fields.value(18),
                 QStringLiteral("'\nnote")); // the reader gives a CR in a field as LF
        QVERIFY(bytes.contains("\"'\rnote\""));
        for (const core::CsvRecord& record : records)
            for (const QString& field : record.fields)
                QVERIFY2(!QStringLiteral("=+-@\t\r").contains(field.left(1)) || field.isEmpty(),
                         qPrintable(field));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
