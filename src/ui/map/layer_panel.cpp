#include "ui/map/layer_panel.h"

#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/map_layer.h"
#include "ui/map/layer_tree_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace xiuhua::ui {

// The panel's tree and tool buttons with their connections, as one layout: over 60 lines because the
// buttons and what they do read best side by side.
LayerPanel::LayerPanel(map::LayerStack& stack, QWidget* parent)
    : QWidget(parent), m_stack(stack), m_model(new LayerTreeModel(stack, this)), m_view(new QTreeView(this)),
      m_opacity(new QSlider(Qt::Horizontal, this)), m_opacityLabel(new QLabel(this)),
      m_remove(new QToolButton(this)), m_zoom(new QToolButton(this))
{
    m_view->setObjectName(QStringLiteral("layerTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addLayerButton"));
    add->setText(tr("Add layer…"));
    add->setToolTip(tr("Add a vector layer from a file (GeoPackage, Shapefile, GeoJSON, KML, OSM…)"));
    m_remove->setObjectName(QStringLiteral("removeLayerButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected layer (only layers added from files)"));
    m_zoom->setObjectName(QStringLiteral("zoomToLayerButton"));
    m_zoom->setText(tr("Zoom to"));
    m_zoom->setToolTip(tr("Zoom to the selected layer"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_zoom);
    buttons->addStretch();

    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_opacityLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(opacityRow);

    connect(add, &QToolButton::clicked, this, &LayerPanel::addLayerRequested);
    connect(m_remove, &QToolButton::clicked, this, &LayerPanel::removeCurrentLayer);
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (!currentLayerId().isEmpty())
            emit zoomToLayerRequested(currentLayerId());
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = index.data(LayerTreeModel::LayerIdRole).toString();
        if (!id.isEmpty())
            emit zoomToLayerRequested(id);
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_opacityLabel->setText(QStringLiteral("%1%").arg(value));
        const QModelIndex index = m_model->indexOf(currentLayerId());
        if (index.isValid())
            m_model->setData(index, value / 100.0, LayerTreeModel::OpacityRole);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LayerPanel::updateButtons);
    updateButtons();
}

QString LayerPanel::currentLayerId() const
{
    return m_view->currentIndex().data(LayerTreeModel::LayerIdRole).toString();
}

void LayerPanel::selectLayer(const QString& layerId)
{
    const QModelIndex index = m_model->indexOf(layerId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void LayerPanel::updateButtons()
{
    const QString id = currentLayerId();
    const map::MapLayer* layer = id.isEmpty() ? nullptr : m_stack.layer(id);
    const bool bundled = layer && (layer->isOperational() || map::jurisdictionLayerNames().contains(id));
    m_remove->setEnabled(layer && !bundled);
    m_zoom->setEnabled(layer && !layer->extent().isNull());
    m_opacity->setEnabled(layer != nullptr);
    const QSignalBlocker blocker(m_opacity);
    const int percent = layer ? qRound(m_model->opacity(id) * 100) : 100;
    m_opacity->setValue(percent);
    m_opacityLabel->setText(QStringLiteral("%1%").arg(percent));
}

void LayerPanel::removeCurrentLayer()
{
    const QString id = currentLayerId();
    if (!id.isEmpty() && m_remove->isEnabled())
        m_stack.removeLayer(id);
}

} // namespace xiuhua::ui
