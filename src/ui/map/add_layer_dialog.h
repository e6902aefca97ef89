#pragma once

#include "map/dataset_layers.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class OGRSpatialReference;

namespace Ui {
class AddLayerDialog;
}

namespace xiuhua::map {
class LayerStack;
}

namespace xiuhua::ui {

// "FILE" or "FILE:LAYER" (the --layer command-line option). The last ':' separates a layer name
// only when the part before it is an existing file (so "C:/maps/a.gpkg" stays a path).
map::DatasetArgument parseLayerArgument(const QString& argument);

// What adding layers did: the ids of the layers added (failed ones included, they carry an
// errorString() and show an error marker in the layer panel) and the user-readable errors.
struct AddLayerResult
{
    QStringList layerIds;
    QStringList errors;
};

// Adds the named layers of a vector dataset (all of them when layerNames is empty) to the stack
// with default styles, above the base map. A file that cannot be opened still adds one layer that
// shows the error.
AddLayerResult addLayersFromFile(map::LayerStack& stack, const QString& path, const QStringList& layerNames,
                                 const OGRSpatialReference& displayCrs);

// A raster base map: an MBTiles file or an XYZ tile URL template ({z}, {x}, {y}), drawn under
// everything with the existing RasterTileLayer. A layer id ("basemap:…") on success.
bool isRasterBaseMap(const QString& pathOrUrl);
AddLayerResult addRasterBaseMap(map::LayerStack& stack, const QString& pathOrUrl,
                                const OGRSpatialReference& displayCrs);
// Why a typed tile URL template cannot be used; empty when it can.
QString tileUrlProblem(const QString& url);
// What "Add layer…" adds for a path or URL: a raster base map or the vector layers (all of them
// when layerNames is empty).
AddLayerResult addLayerSource(map::LayerStack& stack, const QString& pathOrUrl, const QStringList& layerNames,
                              const OGRSpatialReference& displayCrs);

// Lets the user pick some of a dataset's layers (a list, all selected at first).
class AddLayerDialog : public QDialog
{
    Q_OBJECT

public:
    AddLayerDialog(const QString& path, const QStringList& layerNames, QWidget* parent = nullptr);
    ~AddLayerDialog() override;

    QStringList selectedLayers() const;

    // The whole "Add layer…" flow: a file dialog (vector data or an MBTiles base map, with a
    // "Tile server…" button for an XYZ URL template), the layer choice when the file has several,
    // then adding; errors are shown in a message box. Returns what was added.
    static AddLayerResult run(QWidget* parent, map::LayerStack& stack, const OGRSpatialReference& displayCrs);
    // Asks for a tile URL template (remembering the last one) and adds it as a base map.
    static AddLayerResult runTileServer(QWidget* parent, map::LayerStack& stack,
                                        const OGRSpatialReference& displayCrs);
    // The file dialog's filter for the vector formats and raster base maps we read.
    static QString fileFilter();

private:
    std::unique_ptr<Ui::AddLayerDialog> m_ui;
};

} // namespace xiuhua::ui
