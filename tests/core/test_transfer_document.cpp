// The 110 transfer document's parser (format xiuhua.transfer110/1, docs/FIELD_LINK.md).
#include "core/transfer_document.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace xiuhua::core;

namespace {

QJsonObject valid()
{
    return {{"format", "xiuhua.transfer110/1"},
            {"transfer_number", "SH110-20261206-000123"},
            {"received_at", "2026-12-06T09:41:07+08:00"},
            {"caller_phone", "13812345678"},
            {"caller_name", "王女士"},
            {"address", "黄浦区西藏中路与福州路交叉口"},
            {"category", "burglary"},
            {"priority", "P2"},
            {"notes", "第一行\n第二行"},
            {"call_taker", "J0417"}};
}

TransferParseResult parse(const QJsonObject& object)
{
    return parseTransferDocument(QJsonDocument(object).toJson());
}

} // namespace

class TestTransferDocument : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        const TransferParseResult result = parse(valid());
        QVERIFY2(result.document, qPrintable(result.error));
        const TransferDocument& d = *result.document;
        QCOMPARE(d.transferNumber, QStringLiteral("SH110-20261206-000123"));
        QCOMPARE(d.receivedAt, QDateTime(QDate(2026, 12, 6), QTime(1, 41, 7), Qt::UTC));
        QCOMPARE(d.receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(d.callerPhone, QStringLiteral("13812345678"));
        QCOMPARE(d.callerName, QStringLiteral("王女士"));
        QCOMPARE(d.address, QStringLiteral("黄浦区西藏中路与福州路交叉口"));
        QVERIFY(!d.location);
        QCOMPARE(d.category, QStringLiteral("burglary"));
        QCOMPARE(d.priority, Priority::P2);
        QCOMPARE(d.notes, QStringLiteral("第一行\n第二行"));
        QCOMPARE(d.callTaker, QStringLiteral("J0417"));
        QVERIFY(result.error.isEmpty());
    }

    // The documented example is what the parser reads.
    void readsTheDocumentedExample()
    {
        QFile file(QStringLiteral(XIUHUA_TEST_DATA_DIR "/transfers/accepted.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TransferParseResult result = parseTransferDocument(file.readAll());
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(result.document->categoryName, QStringLiteral("入室盗窃"));
    }

    void optionalFieldsMayBeLeftOut()
    {
        QJsonObject object = valid();
        for (const char* key : {"caller_phone", "caller_name", "priority", "notes", "call_taker"})
            object.remove(QLatin1String(key));
        object.insert(QStringLiteral("something_new"), 42); // a later version's field is ignored
        const TransferParseResult result = parse(object);
        QVERIFY2(result.document, qPrintable(result.error));
        QVERIFY(!result.document->priority);
        QVERIFY(result.document->callerPhone.isEmpty());
    }

    void timesWithoutAZoneAreBeijingTime()
    {
        QJsonObject object = valid();
        object[QStringLiteral("received_at")] = QStringLiteral("2026-12-06 09:41:07");
        QCOMPARE(parse(object).document->receivedAt, QDateTime(QDate(2026, 12, 6), QTime(1, 41, 7), Qt::UTC));
        object[QStringLiteral("received_at")] = QStringLiteral("2026-12-06T01:41:07.250Z");
        QCOMPARE(parse(object).document->receivedAt,
                 QDateTime(QDate(2026, 12, 6), QTime(1, 41, 7, 250), Qt::UTC));
    }

    void readsCoordinatesAndPriorityNumbers()
    {
        QJsonObject object = valid();
        object[QStringLiteral("lon")] = 121.4737;
        object[QStringLiteral("lat")] = 31.2304;
        object[QStringLiteral("priority")] = 1;
        const TransferParseResult result = parse(object);
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(result.document->location, std::optional<GeoPoint>(GeoPoint{121.4737, 31.2304}));
        QCOMPARE(result.document->priority, Priority::P1);
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined = the field left out
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("no format") << "format" << QJsonValue(QJsonValue::Undefined) << "format";
        QTest::newRow("other format") << "format" << QJsonValue("xiuhua.transfer110/2") << "format";
        QTest::newRow("no number") << "transfer_number" << QJsonValue(QJsonValue::Undefined)
                                   << "transfer_number";
        QTest::newRow("empty number") << "transfer_number" << QJsonValue("  ") << "transfer_number";
        QTest::newRow("number with space") << "transfer_number" << QJsonValue("A 1") << "transfer_number";
        QTest::newRow("number as number") << "transfer_number" << QJsonValue(12) << "transfer_number";
        QTest::newRow("no time") << "received_at" << QJsonValue(QJsonValue::Undefined) << "received_at";
        QTest::newRow("bad time") << "received_at" << QJsonValue("yesterday") << "received_at";
        QTest::newRow("bad date") << "received_at" << QJsonValue("2026-13-40T10:00:00Z") << "received_at";
        QTest::newRow("no address") << "address" << QJsonValue(QJsonValue::Undefined) << "address";
        QTest::newRow("long address") << "address" << QJsonValue(QString(201, QChar(0x8def))) << "address";
        QTest::newRow("control char") << "caller_name" << QJsonValue("王\x01") << "caller_name";
        QTest::newRow("line break in name") << "caller_name" << QJsonValue("王\n李") << "caller_name";
        QTest::newRow("no category") << "category" << QJsonValue(QJsonValue::Undefined) << "category";
        QTest::newRow("priority P5") << "priority" << QJsonValue("P5") << "priority";
        QTest::newRow("priority 2.5") << "priority" << QJsonValue(2.5) << "priority";
        QTest::newRow("only lon") << "lon" << QJsonValue(121.0) << "lat";
        QTest::newRow("phone as number") << "caller_phone" << QJsonValue(13812345678.0) << "caller_phone";
    }

    void refusesWithAReason()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reasonPart);
        QJsonObject object = valid();
        if (value.isUndefined())
            object.remove(key);
        else
            object[key] = value;
        const TransferParseResult result = parse(object);
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(reasonPart), qPrintable(result.error));
        // A refusal never repeats the values: they may be a caller's personal data.
        QVERIFY(!result.error.contains(QStringLiteral("王")));
        QVERIFY(!result.error.contains(QStringLiteral("138")));
    }

    void refusedDocumentsStillNameTheirTransfer()
    {
        QJsonObject object = valid();
        object.remove(QStringLiteral("address"));
        QCOMPARE(parse(object).transferNumber, QStringLiteral("SH110-20261206-000123"));
    }

    void refusesWhatIsNotAnObject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\xff\xfe not json");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("truncated") << QJsonDocument(valid()).toJson().left(40);
        QTest::newRow("too large") << QByteArray(kMaxTransferDocumentBytes + 1, ' ');
    }

    void refusesWhatIsNotAnObject()
    {
        QFETCH(QByteArray, bytes);
        const TransferParseResult result = parseTransferDocument(bytes);
        QVERIFY(!result.document);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransferDocument)
#include "test_transfer_document.moc"
