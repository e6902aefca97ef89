#include "core/csv_reader.h"
#include "core/csv_writer.h"

#include <QTest>

using namespace xiuhua::core;

// The one place that writes CSV: RFC 4180 quoting, and text that a spreadsheet would take for a
// formula kept as text (OWASP, CSV injection), while the program's numbers stay numbers.
class TestCsvWriter : public QObject
{
    Q_OBJECT

    // What a spreadsheet reads from `bytes`: the BOM dropped, the records parsed back.
    static std::vector<CsvRecord> readBack(const QByteArray& bytes)
    {
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {};
        return CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
    }

private slots:
    void quotingFollowsRfc4180()
    {
        QCOMPARE(
            CsvWriter::textRecord({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                                   QStringLiteral("two\nlines"), QString()}),
            QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\","));
        QCOMPARE(CsvWriter::textField(QStringLiteral("人民大道 5 号")),
                 QStringLiteral("人民大道 5 号").toUtf8());
    }

    void formulaTextIsWrittenAsText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("at") << QStringLiteral("@SUM(1+1)");
        QTest::newRow("plus") << QStringLiteral("+1-2");
        QTest::newRow("equals") << QStringLiteral("=cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3");
        QTest::newRow("tab") << QStringLiteral("\tnote");
        QTest::newRow("carriage return") << QStringLiteral("\rnote");
        QTest::newRow("quote inside") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    }

    void formulaTextIsWrittenAsText()
    {
        QFETCH(QString, typed);
        const QByteArray field = CsvWriter::textField(typed);
        QVERIFY2(field.startsWith("\"'"), field.constData()); // quoted, then the apostrophe
        CsvWriter csv;
        csv.text(typed).text(QStringLiteral("after")).endRecord();
        const auto records = readBack(csv.bytes());
        QCOMPARE(records.size(), size_t(1));
        QVERIFY(csv.bytes().contains(field));
        // The reader gives a line break inside a field as '\n', whichever it was.
        const QString shown =
            QLatin1Char('\'') + QString(typed).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QCOMPARE(records[0].fields, (QStringList{shown, QStringLiteral("after")}));
    }

    void ordinaryTextIsUntouched()
    {
        for (const QString& text :
             {QStringLiteral("西藏中路 1 号"), QStringLiteral("a=b"), QStringLiteral("1+1"),
              QStringLiteral("'quoted"), QStringLiteral(" =spaced")})
            QCOMPARE(CsvWriter::textField(text), text.toUtf8());
    }

    void numbersStayNumbers()
    {
        CsvWriter csv;
        csv.number(-15).number(0).number(42).empty().text(QStringLiteral("-15")).endRecord();
        QCOMPARE(csv.bytes(), QByteArray("\xEF\xBB\xBF-15,0,42,,\"'-15\"\r\n"));
        const auto records = readBack(csv.bytes());
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records[0].fields.value(0), QStringLiteral("-15"));
        QCOMPARE(records[0].fields.value(4), QStringLiteral("'-15")); // typed text that looks like one
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
