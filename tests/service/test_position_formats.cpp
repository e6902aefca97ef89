// The position parsers against the formats as the apps' documentation gives them (docs/FIELD_LINK.md).
#include "service/position_formats.h"

#include <QTest>

using namespace xiuhua;
using namespace xiuhua::service;

class TestPositionFormats : public QObject
{
    Q_OBJECT

private slots:
    void formDecodesPlusAndPercent()
    {
        const FormFields f = parseForm("id=phone+1&note=a%2Cb&empty=&flag");
        QCOMPARE(f.size(), 4);
        QCOMPARE(f[0].second, QStringLiteral("phone 1"));
        QCOMPARE(f[1].second, QStringLiteral("a,b"));
        QCOMPARE(f[2].second, QString());
        QCOMPARE(f[3].first, QStringLiteral("flag"));
    }

    void osmAndQueryAsTraccarDocumentsIt()
    {
        const ParsedPositions p = parseOsmAndFields(
            parseForm("id=123456&lat=31.2304&lon=121.4737&timestamp=1764998400&hdop=1.2&altitude=12&speed=10"
                      "&bearing=370&accuracy=8&batt=64&token=abc"));
        QVERIFY(p.ok());
        QCOMPARE(p.identifier, QStringLiteral("123456"));
        QCOMPARE(p.token, QStringLiteral("abc"));
        QCOMPARE(p.reports.size(), 1u);
        const auto& r = p.reports.front();
        QCOMPARE(r.location, (core::GeoPoint{121.4737, 31.2304}));
        QCOMPARE(r.fixAt, QDateTime::fromSecsSinceEpoch(1764998400, Qt::UTC));
        QVERIFY(qAbs(*r.speedMps - 10 * 1852.0 / 3600.0) < 1e-12); // knots
        QCOMPARE(*r.headingDeg, 10.0);
        QCOMPARE(*r.altitudeM, 12.0);
        QCOMPARE(*r.accuracyM, 8.0);
        QCOMPARE(*r.batteryPercent, 64);
    }

    void osmAndTimestampsInEveryForm_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        const QDateTime at(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("seconds") << QByteArray("1796544000") << at;
        QTest::newRow("milliseconds") << QByteArray("1796544000250") << at.addMSecs(250);
        QTest::newRow("ISO 8601 Z") << QByteArray("2026-12-06T08:00:00.000Z") << at;
        QTest::newRow("ISO 8601 offset") << QByteArray("2026-12-06T16:00:00%2B08:00") << at;
        QTest::newRow("plain UTC") << QByteArray("2026-12-06+08:00:00") << at;
    }

