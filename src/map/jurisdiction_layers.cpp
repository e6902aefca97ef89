#include "map/jurisdiction_layers.h"

#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/dataset_layers.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/style_file.h"
#include "map/vector_layer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace xiuhua::map {

namespace {

struct BundledLayer
{
    const char* id;
    const char* displayName;
};

// Translatable display names; the context is shared with the layer panel.
constexpr BundledLayer kBundledLayers[] = {
    {"blocks", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Blocks")},
    {"green", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Parks and green space")},
    {"water", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Water")},
    {"buildings", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Buildings")},
    {"roads", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Roads")},
    {"communities", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Communities")},
    {"station_boundary", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Station boundary")},
    {"cameras", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Cameras")},
    {"fire_stations", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Micro fire stations")},
    {"posts", QT_TRANSLATE_NOOP("xiuhua::map::JurisdictionLayers", "Police posts")},
};

} // namespace

QStringList jurisdictionLayerNames()
{
    QStringList names;
    for (const BundledLayer& layer : kBundledLayers)
        names << QString::fromLatin1(layer.id);
    return names;
}

QStringList loadJurisdictionLayers(LayerStack& stack, const QString& gpkgPath,
                                   const OGRSpatialReference& displayCrs, const StyleSheet* sheet,
                                   const FeatureLoadOptions& options)
{
    std::optional<geo::VectorSource> source;
    try {
        source.emplace(geo::VectorSource::open(gpkgPath));
    } catch (const geo::GeoError& e) {
        return {QString::fromStdString(e.what())};
    }
    QStringList errors;
    std::optional<StyleSheet> beside;
    if (!sheet) {
        const QString stylePath = StyleSheet::pathBeside(gpkgPath);
        if (QFileInfo::exists(stylePath)) {
            try {
                beside.emplace(StyleSheet::fromFile(stylePath));
            } catch (const StyleError& e) {
                errors << QString::fromStdString(e.what());
            }
        }
        sheet = beside ? &*beside : &default_styles::bundledStyleSheet();
    }
    for (const BundledLayer& bundled : kBundledLayers) {
        const QString id = QString::fromLatin1(bundled.id);
        auto layer = std::make_unique<VectorLayer>(
            id, QCoreApplication::translate("xiuhua::map::JurisdictionLayers", bundled.displayName),
            default_styles::styleForLayer(sheet, id, GeometryType::Unknown),
            default_styles::zValueFor(sheet, id));
        layer->setVisible(default_styles::visibleByDefault(sheet, id));
        if (!layer->load(*source, id, displayCrs, options))
            errors << layer->name() + QStringLiteral(": ") + layer->errorString();
        stack.add(std::move(layer));
    }
    return errors;
}

QRectF stationBoundaryBounds(const QString& gpkgPath, const OGRSpatialReference& displayCrs)
{
    return datasetBounds({gpkgPath, QStringLiteral("station_boundary")}, displayCrs);
}

} // namespace xiuhua::map
