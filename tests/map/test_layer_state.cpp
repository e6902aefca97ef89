#include "geo/coordinate_transform.h"
#include "map/layer_stack.h"
#include "map/layer_state.h"
#include "map/point_layer.h"

#include <QTest>

using namespace xiuhua;

class TestLayerState : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const geo::CoordinateTransform toUtm = geo::CoordinateTransform::fromEpsg(4326, 32651);
        map::LayerStack before;
        auto* a = before.add(
            std::make_unique<map::PointLayer>(QStringLiteral("a"), QStringLiteral("A"), toUtm, 10));
        auto* b = before.add(
            std::make_unique<map::PointLayer>(QStringLiteral("b"), QStringLiteral("B"), toUtm, 20));
        a->setVisible(false);
        b->setOpacity(0.4);
        b->setZValue(5);
        const QVariantMap state = map::saveLayerState(before);

        map::LayerStack after;
        auto* a2 =
            after.add(std::make_unique<map::PointLayer>(QStringLiteral("a"), QStringLiteral("A"), toUtm, 10));
        auto* b2 =
            after.add(std::make_unique<map::PointLayer>(QStringLiteral("b"), QStringLiteral("B"), toUtm, 20));
        map::restoreLayerState(after, state);
        QVERIFY(!a2->isVisible());
        QVERIFY(b2->isVisible());
        QCOMPARE(b2->opacity(), 0.4);
        QCOMPARE(b2->zValue(), 5);
        QCOMPARE(after.layers().front(), b2); // now drawn first (bottom)

        // Unknown ids and junk values change nothing.
        map::restoreLayerState(
            after, QVariantMap{{QStringLiteral("zzz"), QVariantMap{{QStringLiteral("visible"), false}}},
                               {QStringLiteral("b"), QStringLiteral("junk")}});
        QVERIFY(b2->isVisible());
    }
};

QTEST_MAIN(TestLayerState)
#include "test_layer_state.moc"
