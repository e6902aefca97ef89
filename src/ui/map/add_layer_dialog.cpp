#include "ui/map/add_layer_dialog.h"

#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/raster_tile_layer.h"
#include "map/vector_layer.h"
#include "ui_add_layer_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace xiuhua::ui {

map::DatasetArgument parseLayerArgument(const QString& argument)
{
    return map::parseDatasetArgument(argument);
}

AddLayerResult addLayersFromFile(map::LayerStack& stack, const QString& path, const QStringList& layerNames,
                                 const OGRSpatialReference& displayCrs)
{
    AddLayerResult result;
    QStringList names = layerNames;
    try {
        const geo::VectorSource source = geo::VectorSource::open(path);
        if (names.isEmpty())
            names = source.layerNames();
    } catch (const geo::GeoError& error) {
        // Keep the layer in the panel with its error so the user sees what went wrong.
        const QString id = QStringLiteral("%1:%2").arg(path, layerNames.value(0));
        auto layer = std::make_unique<map::VectorLayer>(id, QFileInfo(path).fileName(),
                                                        map::default_styles::forLayer(QString()), 0);
        layer->load(path, layerNames.value(0), displayCrs);
        int z = 0;
        for (const map::MapLayer* other : stack.layers())
            z = other->isOperational() ? z : std::max(z, other->zValue());
        layer->setZValue(z + 10);
        result.errors << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), layer->errorString());
        result.layerIds << stack.add(std::move(layer))->id();
        return result;
    }
    for (const QString& name : names) {
        result.errors << map::addDatasetLayers(stack, {path, name}, displayCrs);
        result.layerIds << QStringLiteral("%1:%2").arg(path, name);
    }
    return result;
}

bool isRasterBaseMap(const QString& pathOrUrl)
{
    const QString spec = pathOrUrl.trimmed();
    return spec.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive) ||
           (spec.contains(QLatin1String("{z}")) && spec.contains(QLatin1String("{x}")) &&
            spec.contains(QLatin1String("{y}")));
}

QString tileUrlProblem(const QString& url)
{
    const QString spec = url.trimmed();
    if (spec.isEmpty())
        return AddLayerDialog::tr("Enter the tile server's URL template.");
    for (const char* part : {"{z}", "{x}", "{y}"}) {
        if (!spec.contains(QLatin1String(part)))
            return AddLayerDialog::tr("The URL template has no %1.").arg(QLatin1String(part));
    }
    const QString scheme = QUrl(spec).scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("file"))
        return AddLayerDialog::tr("The URL must start with http://, https:// or file://.");
    return {};
}

AddLayerResult addRasterBaseMap(map::LayerStack& stack, const QString& pathOrUrl,
                                const OGRSpatialReference& displayCrs)
{
    AddLayerResult result;
    const QString spec = pathOrUrl.trimmed();
    const std::vector<map::MapLayer*> before = stack.layers();
    result.errors = map::addRasterTileLayer(stack, spec, displayCrs);
    // The layer added, whatever id the raster layer gave itself.
    for (map::MapLayer* layer : stack.layers()) {
        if (std::find(before.begin(), before.end(), layer) == before.end())
            result.layerIds << layer->id();
    }
    return result;
}

AddLayerResult addLayerSource(map::LayerStack& stack, const QString& pathOrUrl, const QStringList& layerNames,
                              const OGRSpatialReference& displayCrs)
{
    if (isRasterBaseMap(pathOrUrl))
        return addRasterBaseMap(stack, pathOrUrl, displayCrs);
    return addLayersFromFile(stack, pathOrUrl, layerNames, displayCrs);
}

AddLayerDialog::AddLayerDialog(const QString& path, const QStringList& layerNames, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddLayerDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add layers from %1").arg(QFileInfo(path).fileName()));
    m_ui->layerList->addItems(layerNames);
    m_ui->layerList->selectAll();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->layerList, &QListWidget::itemSelectionChanged, this, [this] {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->layerList->selectedItems().isEmpty());
    });
    connect(m_ui->layerList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
}

AddLayerDialog::~AddLayerDialog() = default;

