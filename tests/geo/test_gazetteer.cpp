#include "geo/gazetteer.h"
#include "geo/vector_source.h"

#include <QTest>

using namespace xiuhua::geo;

namespace {

QStringList texts(const std::vector<GazetteerMatch>& matches)
{
    QStringList result;
    for (const GazetteerMatch& match : matches)
        result << match.text;
    return result;
}

// A handful of entries, as a client might add them.
Gazetteer small()
{
    Gazetteer g;
    g.add({QStringLiteral("福州路"), GazetteerKind::Road, 121.48, 31.23, std::nullopt, 0},
          {QStringLiteral("Fuzhou Road")});
    g.add({QStringLiteral("西藏中路"), GazetteerKind::Road, 121.47, 31.23, std::nullopt, 0},
          {QStringLiteral("Middle Xizang Road")});
    g.add({QStringLiteral("福州居委会"), GazetteerKind::Community, 121.48, 31.23, 4, 0},
          {QStringLiteral("福州")});
    g.add({QStringLiteral("福州社区警务室"), GazetteerKind::Post, 121.481, 31.231, 4, 0});
    g.add({QStringLiteral("老福州路"), GazetteerKind::Road, 121.49, 31.23, std::nullopt, 0});
    g.addIntersection(QStringLiteral("西藏中路"), QStringLiteral("福州路"), 121.475, 31.232, 4);
    g.add({QStringLiteral("福州路/西藏中路 东北角"), GazetteerKind::Camera, 121.4751, 31.2321, 4, 0});
    return g;
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void chineseSubstring();
    void exactRanksFirst();
    void pinyinInitials();
    void intersectionsInAnyOrder_data();
    void intersectionsInAnyOrder();
    void communityWithoutSuffix();
    void latinIsCaseInsensitive();
    void limitAndEmptyQuery();
    void bundledDataset();
};

void TestGazetteer::chineseSubstring()
{
    const Gazetteer g = small();
    const QStringList found = texts(g.search(QStringLiteral("警务")));
    QCOMPARE(found, QStringList{QStringLiteral("福州社区警务室")});
    QVERIFY(texts(g.search(QStringLiteral("藏中"))).contains(QStringLiteral("西藏中路")));
}

void TestGazetteer::exactRanksFirst()
{
    const Gazetteer g = small();
    const std::vector<GazetteerMatch> found = g.search(QStringLiteral("福州路"));
    QVERIFY(found.size() >= 4);
    QCOMPARE(found[0].text, QStringLiteral("福州路"));
    QCOMPARE(found[0].kind, GazetteerKind::Road);
    // Prefix matches next (the intersection and camera starting with 福州路), substring last.
    QCOMPARE(found.back().text, QStringLiteral("老福州路"));
    for (std::size_t i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].score >= found[i].score);
}

void TestGazetteer::pinyinInitials()
{
    const Gazetteer g = small();
    QCOMPARE(g.search(QStringLiteral("xzzl")).front().text, QStringLiteral("西藏中路"));
    QCOMPARE(g.search(QStringLiteral("fzl")).front().text, QStringLiteral("福州路"));
    QCOMPARE(g.search(QStringLiteral("FZL")).front().text, QStringLiteral("福州路"));
    QCOMPARE(g.search(QStringLiteral("fuzhoulu")).front().text, QStringLiteral("福州路"));
    QCOMPARE(g.search(QStringLiteral("fzsqjws")).front().text, QStringLiteral("福州社区警务室"));
    QVERIFY(texts(g.search(QStringLiteral("fzl"))).contains(QStringLiteral("老福州路"))); // initials inside
    QVERIFY(g.search(QStringLiteral("qqq")).empty());
}

void TestGazetteer::intersectionsInAnyOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("slash") << QStringLiteral("西藏中路/福州路");
    QTest::newRow("swapped") << QStringLiteral("福州路/西藏中路");
    QTest::newRow("run together") << QStringLiteral("西藏中路福州路");
    QTest::newRow("swapped run together") << QStringLiteral("福州路西藏中路");
    QTest::newRow("crossing") << QStringLiteral("西藏中路与福州路交叉口");
    QTest::newRow("crossing swapped") << QStringLiteral("福州路与西藏中路路口");
    QTest::newRow("space") << QStringLiteral("西藏中路 福州路");
    QTest::newRow("partial") << QStringLiteral("西藏/福州");
    QTest::newRow("initials slash") << QStringLiteral("xzzl/fzl");
    QTest::newRow("initials space") << QStringLiteral("xzzl fzl");
    QTest::newRow("initials swapped") << QStringLiteral("fzl xzzl");
    QTest::newRow("initials run together") << QStringLiteral("xzzlfzl");
}

