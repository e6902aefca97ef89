#include "core/csv_decoder.h"
#include "core/csv_reader.h"

#include <QStringEncoder>
#include <QTest>

using namespace xiuhua::core;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRecordsWithCrLf()
    {
        const auto records = CsvReader::parse(u"a,b,c\r\n1,2,3\r\n\r\n4,,\n");
        QCOMPARE(records.size(), 3u);
        QCOMPARE(records[0].fields, QStringList({"a", "b", "c"}));
        QCOMPARE(records[1].fields, QStringList({"1", "2", "3"}));
        QCOMPARE(records[2].fields, QStringList({"4", "", ""}));
        QCOMPARE(records[2].line, 4); // the blank line is counted but skipped
        for (const auto& record : records)
            QVERIFY(record.error.isEmpty());
    }

    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
    {
        const auto records = CsvReader::parse(u"\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,1,2");
        QCOMPARE(records.size(), 2u);
        QCOMPARE(records[0].fields, QStringList({"x,y", "say \"hi\"", "two\nlines"}));
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[1].fields.first(), QStringLiteral("next"));
    }

    void unclosedQuoteIsAnErrorOfThatRecordOnly()
    {
        const auto records = CsvReader::parse(u"a,b\n1,\"cut sh");
        QCOMPARE(records.size(), 2u);
        QVERIFY(records[0].error.isEmpty());
        QVERIFY(!records[1].error.isEmpty());
    }

    void strayQuotesAreErrors()
    {
        const auto records = CsvReader::parse(u"a\"b,c\n\"x\"y,z\nok,1\n");
        QCOMPARE(records.size(), 3u);
        QVERIFY(!records[0].error.isEmpty());
        QVERIFY(!records[1].error.isEmpty());
        QVERIFY(records[2].error.isEmpty());
    }

    void emptyInputAndOtherSeparators()
    {
        QVERIFY(CsvReader::parse(u"").empty());
        QVERIFY(CsvReader::parse(u"\n\r\n").empty());
        const auto records = CsvReader::parse(u"a\tb\n", QLatin1Char('\t'));
        QCOMPARE(records[0].fields, QStringList({"a", "b"}));
    }

    void decodesUtf8WithAndWithoutBom()
    {
        const QByteArray utf8 = QStringLiteral("警号,姓名").toUtf8();
        auto plain = CsvDecoder::decode(utf8);
        QCOMPARE(plain.encoding, CsvEncoding::Utf8);
        QVERIFY(!plain.hadBom);
        QCOMPARE(plain.text, QStringLiteral("警号,姓名"));
        auto bom = CsvDecoder::decode("\xEF\xBB\xBF" + utf8);
        QVERIFY(bom.hadBom);
        QCOMPARE(bom.text, QStringLiteral("警号,姓名"));
    }

    void detectsGb18030()
    {
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray gb = encoder.encode(QStringLiteral("警号,姓名\n张伟"));
        const auto detected = CsvDecoder::decode(gb);
        QCOMPARE(detected.encoding, CsvEncoding::Gb18030);
        QCOMPARE(detected.text, QStringLiteral("警号,姓名\n张伟"));
        // Forced UTF-8 on GB18030 bytes is refused rather than read as garbage.
        QVERIFY(!CsvDecoder::decode(gb, CsvEncoding::Utf8).error.isEmpty());
    }

    void detectsUtf16FromItsBom()
    {
        // Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(QStringLiteral("警号\t姓名\n1\t张伟\n"));
        const auto decoded = CsvDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, CsvEncoding::Utf16);
        QCOMPARE(decoded.text, QStringLiteral("警号\t姓名\n1\t张伟\n"));
    }

    void encodingNames()
    {
        QCOMPARE(CsvDecoder::encodingFromName(u"GB18030"), CsvEncoding::Gb18030);
        QCOMPARE(CsvDecoder::encodingFromName(u"utf-8"), CsvEncoding::Utf8);
        QVERIFY(!CsvDecoder::encodingFromName(u"latin1"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
