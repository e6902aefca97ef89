#include "map/dataset_layers.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "geo/vector_source.h"
#include "map/feature_store.h"
#include "map/layer_stack.h"
#include "map/vector_layer.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

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

namespace {

// Reads the layers' stores on up to idealThreadCount() threads, the largest layers first (a city's
// roads take as long as everything else together), each thread with its own handle on the file.
std::vector<LoadedFeatures> loadInParallel(const geo::VectorSource& source, const QStringList& layerNames,
                                           const std::vector<VectorStyle>& styles,
                                           const OGRSpatialReference& displayCrs,
                                           const FeatureLoadOptions& options)
{
    std::vector<std::size_t> order(std::size_t(layerNames.size()));
    std::vector<qint64> sizes;
    for (const QString& name : layerNames)
        sizes.push_back(source.hasLayer(name) ? source.quickFeatureCount(name) : 0);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });

    std::vector<LoadedFeatures> loaded(order.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        std::optional<geo::VectorSource> own;
        try {
            own.emplace(geo::VectorSource::open(source.path()));
        } catch (const geo::GeoError& error) {
            for (std::size_t i = next++; i < order.size(); i = next++)
                loaded[order[i]] = {std::make_shared<FeatureStore>(), QString::fromStdString(error.what())};
            return;
        }
        for (std::size_t i = next++; i < order.size(); i = next++) {
            const std::size_t layer = order[i];
            loaded[layer] =
                loadFeatureStore(*own, layerNames[qsizetype(layer)], displayCrs, styles[layer], options);
        }
    };
    const std::size_t threads =
        std::min<std::size_t>(order.size(), std::size_t(std::max(1, QThread::idealThreadCount())));
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread& worker : workers)
        worker.join();
    return loaded;
}

} // namespace

QStringList addDatasetLayers(LayerStack& stack, const DatasetArgument& dataset,
                             const OGRSpatialReference& displayCrs, const FeatureLoadOptions& options)
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
    const QString baseName = QFileInfo(dataset.path).completeBaseName();
    const QStringList layerNames = layersOf(*source, dataset);
    std::vector<std::unique_ptr<VectorLayer>> layers;
    std::vector<VectorStyle> styles;
    for (const QString& layerName : layerNames) {
        const QString id = QStringLiteral("%1:%2").arg(dataset.path, layerName);
        const QStringList fields =
            source->hasLayer(layerName) ? source->fieldNames(layerName) : QStringList();
        styles.push_back(userDataStyle(stack.count() + int(layers.size()), fields));
        layers.push_back(std::make_unique<VectorLayer>(
            id, layerName == baseName ? baseName : baseName + QStringLiteral(" / ") + layerName,
            styles.back(), z += 10));
    }
    std::vector<LoadedFeatures> loaded = loadInParallel(*source, layerNames, styles, displayCrs, options);
    QStringList errors;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        layers[i]->setContent(std::move(loaded[i].store), loaded[i].error);
        if (!loaded[i].error.isEmpty())
            errors << layers[i]->name() + QStringLiteral(": ") + loaded[i].error;
        stack.add(std::move(layers[i]));
    }
    return errors;
}

QRectF datasetBounds(const DatasetArgument& dataset, const OGRSpatialReference& crs)
{
    QRectF bounds;
    try {
        const geo::VectorSource source = geo::VectorSource::open(dataset.path);
        for (const QString& layerName : layersOf(source, dataset)) {
            const OGRSpatialReference layerCrs =
                source.hasLayer(layerName) ? source.layerCrs(layerName) : OGRSpatialReference();
            const QRectF layerBounds = layerCrs.IsEmpty() ? QRectF() : source.layerBounds(layerName);
            if (layerBounds.isNull())
                continue;
            const QRectF box = geo::CoordinateTransform(layerCrs, crs).transformBounds(layerBounds);
            bounds = bounds.isNull() ? box : bounds.united(box);
        }
    } catch (const geo::GeoError&) {
        return {};
    }
    return bounds;
}

QRectF datasetLonLatBounds(const DatasetArgument& dataset)
{
    return datasetBounds(dataset, geo::spatialReferenceFromEpsg(geo::kWgs84Epsg));
}

} // namespace xiuhua::map
