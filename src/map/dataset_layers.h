#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

class OGRSpatialReference;

namespace xiuhua::map {

class LayerStack;

// "FILE" or "FILE:LAYER" as given on the command line (--layer, --data). A Windows-style drive
// letter is not a concern here; the last ':' separates the layer only when the part before it exists.
struct DatasetArgument
{
    QString path;
    QString layerName; // empty = every layer of the dataset
};
DatasetArgument parseDatasetArgument(const QString& argument);

// Adds one VectorLayer per layer of any OGR dataset (or just `layerName`), with default styles,
// stacked above what is there. Returns the user-readable errors; a layer that fails is still added
// (it reports its error and draws nothing), a dataset that cannot be opened adds nothing.
QStringList addDatasetLayers(LayerStack& stack, const DatasetArgument& dataset,
                             const OGRSpatialReference& displayCrs);

// Longitude/latitude bounds of a dataset's layers (for choosing a display CRS); null when unknown.
QRectF datasetLonLatBounds(const DatasetArgument& dataset);

} // namespace xiuhua::map
