#include "app/export_map_command.h"

#include "app/command_line.h"
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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSize>

#include <algorithm>
#include <vector>

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

// The bundled (or --map) jurisdiction, styled by --style when given; false when it cannot be drawn.
bool loadJurisdiction(const AppOptions& options, const QString& mapPath, map::LayerStack& stack, int& epsg,
                      QStringList& errors, QTextStream& err)
{
    if (!QFileInfo(mapPath).isReadable()) {
        err << QCoreApplication::translate("ExportMap", "Cannot read the jurisdiction map %1").arg(mapPath)
            << '\n';
        return false;
    }
    epsg = geo::displayEpsgFor(mapPath);
    std::optional<map::StyleSheet> sheet;
    if (!options.stylePath.isEmpty()) {
        try {
            sheet.emplace(map::StyleSheet::fromFile(options.stylePath));
        } catch (const map::StyleError& error) {
            err << QString::fromStdString(error.what()) << '\n';
            return false;
        }
    }
    errors = map::loadJurisdictionLayers(stack, mapPath, geo::spatialReferenceFromEpsg(epsg),
                                         sheet ? &*sheet : nullptr);
    return true;
}

// The --data datasets' display CRS: the UTM zone of the data (or of the requested extent).
int datasetEpsg(const AppOptions& options, const std::vector<map::DatasetArgument>& datasets)
{
    const QRectF lonLat =
        options.exportExtent ? *options.exportExtent : map::datasetLonLatBounds(datasets.front());
    return lonLat != QRectF() ? geo::utmEpsgFor(lonLat.center().x(), lonLat.center().y())
                              : geo::jurisdictionEpsg();
}

// The --data datasets, read for this one render only: the view is known before anything is read
// (from --extent or the files' own bounds), so only what it shows is read, streamed from GDAL with
// the view as a spatial filter, on both cores, without what a map that zooms would need.
void loadDatasets(const AppOptions& options, const std::vector<map::DatasetArgument>& datasets,
                  const OGRSpatialReference& displayCrs, const map::MapViewport& viewport,
                  map::LayerStack& stack, QStringList& errors)
{
    const map::FeatureLoadOptions reading = map::FeatureLoadOptions::forOneRender(viewport);
    for (const map::DatasetArgument& dataset : datasets)
        errors << map::addDatasetLayers(stack, dataset, displayCrs, reading);
    if (options.noLabels)
        hideLabels(stack);
}

QRectF datasetsExtent(const std::vector<map::DatasetArgument>& datasets,
                      const OGRSpatialReference& displayCrs)
{
    QRectF extent;
    for (const map::DatasetArgument& dataset : datasets) {
        const QRectF bounds = map::datasetBounds(dataset, displayCrs);
        if (!bounds.isNull())
            extent = extent.isNull() ? bounds : extent.united(bounds);
    }
    return extent;
}

// credit: the bundled jurisdiction is OpenStreetMap's data and the map says so; data the station brings
// (--data) carries no credit of ours: its source is the station's to name.
int drawAndWrite(const AppOptions& options, const map::LayerStack& stack, const QStringList& errors,
                 bool credit, const map::MapViewport& viewport, int epsg, QTextStream& out, QTextStream& err)
{
    for (const QString& error : errors)
        err << QCoreApplication::translate("ExportMap", "warning: %1").arg(error) << '\n';
    const auto layers = stack.layers();
    if (std::none_of(layers.begin(), layers.end(),
                     [](const map::MapLayer* layer) { return layer->errorString().isEmpty(); })) {
        err << QCoreApplication::translate("ExportMap", "Nothing to draw: no layer could be read.") << '\n';
        return 1;
    }
    // Layers read only where the view is may hold nothing: an empty map of that area, said so.
    if (stack.extent().isNull())
        err << QCoreApplication::translate("ExportMap", "warning: none of the data lies in the area drawn.")
            << '\n';
    map::MapRenderer renderer;
    if (!credit)
        renderer.setAttribution({});
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

int exportDatasets(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    std::vector<map::DatasetArgument> datasets;
    for (const QString& argument : options.dataArguments)
        datasets.push_back(map::parseDatasetArgument(argument));
    const int epsg = datasetEpsg(options, datasets);
    const OGRSpatialReference displayCrs = geo::spatialReferenceFromEpsg(epsg);
    QRectF extent;
    try {
        extent = options.exportExtent
                     ? geo::CoordinateTransform(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs)
                           .transformBounds(*options.exportExtent)
                     : datasetsExtent(datasets, displayCrs);
    } catch (const geo::GeoError& error) {
        err << QString::fromStdString(error.what()) << '\n';
        return 1;
    }
    map::LayerStack stack;
    QStringList errors;
    map::MapViewport viewport;
    viewport.setOutputSize(options.exportSize);
    if (extent.isNull()) {
        // Bounds the files do not keep: read everything, then fit what was read.
        for (const map::DatasetArgument& dataset : datasets)
            errors << map::addDatasetLayers(stack, dataset, displayCrs);
        if (options.noLabels)
            hideLabels(stack);
        viewport.fitExtent(stack.extent(), 0);
    } else {
        viewport.fitExtent(extent, 0);
        loadDatasets(options, datasets, displayCrs, viewport, stack, errors);
    }
    return drawAndWrite(options, stack, errors, false, viewport, epsg, out, err);
}

} // namespace

