#include "core/taxonomy.h"

#include <QTest>

using namespace xiuhua::core;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void bundledTaxonomyLoads()
    {
        const Taxonomy taxonomy =
            Taxonomy::fromFile(QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
        QVERIFY(taxonomy.categories().size() >= 10);
        const Category* fire = taxonomy.find(QStringLiteral("fire"));
        QVERIFY(fire);
        QCOMPARE(fire->nameZh, QStringLiteral("火灾"));
        QCOMPARE(fire->defaultPriority, Priority::P1);
        QVERIFY(std::find(fire->needs.begin(), fire->needs.end(), ResponderKind::FireCrew) !=
                fire->needs.end());
        const Category* burglary = taxonomy.find(QStringLiteral("burglary"));
        QVERIFY(burglary && burglary->followUpRequired);
        QCOMPARE(taxonomy.displayName(QStringLiteral("burglary"), QStringLiteral("zh_CN")),
                 QStringLiteral("入室盗窃"));
        QCOMPARE(taxonomy.displayName(QStringLiteral("burglary"), QStringLiteral("en")),
                 QStringLiteral("Burglary"));
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{categories: [");
        QTest::newRow("no categories") << QByteArray("{}");
        QTest::newRow("bad priority")
            << QByteArray(R"({"categories":[{"code":"x","zh":"某","priority":"P9"}]})");
        QTest::newRow("unknown kind")
            << QByteArray(R"({"categories":[{"code":"x","zh":"某","priority":"P1","needs":["wizard"]}]})");
        QTest::newRow("duplicate") << QByteArray(
            R"({"categories":[{"code":"x","zh":"某","priority":"P1"},{"code":"x","zh":"某","priority":"P2"}]})");
    }

    void rejectsBrokenFiles()
    {
        QFETCH(QByteArray, json);
        QVERIFY_THROWS_EXCEPTION(TaxonomyError, Taxonomy::fromJson(json));
    }
};

QTEST_APPLESS_MAIN(TestTaxonomy)
#include "test_taxonomy.moc"