QStringList AddLayerDialog::selectedLayers() const
{
    QStringList names;
    for (int row = 0; row < m_ui->layerList->count(); ++row) {
        if (m_ui->layerList->item(row)->isSelected())
            names << m_ui->layerList->item(row)->text();
    }
    return names;
}

QString AddLayerDialog::fileFilter()
{
    return tr("Map data (*.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf *.fgb *.gml *.gpx *.csv *.mbtiles);;"
              "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML (*.kml);;"
              "OpenStreetMap (*.osm *.pbf);;FlatGeobuf (*.fgb);;Raster base map, MBTiles (*.mbtiles);;"
              "All files (*)");
}

AddLayerResult AddLayerDialog::runTileServer(QWidget* parent, map::LayerStack& stack,
                                             const OGRSpatialReference& displayCrs)
{
    QSettings settings;
    QString url = settings.value(QStringLiteral("addLayer/lastTileUrl")).toString();
    for (;;) {
        bool ok = false;
        url = QInputDialog::getText(parent, tr("Add base map from a tile server"),
                                    tr("Tile URL template, e.g. http://tiles.station.local/{z}/{x}/{y}.png:"),
                                    QLineEdit::Normal, url, &ok);
        if (!ok)
            return {};
        const QString problem = tileUrlProblem(url);
        if (problem.isEmpty())
            break;
        QMessageBox::warning(parent, tr("Add base map"), problem);
    }
    settings.setValue(QStringLiteral("addLayer/lastTileUrl"), url.trimmed());
    const AddLayerResult result = addRasterBaseMap(stack, url, displayCrs);
    if (!result.errors.isEmpty())
        QMessageBox::warning(
            parent, tr("Add base map"),
            tr("The base map could not be added:\n%1").arg(result.errors.join(QLatin1Char('\n'))));
    return result;
}

AddLayerResult AddLayerDialog::run(QWidget* parent, map::LayerStack& stack,
                                   const OGRSpatialReference& displayCrs)
{
    QSettings settings;
    const QString lastDir = settings.value(QStringLiteral("addLayer/lastDirectory")).toString();
    // Qt's own file dialog, so that it can carry the "Tile server…" button: one entry point for
    // every kind of layer.
    QFileDialog files(parent, tr("Add layer"), lastDir, fileFilter());
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setFileMode(QFileDialog::ExistingFile);
    constexpr int kTileServer = 2;
    if (auto* buttons = files.findChild<QDialogButtonBox*>()) {
        QPushButton* server = buttons->addButton(tr("Tile server…"), QDialogButtonBox::ActionRole);
        server->setObjectName(QStringLiteral("tileServerButton"));
        connect(server, &QPushButton::clicked, &files,
                [&files] { static_cast<QDialog&>(files).done(kTileServer); });
    }
    const int choice = files.exec();
    if (choice == kTileServer)
        return runTileServer(parent, stack, displayCrs);
    if (choice != QDialog::Accepted || files.selectedFiles().isEmpty())
        return {};
    const QString path = files.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("addLayer/lastDirectory"), QFileInfo(path).absolutePath());
    if (isRasterBaseMap(path)) {
        const AddLayerResult result = addRasterBaseMap(stack, path, displayCrs);
        if (!result.errors.isEmpty())
            QMessageBox::warning(
                parent, tr("Add layer"),
                tr("The base map could not be added:\n%1").arg(result.errors.join(QLatin1Char('\n'))));
        return result;
    }

    QStringList names;
    try {
        names = geo::VectorSource::open(path).layerNames();
    } catch (const geo::GeoError&) {
        // addLayersFromFile reports it and adds the layer with its error
    }
    if (names.size() > 1) {
        AddLayerDialog chooser(path, names, parent);
        if (chooser.exec() != QDialog::Accepted)
            return {};
        names = chooser.selectedLayers();
    }
    const AddLayerResult result = addLayersFromFile(stack, path, names, displayCrs);
    if (!result.errors.isEmpty())
        QMessageBox::warning(
            parent, tr("Add layer"),
            tr("Some layers could not be loaded:\n%1").arg(result.errors.join(QLatin1Char('\n'))));
    return result;
}

} // namespace xiuhua::ui