int runExportMap(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err)
{
    if (!options.dataArguments.isEmpty())
        return exportDatasets(options, out, err);
    map::LayerStack stack;
    QStringList errors;
    int epsg = geo::jurisdictionEpsg();
    if (!loadJurisdiction(options, mapPath, stack, epsg, errors, err))
        return 1;
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
    return drawAndWrite(options, stack, errors, true, viewport, epsg, out, err);
}

namespace {

// --size WxH; returns an error text, empty when it is valid.
QString readExportSize(const QString& value, AppOptions& options)
{
    const QStringList parts = value.toLower().split(QLatin1Char('x'));
    bool okWidth = false;
    bool okHeight = false;
    const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
    const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
    if (!okWidth || !okHeight || width < 16 || height < 16 || width > 20000 || height > 20000)
        return QCoreApplication::translate(
            "CommandLine", "--size must be WIDTHxHEIGHT between 16 and 20000, e.g. 1920x1080.");
    options.exportSize = QSize(width, height);
    return {};
}

// --extent lon1,lat1,lon2,lat2; returns an error text, empty when it is valid.
QString readExportExtent(const QString& value, AppOptions& options)
{
    std::vector<double> values;
    for (const QString& part : value.split(QLatin1Char(','))) {
        bool ok = false;
        values.push_back(part.trimmed().toDouble(&ok));
        if (!ok)
            return QCoreApplication::translate("CommandLine",
                                               "--extent must be four numbers: lon1,lat1,lon2,lat2.");
    }
    const bool valid = values.size() == 4 && values[0] >= -180 && values[2] <= 180 && values[1] >= -90 &&
                       values[3] <= 90 && values[0] < values[2] && values[1] < values[3];
    if (!valid)
        return QCoreApplication::translate(
            "CommandLine", "--extent must be lon1,lat1,lon2,lat2 with lon1 < lon2 and lat1 < lat2.");
    options.exportExtent = QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
    return {};
}

QString readExportOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.mapPath = parser.value(QStringLiteral("map"));
    options.exportPath = parser.value(QStringLiteral("out"));
    const QString suffix = options.exportPath.section(QLatin1Char('.'), -1).toLower();
    if (options.exportPath.isEmpty() || (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")))
        return QCoreApplication::translate("CommandLine",
                                           "export-map needs --out FILE.png or --out FILE.pdf.");
    if (parser.isSet(QStringLiteral("size")))
        if (QString error = readExportSize(parser.value(QStringLiteral("size")), options); !error.isEmpty())
            return error;
    if (parser.isSet(QStringLiteral("extent")))
        if (QString error = readExportExtent(parser.value(QStringLiteral("extent")), options);
            !error.isEmpty())
            return error;
    options.dataArguments = parser.values(QStringLiteral("data"));
    options.stylePath = parser.value(QStringLiteral("style"));
    options.noLabels = parser.isSet(QStringLiteral("no-labels"));
    return {};
}

} // namespace

CommandLineCommand exportMapCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("export-map");
    command.command = AppOptions::Command::ExportMap;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Draws the map to a PNG or PDF file, headless, with the console's renderer.");
    command.options = {
        mapOption(),
        {QStringLiteral("out"),
         QCoreApplication::translate("CommandLine", "export-map: the PNG or PDF file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("size"),
         QCoreApplication::translate("CommandLine", "export-map: image size in pixels (default 1920x1080)."),
         QStringLiteral("WxH")},
        {QStringLiteral("extent"),
         QCoreApplication::translate(
             "CommandLine", "export-map: area to draw as lon1,lat1,lon2,lat2 (default: the jurisdiction)."),
         QStringLiteral("BOX")},
        {QStringLiteral("data"),
         QCoreApplication::translate(
             "CommandLine",
             "export-map: draw this dataset (FILE or FILE:LAYER; repeatable) instead of the jurisdiction."),
         QStringLiteral("DATASET")},
        {QStringLiteral("style"),
         QCoreApplication::translate("CommandLine", "export-map: style file to draw with."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-labels"),
         QCoreApplication::translate("CommandLine", "export-map: draw no labels.")}};
    command.read = readExportOptions;
    return command;
}

} // namespace xiuhua::app
