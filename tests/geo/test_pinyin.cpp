#include "geo/pinyin.h"
#include "geo/vector_source.h"

#include <QSet>
#include <QTest>

using namespace xiuhua::geo;

class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void everyCharacterInTheBundledNamesHasAReading();
    void commonAndStreetCharacters();
    void initialsAndFullPinyin();
    void polyphonicCharactersHaveBothReadings();
    void matchTextFindsInitialsAndSyllables();
};

void TestPinyin::everyCharacterInTheBundledNamesHasAReading()
{
    const VectorSource source = VectorSource::open(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"));
    const QStringList layers{QStringLiteral("roads"),   QStringLiteral("communities"),
                             QStringLiteral("posts"),   QStringLiteral("fire_stations"),
                             QStringLiteral("cameras"), QStringLiteral("green"),
                             QStringLiteral("water"),   QStringLiteral("station_boundary")};
    const QStringList fields{QStringLiteral("name"), QStringLiteral("road_name")};
    QSet<QChar> missing;
    int checked = 0;
    for (const QString& layer : layers) {
        if (!source.hasLayer(layer))
            continue;
        for (const Feature& feature : source.readLayer(layer)) {
            for (const QString& field : fields) {
                for (const QChar ch : feature.attributes.value(field).toString()) {
                    if (ch.unicode() < 0x3400 || ch.unicode() > 0x9FFF)
                        continue;
                    ++checked;
                    if (!pinyin::hasReading(ch))
                        missing.insert(ch);
                }
            }
        }
    }
    QString list;
    for (const QChar ch : missing)
        list += ch;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no pinyin for: ") + list +
                                           QStringLiteral(" (regenerate with src/geo/pinyin_table_gen.py)")));
    QVERIFY(checked > 1000);
}

void TestPinyin::commonAndStreetCharacters()
{
    const QString street = QStringLiteral("路街弄里坊号东西南北中大小新老上海浦黄人民广场公园桥港浜泾塘湾");
    for (const QChar ch : street)
        QVERIFY2(pinyin::hasReading(ch), qPrintable(QString(ch)));
    const QString common =
        QStringLiteral("的一是不了在有我他这个们来到时大地为子中你说生国年着就那和要她出也得里后自以会");
    for (const QChar ch : common)
        QVERIFY2(pinyin::hasReading(ch), qPrintable(QString(ch)));
    QVERIFY(!pinyin::hasReading(QLatin1Char('a')));
    QCOMPARE(pinyin::initial(QChar(u'福')), 'f');
    QCOMPARE(pinyin::initial(QLatin1Char('x')), '\0');
}

void TestPinyin::initialsAndFullPinyin()
{
    QCOMPARE(pinyin::initials(QStringLiteral("福州路")), QStringLiteral("fzl"));
    QCOMPARE(pinyin::initials(QStringLiteral("人民广场")), QStringLiteral("rmgc"));
    QCOMPARE(pinyin::initials(QStringLiteral("中山东一路/汉口路")), QStringLiteral("zsdylhkl"));
    QCOMPARE(pinyin::initials(QStringLiteral("B2 出口")), QStringLiteral("b2ck"));
    QCOMPARE(pinyin::full(QStringLiteral("福州路")), QStringLiteral("fuzhoulu"));
    QCOMPARE(pinyin::full(QStringLiteral("南京东路")), QStringLiteral("nanjingdonglu"));
    QCOMPARE(pinyin::full(QStringLiteral("绿")), QStringLiteral("lv"));
}

void TestPinyin::polyphonicCharactersHaveBothReadings()
{
    QVERIFY(pinyin::readings(QChar(u'藏')).contains(QStringLiteral("zang")));
    QVERIFY(pinyin::readings(QChar(u'藏')).contains(QStringLiteral("cang")));
    QVERIFY(pinyin::readings(QChar(u'长')).contains(QStringLiteral("chang")));
    QVERIFY(pinyin::readings(QChar(u'重')).contains(QStringLiteral("chong")));
    QVERIFY(pinyin::readings(QChar(u'陂')).contains(QStringLiteral("pi")));
    QVERIFY(pinyin::readings(QChar(u'厦')).contains(QStringLiteral("xia")));
    QCOMPARE(pinyin::readings(QChar(u'路')), QStringList{QStringLiteral("lu")});
    QVERIFY(pinyin::readings(QChar(u'!')).isEmpty());
}

void TestPinyin::matchTextFindsInitialsAndSyllables()
{
    const pinyin::MatchText xizang(QStringLiteral("西藏中路"));
    QCOMPARE(xizang.find(QStringLiteral("xzzl")), 0);
    QCOMPARE(xizang.find(QStringLiteral("xczl")), 0);
    QCOMPARE(xizang.find(QStringLiteral("xzzl"), true), 0);
    QCOMPARE(xizang.find(QStringLiteral("xizangzhonglu")), 0);
    QCOMPARE(xizang.find(QStringLiteral("xizangzhonglu"), true), -1);
    QCOMPARE(xizang.find(QStringLiteral("xizzl")), 0);
    QCOMPARE(xizang.find(QStringLiteral("xizangz")), 0);
    QCOMPARE(xizang.find(QStringLiteral("zzl")), 1);
    QCOMPARE(xizang.find(QStringLiteral("zhonglu")), 2);
    QCOMPARE(xizang.find(QStringLiteral("xzl")), -1);
    QCOMPARE(xizang.find(QString()), -1);
    const pinyin::MatchText huangpi(QStringLiteral("黄陂北路"));
    QCOMPARE(huangpi.find(QStringLiteral("hpbl")), 0);
    QCOMPARE(huangpi.find(QStringLiteral("huangpibeilu")), 0);
    const pinyin::MatchText intersection(QStringLiteral("西藏中路/福州路"));
    QCOMPARE(intersection.find(QStringLiteral("xzzlfzl")), 0);
    QCOMPARE(intersection.find(QStringLiteral("fzl")), 4);
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "test_pinyin.moc"
