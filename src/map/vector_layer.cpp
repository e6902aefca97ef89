#include "map/vector_layer.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/feature_store.h"
#include "map/layer_renderer.h"
#include "map/vector_layer_renderer.h"

#include <QHash>

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

// Reading, projecting, generalising and indexing one layer, in the order they happen, inside one
// try block whose catch turns any failure into the layer's error: over 60 lines for that reason.
bool VectorLayer::load(const geo::VectorSource& source, const QString& layerName,
                       const OGRSpatialReference& displayCrs)
{
    m_error.clear();
    try {
        const geo::CoordinateTransform toDisplay(source.layerCrs(layerName), displayCrs);
        const QStringList fields = source.fieldNames(layerName);
        QString categoryField;
        for (const QString& candidate : m_style.categoryFields) {
            if (fields.contains(candidate)) {
                categoryField = candidate;
                break;
            }
        }
        std::vector<geo::Feature> features = source.readLayer(layerName, toDisplay);
        // Drawing order: by category, stable (the store is built in that order).
        std::vector<std::pair<int, std::size_t>> order;
        order.reserve(features.size());
        for (std::size_t i = 0; i < features.size(); ++i) {
            const geo::Feature& feature = features[i];
            if (!feature.geometry || feature.geometry->IsEmpty())
                continue;
            const int category =
                categoryField.isEmpty() ? -1 : categoryOf(feature.attributes.value(categoryField).toString());
            if (category < 0 && !m_style.drawUncategorised)
                continue;
            order.emplace_back(category, i);
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });

        auto store = std::make_shared<FeatureStore>();
        store->setFieldNames(fields);
        QHash<QString, QString> strings; // repeated values (classes, road names) share one copy
        const auto intern = [&strings](const QString& s) {
            const auto it = strings.constFind(s);
            return it != strings.constEnd() ? *it : *strings.insert(s, s);
        };
        QVariantList values;
        for (const auto& [category, i] : order) {
            geo::Feature& feature = features[i];
            FeatureStore::Item item;
            item.fid = feature.fid;
            item.category = category;
            OGREnvelope envelope;
            feature.geometry->getEnvelope(&envelope);
            item.bounds =
                QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
            item.labelAnchor = item.bounds.center();
            const auto flat = wkbFlatten(feature.geometry->getGeometryType());
            if (flat == wkbPolygon || flat == wkbMultiPolygon) {
                const OGRGeometryH inside =
                    OGR_G_PointOnSurface(OGRGeometry::ToHandle(feature.geometry.get()));
                if (inside && !OGR_G_IsEmpty(inside))
                    item.labelAnchor = QPointF(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
                OGR_G_DestroyGeometry(inside);
            }
            if (!m_style.labelField.isEmpty())
                item.label = intern(feature.attributes.value(m_style.labelField).toString().trimmed());
            values.clear();
            for (const QString& field : fields) {
                const QVariant value = feature.attributes.value(field);
                values << (value.typeId() == QMetaType::QString ? QVariant(intern(value.toString())) : value);
            }
            store->add(std::move(item), *feature.geometry, values);
            feature.geometry.reset(); // free memory as we go
        }
        store->finish();
        m_store = std::move(store);
    } catch (const geo::GeoError& e) {
        fail(QString::fromStdString(e.what()));
    }
    emit changed();
    return m_error.isEmpty();
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

int VectorLayer::categoryOf(const QString& value) const
{
    for (std::size_t i = 0; i < m_style.categories.size(); ++i) {
        if (m_style.categories[i].values.contains(value))
            return int(i);
    }
    return -1;
}

std::vector<IdentifiedFeature> VectorLayer::identify(QPointF mapPoint, double toleranceMapUnits) const
{
    std::vector<IdentifiedFeature> result;
    if (!isVisible())
        return result;
    const double t = std::max(0.0, toleranceMapUnits);
    std::vector<std::uint32_t> ids = m_store->index().query(geo::Box::around(mapPoint.x(), mapPoint.y(), t));
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
