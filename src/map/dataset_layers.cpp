#include "map/dataset_layers.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "geo/vector_source.h"
#include "map/layer_stack.h"
#include "map/vector_layer.h"

#include <QFileInfo>

#include <optional>

namespace xiuhua::map {

DatasetArgument parseDatasetArgument(const QString& argument)
{
    const qsizetype colon = argument.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !QFileInfo::exists(argument) && QFileInfo::exists(argument.left(colon)))
        return {argument.left(colon), argument.mid(colon + 1)};
    return {argument, {}};
}

namespace {

// A calm, distinct look for data the station brings (not the bundled layers' styles: a user's
// layer called "roads" or "lines" must not inherit rules written for other fields).
VectorStyle userDataStyle(int index, const QStringList& fields)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    const QColor colour = colours[index % std::size(colours)];
    VectorStyle style;
    style.drawUncategorised = true;
    style.fallback.stroke = colour;
    style.fallback.strokeWidth = 1.6;
    QColor fill = colour;
    fill.setAlpha(70);
    style.fallback.fill = fill;
    style.fallback.symbol.shape = PointSymbol::Shape::Circle;
    style.fallback.symbol.size = 9;
    style.fallback.symbol.fill = colour;
    for (const QString& candidate :
         {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("名称")}) {
        if (fields.contains(candidate)) {
            style.labelField = candidate;
            style.fallback.labelSize = 12;
            break;
        }
    }
    return style;
}

QStringList layersOf(const geo::VectorSource& source, const DatasetArgument& dataset)
{
    return dataset.layerName.isEmpty() ? source.layerNames() : QStringList{dataset.layerName};
}

} // namespace

QStringList addDatasetLayers(LayerStack& stack, const DatasetArgument& dataset,
                             const OGRSpatialReference& displayCrs)
{
    std::optional<geo::VectorSource> source;
    try {
        source.emplace(geo::VectorSource::open(dataset.path));
    } catch (const geo::GeoError& error) {
        return {QString::fromStdString(error.what())};
    }
    int z = 0;
    for (MapLayer* layer : stack.layers()) {
        if (!layer->isOperational())
            z = std::max(z, layer->zValue());
    }
    QStringList errors;
    const QString baseName = QFileInfo(dataset.path).completeBaseName();
    for (const QString& layerName : layersOf(*source, dataset)) {
        const QString id = QStringLiteral("%1:%2").arg(dataset.path, layerName);
        const QStringList fields =
            source->hasLayer(layerName) ? source->fieldNames(layerName) : QStringList();
        auto layer = std::make_unique<VectorLayer>(
            id, layerName == baseName ? baseName : baseName + QStringLiteral(" / ") + layerName,
            userDataStyle(stack.count(), fields), z += 10);
        if (!layer->load(*source, layerName, displayCrs))
            errors << layer->name() + QStringLiteral(": ") + layer->errorString();
        stack.add(std::move(layer));
    }
    return errors;
}

QRectF datasetLonLatBounds(const DatasetArgument& dataset)
{
    QRectF bounds;
    try {
        const geo::VectorSource source = geo::VectorSource::open(dataset.path);
        const OGRSpatialReference wgs84 = geo::spatialReferenceFromEpsg(geo::kWgs84Epsg);
        for (const QString& layerName : layersOf(source, dataset)) {
            const OGRSpatialReference crs = source.layerCrs(layerName);
            if (crs.IsEmpty())
                continue;
            const geo::CoordinateTransform toWgs84(crs, wgs84);
            for (const geo::Feature& feature : source.readLayer(layerName, toWgs84)) {
                if (!feature.geometry)
                    continue;
                OGREnvelope envelope;
                feature.geometry->getEnvelope(&envelope);
                const QRectF box(QPointF(envelope.MinX, envelope.MinY),
                                 QPointF(envelope.MaxX, envelope.MaxY));
                bounds = bounds.isNull() ? box : bounds.united(box);
            }
        }
    } catch (const geo::GeoError&) {
        return {};
    }
    return bounds;
}

} // namespace xiuhua::map
