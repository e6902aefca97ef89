#include "ui/add_layer_dialog.h"

#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/vector_layer.h"
#include "ui_add_layer_dialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

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
    return tr("Vector data (*.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf *.fgb *.gml *.gpx *.csv);;"
              "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML (*.kml);;"
              "OpenStreetMap (*.osm *.pbf);;FlatGeobuf (*.fgb);;All files (*)");
}

AddLayerResult AddLayerDialog::run(QWidget* parent, map::LayerStack& stack,
                                   const OGRSpatialReference& displayCrs)
{
    QSettings settings;
    const QString lastDir = settings.value(QStringLiteral("addLayer/lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Add layer"), lastDir, fileFilter());
    if (path.isEmpty())
        return {};
    settings.setValue(QStringLiteral("addLayer/lastDirectory"), QFileInfo(path).absolutePath());

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
