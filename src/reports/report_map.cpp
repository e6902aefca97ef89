#include "reports/report_map.h"

#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "reports/category_palette.h"

#include <QFileInfo>
#include <QPainter>

#include <algorithm>

namespace xiuhua::reports {

namespace {

// Screen styles are sized for 96 dpi; drawing the map at 96 "logical" dpi keeps their proportions,
// and the image's device pixel ratio supplies the print resolution.
constexpr double kStyleDpi = 96.0;

void drawIncidents(QPainter& painter, const map::MapViewport& viewport,
                   const geo::CoordinateTransform& toDisplay, const std::vector<core::Incident>& incidents)
{
    painter.setRenderHint(QPainter::Antialiasing);
    // Fewer, larger dots for a shift; smaller ones when a month of incidents would cover the map.
    const double radius = incidents.size() > 500 ? 2.2 : incidents.size() > 100 ? 3.0 : 4.2;
    for (const core::Incident& incident : incidents) {
        if (!incident.location)
            continue;
        const QPointF projected =
            toDisplay.transform(QPointF(incident.location->lon, incident.location->lat));
        const QPointF pixel = viewport.toPixel(projected);
        painter.setPen(QPen(Qt::white, radius > 3 ? 1.2 : 0.6));
        painter.setBrush(categoryColour(incident.category));
        painter.drawEllipse(pixel, radius, radius);
    }
}

} // namespace

QImage ReportMap::render(const QString& jurisdictionPath, const std::vector<core::Incident>& incidents,
                         QSizeF sizePt, double dpi, QStringList* errors)
{
    const QSize logical((sizePt * kStyleDpi / 72.0).toSize());
    const double ratio = dpi / kStyleDpi;
    QImage image((QSizeF(logical) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    if (!QFileInfo(jurisdictionPath).isReadable()) {
        if (errors)
            *errors << QStringLiteral("cannot read %1").arg(jurisdictionPath);
        return image;
    }
    const int epsg = geo::displayEpsgFor(jurisdictionPath);
    const OGRSpatialReference displayCrs = geo::spatialReferenceFromEpsg(epsg);
    // The view is the station boundary, known from the file before anything is read: the layers
    // are read for this one render only (what it shows, at its scale).
    map::MapViewport viewport;
    viewport.setOutputSize(logical);
    map::FeatureLoadOptions reading;
    if (const QRectF bounds = map::stationBoundaryBounds(jurisdictionPath, displayCrs); !bounds.isNull()) {
        viewport.fitExtent(bounds, 12);
        reading = map::FeatureLoadOptions::forOneRender(viewport);
    }
    map::LayerStack stack;
    const QStringList loadErrors =
        map::loadJurisdictionLayers(stack, jurisdictionPath, displayCrs, nullptr, reading);
    if (errors)
        *errors << loadErrors;
    // Cameras and posts would bury the incidents; the community boundaries are what the reader needs.
    for (const char* hidden : {"cameras", "posts", "fire_stations"}) {
        if (map::MapLayer* layer = stack.layer(QLatin1String(hidden)))
            layer->setVisible(false);
    }
    if (map::MapLayer* communities = stack.layer(QStringLiteral("communities")))
        communities->setVisible(true);
    if (reading.oneRenderScale == 0)
        viewport.fitExtent(stack.extent(), 12); // no boundary bounds in the file: fit what was read
    map::MapRenderer renderer;
    renderer.setBackground(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, viewport, stack, map::MapRenderer::Everything);
    const geo::CoordinateTransform toDisplay(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs);
    drawIncidents(painter, viewport, toDisplay, incidents);
    return image;
}

} // namespace xiuhua::reports
