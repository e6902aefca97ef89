#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/point_layer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace xiuhua;

class TestLayerOpacity : public QObject
{
    Q_OBJECT

private slots:
    void opacityFadesTheLayer()
    {
        const geo::CoordinateTransform toUtm = geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, 32651);
        map::LayerStack stack;
        auto* layer =
            stack.add(std::make_unique<map::PointLayer>(QStringLiteral("p"), QStringLiteral("p"), toUtm));
        map::PointSymbol symbol;
        symbol.shape = map::PointSymbol::Shape::Square;
        symbol.size = 40;
        symbol.outlineWidth = 0;
        layer->setSymbol(symbol);
        layer->setLabelsVisible(false);
        layer->setPoints({{1, 121.4737, 31.2304, {}, {}, {}, QColor(200, 0, 0)}});
        map::MapViewport viewport;
        viewport.setOutputSize(QSize(100, 100));
        viewport.fitExtent(
            QRectF(toUtm.transform(QPointF(121.4737, 31.2304)) - QPointF(50, 50), QSizeF(100, 100)));

        auto centre = [&](double opacity) {
            layer->setOpacity(opacity);
            QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            map::MapRenderer renderer;
            renderer.setBackground(Qt::white);
            renderer.render(painter, viewport, stack,
                            map::MapRenderer::Background | map::MapRenderer::OperationalLayers);
            painter.end();
            return QColor(image.pixel(50, 50));
        };
        QCOMPARE(centre(1.0).red(), 200);
        QCOMPARE(centre(1.0).green(), 0);
        QCOMPARE(centre(0.0), QColor(Qt::white));
        const QColor half = centre(0.5);
        QVERIFY(half.green() > 100 && half.green() < 155); // halfway between red and white
        layer->setOpacity(7);
        QCOMPARE(layer->opacity(), 1.0);
    }
};

QTEST_MAIN(TestLayerOpacity)
#include "test_layer_opacity.moc"