void TestGazetteer::intersectionsInAnyOrder()
{
    QFETCH(QString, query);
    const std::vector<GazetteerMatch> found = small().search(query);
    QVERIFY(!found.empty());
    QCOMPARE(found.front().text, QStringLiteral("西藏中路/福州路"));
    QCOMPARE(found.front().kind, GazetteerKind::Intersection);
    QCOMPARE(found.front().communityId, std::optional<qint64>(4));
}

void TestGazetteer::communityWithoutSuffix()
{
    const Gazetteer g = small();
    const std::vector<GazetteerMatch> found = g.search(QStringLiteral("福州"));
    QCOMPARE(found.front().text, QStringLiteral("福州居委会"));
    QCOMPARE(found.front().kind, GazetteerKind::Community);
    QCOMPARE(g.search(QStringLiteral("福州居委会")).front().text, QStringLiteral("福州居委会"));
}

void TestGazetteer::latinIsCaseInsensitive()
{
    const Gazetteer g = small();
    QCOMPARE(g.search(QStringLiteral("FUZHOU road")).front().text, QStringLiteral("福州路"));
    QCOMPARE(g.search(QStringLiteral("xizang")).front().text, QStringLiteral("西藏中路"));
}

void TestGazetteer::limitAndEmptyQuery()
{
    const Gazetteer g = small();
    QCOMPARE(g.search(QStringLiteral("福州"), 2).size(), std::size_t(2));
    QCOMPARE(g.search(QStringLiteral("福州"), 0).size(), std::size_t(0));
    QVERIFY(g.search(QString()).empty());
    QVERIFY(g.search(QStringLiteral("   ")).empty());
    QVERIFY(g.search(QStringLiteral("/")).empty());
    QCOMPARE(g.size(), std::size_t(7));
}

void TestGazetteer::bundledDataset()
{
    const VectorSource source = VectorSource::open(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"));
    const Gazetteer g = Gazetteer::fromDataset(source);
    int kinds[6] = {};
    for (const GazetteerMatch& entry : g.entries())
        ++kinds[int(entry.kind)];
    qInfo("gazetteer: %zu entries (%d roads, %d intersections, %d communities, %d posts, %d fire stations, "
          "%d cameras)",
          g.size(), kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], kinds[5]);
    QVERIFY(kinds[int(GazetteerKind::Road)] > 100);
    QVERIFY(kinds[int(GazetteerKind::Intersection)] > 100);
    QCOMPARE(kinds[int(GazetteerKind::Community)], 13);
    QCOMPARE(kinds[int(GazetteerKind::Post)], 17);
    QCOMPARE(kinds[int(GazetteerKind::FireStation)], 5);
    QVERIFY(kinds[int(GazetteerKind::Camera)] > 100);

    QCOMPARE(g.search(QStringLiteral("福州路")).front().text, QStringLiteral("福州路"));
    QCOMPARE(g.search(QStringLiteral("xzzl")).front().text, QStringLiteral("西藏中路"));
    const GazetteerMatch crossing = g.search(QStringLiteral("xzzl fzl")).front();
    QCOMPARE(crossing.kind, GazetteerKind::Intersection);
    QVERIFY(crossing.text.contains(QStringLiteral("西藏中路")) &&
            crossing.text.contains(QStringLiteral("福州路")));
    QVERIFY(crossing.communityId.has_value());
    QCOMPARE(g.search(QStringLiteral("福州路与西藏中路交叉口")).front().text, crossing.text);
    const GazetteerMatch community = g.search(QStringLiteral("福州")).front();
    QCOMPARE(community.text, QStringLiteral("福州居委会"));
    QVERIFY(community.communityId.has_value());
    const GazetteerMatch post = g.search(QStringLiteral("人民广场派出所")).front();
    QCOMPARE(post.kind, GazetteerKind::Post);
    QCOMPARE(g.search(QStringLiteral("天津微型")).front().kind, GazetteerKind::FireStation);
    QCOMPARE(g.search(QStringLiteral("东北角")).front().kind, GazetteerKind::Camera);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "test_gazetteer.moc"
