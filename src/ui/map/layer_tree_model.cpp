#include "ui/map/layer_tree_model.h"

#include "map/layer_stack.h"
#include "map/legend.h"
#include "map/map_layer.h"
#include "map/point_layer.h"
#include "map/point_sprite_atlas.h"
#include "map/vector_layer.h"

#include <QApplication>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

namespace xiuhua::ui {

namespace {

constexpr quintptr kGroupNode = 0; // internal id of a group; a layer's is its group + 1
constexpr int kSwatchSize = 16;

// A small picture of how the layer draws: a filled square for areas, a line sample for lines,
// the symbol for points.
QIcon swatchFor(const map::MapLayer& layer)
{
    QPixmap pixmap(kSwatchSize, kSwatchSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(kSwatchSize / 2.0, kSwatchSize / 2.0);
    if (const auto* points = qobject_cast<const map::PointLayer*>(&layer); points && points->spriteAtlas()) {
        // The symbol the layer draws most of its points with (its first point's category).
        map::PointSymbol symbol = points->spriteAtlas()->symbol(
            points->points().empty() ? QString() : points->points().front().category);
        symbol.size = kSwatchSize - 1;
        symbol.drawVector(painter, centre);
    } else if (points) {
        map::PointSymbol symbol;
        symbol.size = 11;
        symbol.fill = points->points().empty() ? QColor(Qt::darkGray) : points->points().front().colour;
        symbol.outline = Qt::black;
        symbol.draw(painter, centre);
    } else if (const auto* vector = qobject_cast<const map::VectorLayer*>(&layer)) {
        const map::VectorStyle& style = vector->style();
        const map::FeatureStyle& look =
            style.categories.empty() ? style.fallback : style.categories.back().style;
        // Until layers report their geometry type: a look with a symbol but no fill is a point layer.
        const bool pointLike = !look.fill.isValid() && (look.symbol.shape == map::PointSymbol::Shape::Svg ||
                                                        look.symbol.fill != map::PointSymbol().fill);
        map::GeometryType type = map::GeometryType::Unknown;
        if (pointLike)
            type = map::GeometryType::Point;
        else if (style.labelPlacement == map::VectorStyle::LabelPlacement::AlongLine)
            type = map::GeometryType::Line;
        painter.drawImage(QPointF(0, 0), map::legendSwatch(look, type, QSize(kSwatchSize, kSwatchSize)));
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

LayerTreeModel::LayerTreeModel(map::LayerStack& stack, QObject* parent)
    : QAbstractItemModel(parent), m_stack(stack)
{
    m_ids = currentOrder();
    connect(&m_stack, &map::LayerStack::layersChanged, this, &LayerTreeModel::rebuild);
    connect(&m_stack, &map::LayerStack::layerChanged, this, &LayerTreeModel::onLayerChanged);
}

LayerTreeModel::Group LayerTreeModel::groupOf(const map::MapLayer& layer)
{
    return layer.isOperational() ? OperationalGroup : BaseGroup;
}

std::array<QStringList, 2> LayerTreeModel::currentOrder() const
{
    std::array<QStringList, 2> ids;
    const std::vector<map::MapLayer*> layers = m_stack.layers(); // bottom first
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        ids[groupOf(**it)] << (*it)->id();
    return ids;
}

void LayerTreeModel::rebuild()
{
    beginResetModel();
    m_ids = currentOrder();
    for (auto it = m_opacity.begin(); it != m_opacity.end();) {
        if (!m_stack.layer(it.key()))
            it = m_opacity.erase(it);
        else
            ++it;
    }
    endResetModel();
}

void LayerTreeModel::onLayerChanged(map::MapLayer* layer)
{
    if (m_restacking || !layer)
        return;
    if (currentOrder() != m_ids) {
        rebuild(); // restacked from outside
        return;
    }
    const QModelIndex changed = indexOf(layer->id());
    if (changed.isValid()) {
        emit dataChanged(changed, changed);
        const QModelIndex group = changed.parent();
        emit dataChanged(group, group, {Qt::CheckStateRole});
    }
}

bool LayerTreeModel::isGroup(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() == kGroupNode;
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupNode);
    if (isGroup(parent))
        return createIndex(row, column, quintptr(parent.row() + 1));
    return {};
}

QModelIndex LayerTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupNode);
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_ids.size());
    if (isGroup(parent) && parent.column() == 0)
        return int(m_ids[std::size_t(parent.row())].size());
    return 0;
}

int LayerTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QModelIndex LayerTreeModel::groupIndex(Group group) const
{
    return index(group, 0);
}

QModelIndex LayerTreeModel::indexOf(const QString& layerId) const
{
    for (std::size_t g = 0; g < m_ids.size(); ++g) {
        const qsizetype row = m_ids[g].indexOf(layerId);
        if (row >= 0)
            return createIndex(int(row), 0, quintptr(g + 1));
    }
    return {};
}

map::MapLayer* LayerTreeModel::layerAt(const QModelIndex& index) const
{
    if (!index.isValid() || isGroup(index))
        return nullptr;
    const QStringList& ids = m_ids[index.internalId() - 1];
    return index.row() < ids.size() ? m_stack.layer(ids[index.row()]) : nullptr;
}

double LayerTreeModel::opacity(const QString& layerId) const
{
    if (const map::MapLayer* layer = m_stack.layer(layerId); layer && !m_opacity.contains(layerId))
        return layer->opacity(); // e.g. restored from the last session
    return m_opacity.value(layerId, 1.0);
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (isGroup(index)) {
        const QStringList& ids = m_ids[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return index.row() == OperationalGroup ? tr("Operational layers") : tr("Base map");
        case Qt::CheckStateRole: {
            const auto visible = std::count_if(ids.begin(), ids.end(), [this](const QString& id) {
                const map::MapLayer* layer = m_stack.layer(id);
                return layer && layer->isVisible();
            });
            if (visible == 0)
                return Qt::Unchecked;
            return visible == ids.size() ? Qt::Checked : Qt::PartiallyChecked;
        }
        case IsGroupRole:
            return true;
        case LayerIdRole:
        case ErrorRole:
            return QString();
        default:
            return {};
        }
    }
    const map::MapLayer* layer = layerAt(index);
    if (!layer)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return layer->name();
    case Qt::CheckStateRole:
        return layer->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        if (!layer->errorString().isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return swatchFor(*layer);
    case Qt::ToolTipRole:
        if (!layer->errorString().isEmpty())
            return tr("%1 could not be loaded: %2").arg(layer->name(), layer->errorString());
        if (const auto* vector = qobject_cast<const map::VectorLayer*>(layer))
            return tr("%1 — %n feature(s)", nullptr, vector->featureCount()).arg(layer->name());
        return layer->name();
    case LayerIdRole:
        return layer->id();
    case IsGroupRole:
        return false;
    case ErrorRole:
        return layer->errorString();
    case ZValueRole:
        return layer->zValue();
    case OpacityRole:
        return opacity(layer->id());
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid())
        return false;
    if (role == Qt::CheckStateRole) {
        const bool visible = value.toInt() != Qt::Unchecked;
        if (isGroup(index)) {
            for (const QString& id : m_ids[std::size_t(index.row())]) {
                if (map::MapLayer* layer = m_stack.layer(id))
                    layer->setVisible(visible);
            }
            emit dataChanged(index, index, {Qt::CheckStateRole});
            return true;
        }
        map::MapLayer* layer = layerAt(index);
        if (!layer)
            return false;
        layer->setVisible(visible); // layerChanged -> dataChanged
        return true;
    }
    if (role == OpacityRole) {
        map::MapLayer* layer = layerAt(index);
        if (!layer)
            return false;
        const double opacity = std::clamp(value.toDouble(), 0.0, 1.0);
        if (qFuzzyCompare(opacity, this->opacity(layer->id())))
            return true;
        m_opacity.insert(layer->id(), opacity);
        emit dataChanged(index, index, {OpacityRole});
        emit opacityChanged(layer->id(), opacity);
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroup(index))
        return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LayerTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(LayerIdRole, "layerId");
    names.insert(IsGroupRole, "isGroup");
    names.insert(ErrorRole, "error");
    names.insert(ZValueRole, "zValue");
    names.insert(OpacityRole, "opacity");
    return names;
}

bool LayerTreeModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                              const QModelIndex& destinationParent, int destinationChild)
{
    if (!isGroup(sourceParent) || sourceParent != destinationParent || count <= 0)
        return false;
    QStringList& ids = m_ids[std::size_t(sourceParent.row())];
    if (sourceRow < 0 || sourceRow + count > ids.size() || destinationChild < 0 ||
        destinationChild > ids.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return destinationChild == sourceRow || destinationChild == sourceRow + count; // no-op
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QStringList moved = ids.mid(sourceRow, count);
    ids.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        ids.insert(insertAt + i, moved[i]);
    endMoveRows();
    restack(Group(sourceParent.row()));
    return true;
}

void LayerTreeModel::restack(Group group)
{
    const QStringList& ids = m_ids[group];
    std::vector<int> zValues;
    for (const QString& id : ids) {
        if (const map::MapLayer* layer = m_stack.layer(id))
            zValues.push_back(layer->zValue());
    }
    std::sort(zValues.begin(), zValues.end(), std::greater<>());
    for (std::size_t i = 1; i < zValues.size(); ++i)
        zValues[i] = std::min(zValues[i], zValues[i - 1] - 1); // strictly decreasing, top first
    m_restacking = true;
    std::size_t next = 0;
    for (const QString& id : ids) {
        if (map::MapLayer* layer = m_stack.layer(id))
            layer->setZValue(zValues[next++]);
    }
    m_restacking = false;
    const QModelIndex parent = groupIndex(group);
    if (!ids.isEmpty())
        emit dataChanged(index(0, 0, parent), index(int(ids.size()) - 1, 0, parent), {ZValueRole});
}

Qt::DropActions LayerTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LayerTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* LayerTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        if (const map::MapLayer* layer = layerAt(index); layer && !ids.contains(layer->id()))
            ids << layer->id();
    }
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool LayerTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(kMimeType))
        return false;
    const QModelIndex group = isGroup(parent) ? parent : parent.parent();
    if (!isGroup(group))
        return false;
    const QStringList ids = QString::fromUtf8(data->data(kMimeType)).split(QLatin1Char('\n'));
    const QStringList& inGroup = m_ids[std::size_t(group.row())];
    return std::all_of(ids.begin(), ids.end(),
                       [&inGroup](const QString& id) { return inGroup.contains(id); });
}

bool LayerTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QModelIndex group = parent;
    if (!isGroup(parent)) { // dropped onto a layer: in front of it
        group = parent.parent();
        row = parent.row();
    }
    const QStringList ids = QString::fromUtf8(data->data(kMimeType)).split(QLatin1Char('\n'));
    if (row < 0)
        row = 0; // dropped onto the group: on top
    // Move one by one, keeping the dragged layers' order at the drop position.
    for (const QString& id : ids) {
        const int from = int(m_ids[std::size_t(group.row())].indexOf(id));
        if (from < 0)
            continue;
        moveRows(group, from, 1, group, row);
        const int now = int(m_ids[std::size_t(group.row())].indexOf(id));
        row = now + 1;
    }
    // The view must not remove the source rows: the move is done (removeRows is unsupported).
    return true;
}

} // namespace xiuhua::ui
