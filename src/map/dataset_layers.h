#pragma once

#include "map/feature_store_loader.h"

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
// (it reports its error and draws nothing), a dataset that cannot be opened adds nothing. The
// layers are read on as many threads as there are cores (largest first), each with its own
// handle on the file.
QStringList addDatasetLayers(LayerStack& stack, const DatasetArgument& dataset,
                             const OGRSpatialReference& displayCrs, const FeatureLoadOptions& options = {});

// Bounds of a dataset's layers in `crs`, from the file's metadata (nothing is read feature by
// feature); null when unknown or the dataset cannot be opened.
QRectF datasetBounds(const DatasetArgument& dataset, const OGRSpatialReference& crs);
// The same in longitude/latitude (for choosing a display CRS).
QRectF datasetLonLatBounds(const DatasetArgument& dataset);

} // namespace xiuhua::map
