#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <array>

namespace xiuhua::map {
class LayerStack;
class MapLayer;
} // namespace xiuhua::map

namespace xiuhua::ui {

// The layer panel's tree: two groups (operational layers, base map), each listing its layers top
// first. The check box is the layer's visibility; dragging a layer within its group restacks it
// (the group's z-values are reassigned in the new order); a layer that failed to load shows a
// warning icon with its error as tooltip. Opacity is kept here per layer (OpacityRole) until map
// layers have one; opacityChanged() reports edits.
class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group
    {
        OperationalGroup = 0,
        BaseGroup = 1,
    };
    enum Role
    {
        LayerIdRole = Qt::UserRole + 1, // QString; empty for a group
        IsGroupRole,                    // bool
        ErrorRole,                      // QString; empty when the layer is fine
        ZValueRole,                     // int
        OpacityRole,                    // double 0..1, editable
    };
    static inline const QString kMimeType = QStringLiteral("application/x-xiuhua-layer-ids");

    explicit LayerTreeModel(map::LayerStack& stack, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Moves layers within one group (the only move allowed); restacks them.
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex groupIndex(Group group) const;
    QModelIndex indexOf(const QString& layerId) const;
    map::MapLayer* layerAt(const QModelIndex& index) const;
    double opacity(const QString& layerId) const;

signals:
    void opacityChanged(const QString& layerId, double opacity);

private:
    static Group groupOf(const map::MapLayer& layer);
    void rebuild();
    std::array<QStringList, 2> currentOrder() const;
    void onLayerChanged(map::MapLayer* layer);
    void restack(Group group);
    bool isGroup(const QModelIndex& index) const;

    map::LayerStack& m_stack;
    std::array<QStringList, 2> m_ids; // per group, top first
    QHash<QString, double> m_opacity;
    bool m_restacking = false;
};

} // namespace xiuhua::ui