    void osmAndTimestampsInEveryForm()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(QDateTime, expected);
        const ParsedPositions p = parseOsmAndFields(parseForm("id=x&lat=1&lon=2&timestamp=" + timestamp));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.reports.front().fixAt, expected);
    }

    void osmAndRefusesMalformedValues_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("latitude text") << QByteArray("id=x&lat=north&lon=2");
        QTest::newRow("latitude range") << QByteArray("id=x&lat=91&lon=2");
        QTest::newRow("no longitude") << QByteArray("id=x&lat=1");
        QTest::newRow("NaN") << QByteArray("id=x&lat=nan&lon=2");
        QTest::newRow("infinite") << QByteArray("id=x&lat=1&lon=inf");
        QTest::newRow("time text") << QByteArray("id=x&lat=1&lon=2&timestamp=yesterday");
        QTest::newRow("1970") << QByteArray("id=x&lat=1&lon=2&timestamp=5");
        QTest::newRow("location") << QByteArray("id=x&location=1");
    }

    void osmAndRefusesMalformedValues()
    {
        QFETCH(QByteArray, query);
        const ParsedPositions p = parseOsmAndFields(parseForm(query));
        QVERIFY(!p.ok());
        QVERIFY(p.reports.empty());
    }

    void unknownValuesAreDroppedNotTheFix()
    {
        const ParsedPositions p =
            parseOsmAndFields(parseForm("id=x&lat=1&lon=2&speed=-1&batt=140&accuracy=-5"));
        QVERIFY(p.ok());
        QVERIFY(!p.reports.front().speedMps && !p.reports.front().batteryPercent &&
                !p.reports.front().accuracyM);
        QVERIFY(parseOsmAndFields(parseForm("id=x&lat=1&lon=2&valid=false")).reports.empty());
    }

    void traccarClientJsonAsDocumented()
    {
        const ParsedPositions p = parseTraccarJson(
            R"({"location":{"timestamp":"2026-12-06T08:00:00.000Z","coords":{"latitude":31.23,"longitude":121.47,)"
            R"("accuracy":5,"speed":1.5,"heading":-1,"altitude":4},"is_moving":false,"odometer":0,)"
            R"("event":"motionchange","battery":{"level":0.5,"is_charging":false},"activity":{"type":"still"},)"
            R"("extras":{}},"device_id":"48241179"})");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.identifier, QStringLiteral("48241179"));
        const auto& r = p.reports.front();
        QCOMPARE(*r.speedMps, 1.5);
        QVERIFY(!r.headingDeg);
        QCOMPARE(*r.batteryPercent, 50);
        QCOMPARE(r.fixAt, QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC));
    }

    void traccarBurstsAndFlatObjects()
    {
        ParsedPositions p = parseTraccarJson(
            R"({"device_id":"a","location":[{"timestamp":"2026-12-06T08:00:05Z","coords":{"latitude":1,"longitude":2}},)"
            R"({"timestamp":"2026-12-06T08:00:00Z","coords":{"latitude":1.1,"longitude":2.1}}]})");
        QVERIFY(p.ok());
        QCOMPARE(p.reports.size(), 2u);
        QVERIFY(p.reports[0].fixAt != p.reports[1].fixAt);
        p = parseTraccarJson(R"({"id":"b","lat":1,"lon":2,"timestamp":1765008000,"speed":2})");
        QVERIFY(p.ok());
        QCOMPARE(p.identifier, QStringLiteral("b"));
        QVERIFY(qAbs(*p.reports.front().speedMps - 2 * 1852.0 / 3600.0) < 1e-12);
        QVERIFY(!parseTraccarJson(R"([{"device_id":"a","location":{"coords":{"latitude":1,"longitude":2}}},)"
                                  R"({"device_id":"b","location":{"coords":{"latitude":1,"longitude":2}}}])")
                     .ok()); // two devices
        QVERIFY(!parseTraccarJson("{\"location\":").ok());
        QVERIFY(!parseTraccarJson(R"({"location":{"coords":{"latitude":1}}})").ok());
    }

    void ownTracksLocationAsTheBookletGivesIt()
    {
        const ParsedPositions p = parseOwnTracksJson(
            R"({"_type":"location","tid":"JJ","lat":48.85833,"lon":2.29513,"tst":1765008000,"acc":5,"alt":3,)"
            R"("batt":41,"cog":271,"vel":36})");
        QVERIFY(p.ok());
        QVERIFY(p.identifier.isEmpty()); // the request names the device
        const auto& r = p.reports.front();
        QCOMPARE(*r.speedMps, 10.0); // 36 km/h
        QCOMPARE(*r.headingDeg, 271.0);
        QCOMPARE(*r.batteryPercent, 41);
    }

    void ownTracksQueuesAndOtherMessages()
    {
        ParsedPositions p = parseOwnTracksJson(
            R"([{"_type":"location","lat":1,"lon":2,"tst":1765008000},{"_type":"lwt","tst":1765008000},)"
            R"({"_type":"location","lat":1.1,"lon":2.1,"tst":1765008060}])");
        QVERIFY(p.ok());
        QCOMPARE(p.reports.size(), 2u);
        QVERIFY(parseOwnTracksJson("").ok());
        QVERIFY(parseOwnTracksJson("").reports.empty());
        QVERIFY(
            parseOwnTracksJson(R"({"_type":"transition","lat":1,"lon":2,"tst":1765008000})").reports.empty());
        QVERIFY(!parseOwnTracksJson(R"({"_type":"location","lat":1,"lon":2})").ok()); // no tst
        QVERIFY(!parseOwnTracksJson(R"({"_type":"location","lat":1,"lon":2,"tst":1.5})").ok());
        QVERIFY(!parseOwnTracksJson("[1]").ok());
    }
};

QTEST_GUILESS_MAIN(TestPositionFormats)
#include "test_position_formats.moc"
