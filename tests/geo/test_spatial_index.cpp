#include "geo/spatial_index.h"

#include <QTest>

#include <algorithm>
#include <random>

using xiuhua::geo::Box;
using xiuhua::geo::SpatialIndex;

namespace {

std::vector<std::uint32_t> bruteForce(const std::vector<Box>& boxes, const Box& query)
{
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (boxes[i].intersects(query))
            ids.push_back(std::uint32_t(i));
    }
    return ids;
}

std::vector<Box> randomBoxes(std::mt19937_64& random, int count, double maxSize, bool points)
{
    std::uniform_real_distribution<double> coordinate(-1000, 1000);
    std::uniform_real_distribution<double> size(0, maxSize);
    std::vector<Box> boxes;
    for (int i = 0; i < count; ++i) {
        const double x = coordinate(random);
        const double y = coordinate(random);
        boxes.push_back(points ? Box::around(x, y) : Box{x, y, x + size(random), y + size(random)});
    }
    return boxes;
}

} // namespace

class TestSpatialIndex : public QObject
{
    Q_OBJECT

private slots:
    void emptyIndexFindsNothing();
    void singleBox();
    void queriesEqualBruteForce_data();
    void queriesEqualBruteForce();
    void visitorCanStopEarly();
    void boundsCoverEverything();
};

void TestSpatialIndex::emptyIndexFindsNothing()
{
    const SpatialIndex index(std::vector<Box>{});
    QVERIFY(index.isEmpty());
    QVERIFY(index.query(Box{-1e9, -1e9, 1e9, 1e9}).empty());
    QVERIFY(index.bounds().isEmpty());
}

void TestSpatialIndex::singleBox()
{
    const SpatialIndex index({Box{0, 0, 10, 10}});
    QCOMPARE(index.size(), std::size_t(1));
    QCOMPARE(index.query(Box::around(5, 5)), std::vector<std::uint32_t>{0});
    QCOMPARE(index.query(Box::around(10, 10)), std::vector<std::uint32_t>{0}); // edges count
    QVERIFY(index.query(Box::around(10.5, 5)).empty());
    QCOMPARE(index.query(QRectF(-5, -5, 6, 6)), std::vector<std::uint32_t>{0});
}

void TestSpatialIndex::queriesEqualBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("nodeSize");
    QTest::addColumn<double>("maxSize");
    QTest::addColumn<bool>("points");
    QTest::newRow("2 boxes") << 2 << 16 << 50.0 << false;
    QTest::newRow("17 boxes, one over a node") << 17 << 16 << 50.0 << false;
    QTest::newRow("1000 small boxes") << 1000 << 16 << 20.0 << false;
    QTest::newRow("5000 large boxes, node size 4") << 5000 << 4 << 300.0 << false;
    QTest::newRow("20000 points") << 20000 << 16 << 0.0 << true;
    QTest::newRow("3000 points, node size 2") << 3000 << 2 << 0.0 << true;
}

void TestSpatialIndex::queriesEqualBruteForce()
{
    QFETCH(int, count);
    QFETCH(int, nodeSize);
    QFETCH(double, maxSize);
    QFETCH(bool, points);
    std::mt19937_64 random(std::uint64_t(count) * 7919 + std::uint64_t(nodeSize));
    const std::vector<Box> boxes = randomBoxes(random, count, maxSize, points);
    const SpatialIndex index(boxes, nodeSize);
    QCOMPARE(index.size(), boxes.size());
    std::uniform_real_distribution<double> coordinate(-1100, 1100);
    std::uniform_real_distribution<double> size(0, 400);
    for (int q = 0; q < 300; ++q) {
        const double x = coordinate(random);
        const double y = coordinate(random);
        const Box query = q % 10 == 0 ? Box::around(x, y) : Box{x, y, x + size(random), y + size(random)};
        QCOMPARE(index.query(query), bruteForce(boxes, query));
    }
    // Every box finds itself.
    for (std::size_t i = 0; i < boxes.size(); i += 97) {
        const std::vector<std::uint32_t> ids = index.query(boxes[i]);
        QVERIFY(std::binary_search(ids.begin(), ids.end(), std::uint32_t(i)));
    }
}

void TestSpatialIndex::visitorCanStopEarly()
{
    std::mt19937_64 random(5);
    const SpatialIndex index(randomBoxes(random, 500, 100, false));
    int visited = 0;
    index.visit(Box{-2000, -2000, 2000, 2000}, [&visited](std::uint32_t) { return ++visited < 3; });
    QCOMPARE(visited, 3);
}

void TestSpatialIndex::boundsCoverEverything()
{
    std::mt19937_64 random(9);
    const std::vector<Box> boxes = randomBoxes(random, 777, 30, false);
    const SpatialIndex index(boxes);
    Box expected;
    for (const Box& box : boxes)
        expected.expand(box);
    QCOMPARE(index.bounds().minX, expected.minX);
    QCOMPARE(index.bounds().maxY, expected.maxY);
}

QTEST_APPLESS_MAIN(TestSpatialIndex)
#include "test_spatial_index.moc"
