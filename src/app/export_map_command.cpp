#include "app/export_map_command.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "map/dataset_layers.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/style_file.h"
#include "map/vector_layer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace xiuhua::app {

namespace {

void hideLabels(map::LayerStack& stack)
{
    for (map::MapLayer* layer : stack.layers()) {
        auto* vector = qobject_cast<map::VectorLayer*>(layer);
        if (!vector)
            continue;
        map::VectorStyle style = vector->style();
        style.labelField.clear();
        style.fallback.labelSize = 0;
        for (auto& category : style.categories)
            category.style.labelSize = 0;
        vector->setStyle(style);
    }
}

// The area to draw, in the display CRS.
QRectF projectedExtent(const AppOptions& options, const map::LayerStack& stack,
                       const OGRSpatialReference& displayCrs)
{
    if (options.exportExtent) {
        const geo::CoordinateTransform toDisplay(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs);
        return toDisplay.transformBounds(*options.exportExtent);
    }
    if (map::MapLayer* boundary = stack.layer(QStringLiteral("station_boundary"));
        boundary && !boundary->extent().isNull())
        return boundary->extent();
    return stack.extent();
}

bool writeImage(const AppOptions& options, const map::LayerStack& stack, const map::MapViewport& viewport,
                const map::MapRenderer& renderer)
{
    if (options.exportPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(options.exportPath);
        writer.setCreator(QStringLiteral("Xiuhua %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(QCoreApplication::translate("ExportMap", "Map"));
        writer.setResolution(96);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(QSizeF(options.exportSize) * 72.0 / 96.0, QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        renderer.render(painter, viewport, stack);
        return painter.end();
    }
    QImage image(options.exportSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(renderer.background());
    {
        QPainter painter(&image);
        renderer.render(painter, viewport, stack);
    }
    return image.save(options.exportPath, "PNG");
}

} // namespace

int runExportMap(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err)
{
    map::LayerStack stack;
    QStringList errors;
    int epsg = geo::jurisdictionEpsg();
    if (options.dataArguments.isEmpty()) {
        if (!QFileInfo(mapPath).isReadable()) {
            err << QCoreApplication::translate("ExportMap", "Cannot read the jurisdiction map %1")
                       .arg(mapPath)
                << '\n';
            return 1;
        }
        epsg = geo::displayEpsgFor(mapPath);
        std::optional<map::StyleSheet> sheet;
        if (!options.stylePath.isEmpty()) {
            try {
                sheet.emplace(map::StyleSheet::fromFile(options.stylePath));
            } catch (const map::StyleError& error) {
                err << QString::fromStdString(error.what()) << '\n';
                return 1;
            }
        }
        errors = map::loadJurisdictionLayers(stack, mapPath, geo::spatialReferenceFromEpsg(epsg),
                                             sheet ? &*sheet : nullptr);
    } else {
        std::vector<map::DatasetArgument> datasets;
        for (const QString& argument : options.dataArguments)
            datasets.push_back(map::parseDatasetArgument(argument));
        // The display CRS is the UTM zone of the data (or of the requested extent).
        const QRectF lonLat =
            options.exportExtent ? *options.exportExtent : map::datasetLonLatBounds(datasets.front());
        if (lonLat != QRectF())
            epsg = geo::utmEpsgFor(lonLat.center().x(), lonLat.center().y());
        for (const map::DatasetArgument& dataset : datasets)
            errors << map::addDatasetLayers(stack, dataset, geo::spatialReferenceFromEpsg(epsg));
    }
    for (const QString& error : errors)
        err << QCoreApplication::translate("ExportMap", "warning: %1").arg(error) << '\n';
    if (stack.count() == 0 || stack.extent().isNull()) {
        err << QCoreApplication::translate("ExportMap", "Nothing to draw: no layer could be read.") << '\n';
        return 1;
    }
    if (options.noLabels)
        hideLabels(stack);

    const OGRSpatialReference displayCrs = geo::spatialReferenceFromEpsg(epsg);
    QRectF extent;
    try {
        extent = projectedExtent(options, stack, displayCrs);
    } catch (const geo::GeoError& error) {
        err << QString::fromStdString(error.what()) << '\n';
        return 1;
    }
    map::MapViewport viewport;
    viewport.setOutputSize(options.exportSize);
    viewport.fitExtent(extent, 0);
    map::MapRenderer renderer;
    if (!writeImage(options, stack, viewport, renderer)) {
        err << QCoreApplication::translate("ExportMap", "Cannot write %1").arg(options.exportPath) << '\n';
        return 1;
    }
    out << QCoreApplication::translate("ExportMap", "Wrote %1 (%2 x %3 px, EPSG:%4)")
               .arg(options.exportPath)
               .arg(options.exportSize.width())
               .arg(options.exportSize.height())
               .arg(epsg)
        << '\n';
    return 0;
}

} // namespace xiuhua::app
