#pragma once

#include <QRectF>
#include <QString>

#include <memory>

class OGRSpatialReference;

namespace xiuhua::geo {
class VectorSource;
}

namespace xiuhua::map {

class FeatureStore;
class MapViewport;
struct VectorStyle;

// How much of a layer to read into its FeatureStore.
struct FeatureLoadOptions
{
    // Only features whose bounds meet this rectangle (display CRS); null = the whole layer.
    QRectF within;
    // For one render at this scale (metres per pixel; 0 = for a map that zooms): what that
    // render would skip is not read at all — categories hidden at the scale, lines and areas
    // smaller than a pixel, attributes other than the category and label fields, levels of
    // detail coarser than the scale's.
    double oneRenderScale = 0;

    // For one render of this view: its scale, and the view with the renderer's margin around it.
    static FeatureLoadOptions forOneRender(const MapViewport& viewport);
};

struct LoadedFeatures
{
    std::shared_ptr<const FeatureStore> store; // never null; empty on error
    QString error;
};

// Reads one OGR layer into a FeatureStore in the display CRS, streaming feature by feature
// (nothing but the store is kept), categorised and labelled by `style`. Touches no QObject and
// no shared state: layers can be read on several threads at once, each with its own source.
LoadedFeatures loadFeatureStore(const geo::VectorSource& source, const QString& layerName,
                                const OGRSpatialReference& displayCrs, const VectorStyle& style,
                                const FeatureLoadOptions& options = {});

} // namespace xiuhua::map
