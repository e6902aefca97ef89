#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;
class QTreeView;

namespace xiuhua::map {
class LayerStack;
}

namespace xiuhua::ui {

class LayerTreeModel;

// The "Layers" dock: the layer tree (visibility check boxes, drag to restack, error markers),
// the selected layer's opacity, and buttons to add a layer from a file, remove an added layer
// and zoom to a layer.
class LayerPanel : public QWidget
{
    Q_OBJECT

public:
    LayerPanel(map::LayerStack& stack, QWidget* parent = nullptr);

    LayerTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QSlider* opacitySlider() const { return m_opacity; }
    QString currentLayerId() const;
    void selectLayer(const QString& layerId);

signals:
    void addLayerRequested();
    void zoomToLayerRequested(const QString& layerId);

private:
    void updateButtons();
    void removeCurrentLayer();

    map::LayerStack& m_stack;
    LayerTreeModel* m_model;
    QTreeView* m_view;
    QSlider* m_opacity;
    QLabel* m_opacityLabel;
    QToolButton* m_remove;
    QToolButton* m_zoom;
};

} // namespace xiuhua::ui
