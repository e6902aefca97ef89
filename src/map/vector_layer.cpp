#include "map/vector_layer.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/feature_store.h"
#include "map/feature_store_loader.h"
#include "map/layer_renderer.h"
#include "map/vector_layer_renderer.h"

#include <algorithm>
#include <ogr_api.h>
#include <ogr_geometry.h>

namespace xiuhua::map {

VectorLayer::VectorLayer(QString id, QString name, VectorStyle style, int zValue, QObject* parent)
    : MapLayer(std::move(id), std::move(name), zValue, parent), m_style(std::move(style)),
      m_store(std::make_shared<FeatureStore>())
{}

VectorLayer::~VectorLayer() = default;

void VectorLayer::fail(const QString& error)
{
    m_store = std::make_shared<FeatureStore>();
    m_error = error;
}

bool VectorLayer::load(const QString& path, const QString& layerName, const OGRSpatialReference& displayCrs)
{
    try {
        return load(geo::VectorSource::open(path), layerName, displayCrs);
    } catch (const geo::GeoError& e) {
        fail(QString::fromStdString(e.what()));
        emit changed();
        return false;
    }
}

bool VectorLayer::load(const geo::VectorSource& source, const QString& layerName,
                       const OGRSpatialReference& displayCrs, const FeatureLoadOptions& options)
{
    LoadedFeatures loaded = loadFeatureStore(source, layerName, displayCrs, m_style, options);
    setContent(std::move(loaded.store), loaded.error);
    return m_error.isEmpty();
}

void VectorLayer::setContent(std::shared_ptr<const FeatureStore> store, const QString& error)
{
    m_store = store ? std::move(store) : std::make_shared<FeatureStore>();
    m_error = error;
    emit changed();
}

void VectorLayer::setStyle(VectorStyle style)
{
    m_style = std::move(style);
    emit changed();
}

int VectorLayer::featureCount() const
{
    return int(m_store->size());
}

void VectorLayer::setLevelOfDetail(bool enabled)
{
    if (m_levelOfDetail == enabled)
        return;
    m_levelOfDetail = enabled;
    emit changed();
}

QRectF VectorLayer::extent() const
{
    return m_store->extent();
}

std::vector<IdentifiedFeature> VectorLayer::identify(QPointF mapPoint, double toleranceMapUnits) const
{
    std::vector<IdentifiedFeature> result;
    if (!isVisible())
        return result;
    const double t = std::max(0.0, toleranceMapUnits);
    std::vector<std::uint32_t> ids = m_store->itemsIn(geo::Box::around(mapPoint.x(), mapPoint.y(), t));
    // Top of the drawing order first.
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
        const FeatureStore::Item& item = m_store->item(*it);
        const bool hit =
            m_store->distanceTo(*it, mapPoint) <= t || (item.hasArea && m_store->areaContains(*it, mapPoint));
        if (hit)
            result.push_back({id(), item.fid, m_store->attributes(*it)});
    }
    return result;
}

FeatureShape VectorLayer::featureShape(qint64 fid) const
{
    // A linear scan: called once per identify click, not per frame.
    for (std::size_t i = 0; m_store && i < m_store->size(); ++i) {
        if (m_store->item(i).fid == fid)
            return m_store->shape(i);
    }
    return {};
}

std::unique_ptr<MapLayerRenderer> VectorLayer::createRenderer(const MapViewport&) const
{
    return std::make_unique<VectorLayerRenderer>(m_store, m_style, m_levelOfDetail);
}

void VectorLayer::render(QPainter& painter, const MapViewport& viewport) const
{
    if (!isVisible())
        return;
    VectorLayerRenderer(m_store, m_style, m_levelOfDetail).render(painter, RenderContext{viewport, nullptr});
}

void VectorLayer::renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const
{
    if (!isVisible())
        return;
    VectorLayerRenderer(m_store, m_style, m_levelOfDetail)
        .renderLabels(painter, RenderContext{viewport, nullptr}, placer);
}

} // namespace xiuhua::map
