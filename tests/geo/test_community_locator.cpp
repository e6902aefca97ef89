#include "geo/community_locator.h"

#include <QTest>

#include <ogr_geometry.h>

using namespace xiuhua::geo;

namespace {

OGRGeometryUniquePtr fromWkt(const char* wkt)
{
    OGRGeometry* geometry = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry);
    return OGRGeometryUniquePtr(geometry);
}

} // namespace

class TestCommunityLocator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsContainingCommunity();
    void respectsHoles();
    void randomPointsAreInsideAndDeterministic();
    void rejectsNonPolygons();

private:
    CommunityLocator m_locator;
};

void TestCommunityLocator::init()
{
    m_locator = CommunityLocator();
    // 1: an L-shape (its bbox contains a notch that is outside).
    QVERIFY(m_locator.add(1, *fromWkt("POLYGON((121.46 31.22,121.48 31.22,121.48 31.23,121.47 31.23,"
                                      "121.47 31.24,121.46 31.24,121.46 31.22))")));
    // 2: a square with a hole, plus a separate island (multipolygon).
    QVERIFY(m_locator.add(2, *fromWkt("MULTIPOLYGON(((121.48 31.22,121.50 31.22,121.50 31.24,121.48 31.24,"
                                      "121.48 31.22),(121.485 31.225,121.495 31.225,121.495 31.235,"
                                      "121.485 31.235,121.485 31.225)),"
                                      "((121.51 31.22,121.52 31.22,121.52 31.23,121.51 31.22)))")));
}

void TestCommunityLocator::findsContainingCommunity()
{
    QCOMPARE(m_locator.communityAt(121.465, 31.225), std::optional<qint64>(1));
    QCOMPARE(m_locator.communityAt(121.465, 31.235), std::optional<qint64>(1));
    QCOMPARE(m_locator.communityAt(121.475, 31.235), std::nullopt); // the notch of the L
    QCOMPARE(m_locator.communityAt(121.482, 31.238), std::optional<qint64>(2));
    QCOMPARE(m_locator.communityAt(121.518, 31.222), std::optional<qint64>(2)); // the island
    QCOMPARE(m_locator.communityAt(100.0, 30.0), std::nullopt);
    QCOMPARE(m_locator.communityIds(), (std::vector<qint64>{1, 2}));
    QCOMPARE(m_locator.bounds(1), QRectF(QPointF(121.46, 31.22), QPointF(121.48, 31.24)));
}

void TestCommunityLocator::respectsHoles()
{
    QCOMPARE(m_locator.communityAt(121.49, 31.23), std::nullopt);
}

void TestCommunityLocator::randomPointsAreInsideAndDeterministic()
{
    std::uint64_t state = 42;
    std::vector<QPointF> first;
    for (int i = 0; i < 200; ++i) {
        const auto p = m_locator.randomPointIn(1, state);
        QVERIFY(p);
        QCOMPARE(m_locator.communityAt(p->x(), p->y()), std::optional<qint64>(1));
        first.push_back(*p);
    }
    std::uint64_t again = 42;
    for (const QPointF& expected : first)
        QCOMPARE(*m_locator.randomPointIn(1, again), expected);
    QCOMPARE(again, state);

    for (int i = 0; i < 100; ++i) {
        const auto p = m_locator.randomPointIn(2, state);
        QVERIFY(p);
        QCOMPARE(m_locator.communityAt(p->x(), p->y()), std::optional<qint64>(2));
    }
    QCOMPARE(m_locator.randomPointIn(99, state), std::nullopt);

    // splitmix64 reference value for seed 0 (Vigna's reference implementation).
    std::uint64_t zero = 0;
    QCOMPARE(CommunityLocator::splitmix64(zero), std::uint64_t(0xE220A8397B1DCDAFULL));
}

void TestCommunityLocator::rejectsNonPolygons()
{
    QVERIFY(!m_locator.add(3, *fromWkt("POINT(121.47 31.23)")));
    QVERIFY(!m_locator.add(3, *fromWkt("LINESTRING(121.47 31.23,121.48 31.24)")));
    QCOMPARE(m_locator.communityIds().size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestCommunityLocator)
#include "test_community_locator.moc"
