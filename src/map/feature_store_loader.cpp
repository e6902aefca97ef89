#include "map/feature_store_loader.h"

#include "geo/approximate_transform.h"
#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/feature_store.h"
#include "map/map_viewport.h"
#include "map/vector_layer_renderer.h"
#include "map/vector_style.h"

#include <QHash>

#include <ogr_api.h>
#include <ogr_geometry.h>
#include <optional>

namespace xiuhua::map {

namespace {

// Which of the layer's fields the style reads, and how it categorises a feature.
class Categoriser
{
public:
    Categoriser(const VectorStyle& style, const QStringList& layerFields) : m_style(style)
    {
        for (const QString& candidate : style.categoryFields) {
            if (layerFields.contains(candidate)) {
                m_categoryField = candidate;
                break;
            }
        }
        for (const VectorStyle::Category& category : style.categories)
            m_hasFilters = m_hasFilters || category.filter.has_value();
    }

    // Every field when the style has filters (they may name any field); else only the category
    // and label fields.
    QStringList fieldsNeeded(const QStringList& layerFields) const
    {
        if (m_hasFilters)
            return layerFields;
        QStringList fields;
        const auto want = [&](const QString& field) {
            if (!field.isEmpty() && layerFields.contains(field) && !fields.contains(field))
                fields << field;
        };
        want(m_categoryField);
        want(m_style.labelField);
        for (const VectorStyle::Category& category : m_style.categories)
            want(category.style.labelField);
        want(m_style.fallback.labelField);
        return fields;
    }

    int categoryOf(const QStringList& fields, const QVariantList& values) const
    {
        if (m_hasFilters) {
            QVariantMap attributes;
            for (qsizetype i = 0; i < fields.size(); ++i)
                attributes.insert(fields[i], values[i]);
            return m_style.categoryIndexFor(attributes);
        }
        if (m_categoryField.isEmpty())
            return -1;
        const QString value = values[fields.indexOf(m_categoryField)].toString();
        for (std::size_t i = 0; i < m_style.categories.size(); ++i) {
            if (m_style.categories[i].values.contains(value))
                return int(i);
        }
        return -1;
    }

private:
    const VectorStyle& m_style;
    QString m_categoryField;
    bool m_hasFilters = false;
};

QPointF labelAnchorOf(const OGRGeometry& geometry, const QRectF& bounds)
{
    const auto flat = wkbFlatten(geometry.getGeometryType());
    if (flat != wkbPolygon && flat != wkbMultiPolygon)
        return bounds.center();
    QPointF anchor = bounds.center();
    const OGRGeometryH inside =
        OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry)));
    if (inside && !OGR_G_IsEmpty(inside))
        anchor = QPointF(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
    OGR_G_DestroyGeometry(inside);
    return anchor;
}

bool isPointGeometry(const OGRGeometry& geometry)
{
    const auto flat = wkbFlatten(geometry.getGeometryType());
    return flat == wkbPoint || flat == wkbMultiPoint;
}

} // namespace

FeatureLoadOptions FeatureLoadOptions::forOneRender(const MapViewport& viewport)
{
    FeatureLoadOptions options;
    options.oneRenderScale = viewport.scale();
    // The renderer's own margin: a line just outside the view may still show its width inside it.
    const double margin = VectorLayerRenderer::kMarginPx * viewport.scale();
    options.within = viewport.extent().adjusted(-margin, -margin, margin, margin);
    return options;
}

// Reading, categorising, skipping and storing in the order they happen, inside one try block whose
// catch turns any failure into the layer's error: over 60 lines for that reason.
LoadedFeatures loadFeatureStore(const geo::VectorSource& source, const QString& layerName,
                                const OGRSpatialReference& displayCrs, const VectorStyle& style,
                                const FeatureLoadOptions& options)
{
    try {
        const geo::CoordinateTransform toDisplay(source.layerCrs(layerName), displayCrs);
        const QStringList layerFields = source.fieldNames(layerName);
        const Categoriser categoriser(style, layerFields);
        const bool oneRender = options.oneRenderScale > 0;
        geo::VectorSource::Reading reading;
        reading.fields = oneRender ? categoriser.fieldsNeeded(layerFields) : layerFields;
        if (!options.within.isNull())
            reading.within = toDisplay.inverse().transformBounds(options.within);
        // One render needs a twentieth of its pixel, not PROJ's millimetres: interpolate in a grid.
        std::optional<geo::ApproximateTransform> approximate;
        if (oneRender && !reading.within.isNull())
            approximate.emplace(toDisplay, reading.within, options.oneRenderScale / 20);
        const auto project = [&](OGRGeometry& geometry) {
            return approximate ? approximate->transform(geometry) : toDisplay.transform(geometry);
        };
        // What one render at its scale would leave out (as VectorLayerRenderer decides it).
        const double minSize = oneRender ? options.oneRenderScale : 0;
        std::vector<char> shown(style.categories.size() + 1, 1);
        if (oneRender) {
            for (std::size_t c = 0; c < shown.size(); ++c)
                shown[c] = options.oneRenderScale <= style.styleAt(int(c) - 1).maxScale;
        }

        auto store = std::make_shared<FeatureStore>();
        if (!oneRender)
            store->setFieldNames(layerFields);
        if (const qint64 count = source.quickFeatureCount(layerName); count > 0 && options.within.isNull())
            store->reserve(std::size_t(count));
        QHash<QString, QString> strings; // repeated values (classes, road names) share one copy
        const auto intern = [&strings](const QString& s) {
            const auto it = strings.constFind(s);
            return it != strings.constEnd() ? *it : *strings.insert(s, s);
        };
        QVariantList kept;
        source.forEachFeature(
            layerName, reading, [&](qint64 fid, const QVariantList& values, OGRGeometry& geometry) {
                if (geometry.IsEmpty())
                    return;
                // A feature of a class the render hides is not worth projecting.
                const int category = categoriser.categoryOf(reading.fields, values);
                if ((category < 0 && !style.drawUncategorised) || !shown[std::size_t(category + 1)])
                    return;
                if (!project(geometry))
                    throw geo::GeoError("Cannot transform feature " + std::to_string(fid) + " of layer '" +
                                        layerName.toStdString() + "'");
                OGREnvelope envelope;
                geometry.getEnvelope(&envelope);
                const QRectF bounds(QPointF(envelope.MinX, envelope.MinY),
                                    QPointF(envelope.MaxX, envelope.MaxY));
                if (minSize > 0 && bounds.width() < minSize && bounds.height() < minSize &&
                    !isPointGeometry(geometry))
                    return;
                FeatureStore::Item item;
                item.fid = fid;
                item.category = category;
                item.bounds = bounds;
                item.labelAnchor = labelAnchorOf(geometry, bounds);
                if (const QString labelField = style.labelFieldAt(category); !labelField.isEmpty())
                    item.label =
                        intern(values.value(reading.fields.indexOf(labelField)).toString().trimmed());
                kept.clear();
                if (!oneRender) {
                    for (const QVariant& value : values)
                        kept << (value.typeId() == QMetaType::QString ? QVariant(intern(value.toString()))
                                                                      : value);
                }
                store->add(std::move(item), geometry, kept);
            });
        FeatureStore::Preparation preparation;
        if (oneRender) {
            preparation.levels = FeatureStore::lodFor(options.oneRenderScale) + 1;
            preparation.oneRender = true;
        }
        store->finish(preparation);
        return {std::move(store), {}};
    } catch (const geo::GeoError& e) {
        return {std::make_shared<FeatureStore>(), QString::fromStdString(e.what())};
    }
}

} // namespace xiuhua::map
