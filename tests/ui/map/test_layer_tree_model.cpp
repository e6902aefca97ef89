#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "map/vector_layer.h"
#include "ui/map/add_layer_dialog.h"
#include "ui/map/layer_panel.h"
#include "ui/map/layer_tree_model.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace xiuhua;
using namespace xiuhua::ui;
using Model = ui::LayerTreeModel;

namespace {

const char* kGeoJson = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "Gate A", "kind": "gate"},
   "geometry": {"type": "Point", "coordinates": [121.4737, 31.2304]}},
  {"type": "Feature", "properties": {"name": "Fence", "kind": "fence"},
   "geometry": {"type": "LineString", "coordinates": [[121.470, 31.229], [121.476, 31.232]]}}
]})";

const char* kNoCrsCsv = "WKT,name\n\"POINT (121.47 31.23)\",a\n\"POINT (121.48 31.24)\",b\n";

void writeFile(const QString& path, const char* text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QStringList idsOf(const Model& model, Model::Group group)
{
    QStringList ids;
    const QModelIndex parent = model.groupIndex(group);
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids << model.index(row, 0, parent).data(Model::LayerIdRole).toString();
    return ids;
}

QStringList stackOrder(const map::LayerStack& stack)
{
    QStringList ids;
    for (const map::MapLayer* layer : stack.layers())
        ids << layer->id();
    return ids;
}

} // namespace

class TestLayerTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void groupsLayersTopFirst();
    void checkBoxTogglesVisibility();
    void movingARowRestacksTheLayers();
    void dragAndDropMovesWithinAGroupOnly();
    void opacityIsKeptPerLayer();
    void addsAGeoJsonLayer();
    void fileWithoutCrsShowsAnErrorMarker();
    void unreadableFileShowsAnErrorMarker();
    void parsesTheLayerArgument();
    void panelEditsTheSelectedLayer();

private:
    map::VectorLayer* addVector(const QString& id, int z);

    QTemporaryDir m_dir;
    std::unique_ptr<map::LayerStack> m_stack;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

map::VectorLayer* TestLayerTreeModel::addVector(const QString& id, int z)
{
    return m_stack->add(
        std::make_unique<map::VectorLayer>(id, id.toUpper(), map::default_styles::forLayer(id), z));
}

void TestLayerTreeModel::init()
{
    m_stack = std::make_unique<map::LayerStack>();
    addVector(QStringLiteral("blocks"), 10);
    addVector(QStringLiteral("roads"), 50);
    addVector(QStringLiteral("posts"), 100);
    const auto toDisplay = geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg);
    m_stack->add(std::make_unique<map::PointLayer>(QStringLiteral("responders"), QStringLiteral("Responders"),
                                                   toDisplay, 900));
    m_stack->add(std::make_unique<map::PointLayer>(QStringLiteral("incidents"), QStringLiteral("Incidents"),
                                                   toDisplay, 1000));
    m_model = std::make_unique<Model>(*m_stack);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLayerTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_stack.reset();
}

void TestLayerTreeModel::passesTheModelTester()
{
    // The tester checks every change below; add and remove layers to exercise resets.
    addVector(QStringLiteral("water"), 30);
    QVERIFY(m_stack->removeLayer(QStringLiteral("water")));
    m_stack->layer(QStringLiteral("roads"))->setVisible(false);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), 1);
}

void TestLayerTreeModel::groupsLayersTopFirst()
{
    const QModelIndex operational = m_model->groupIndex(Model::OperationalGroup);
    const QModelIndex base = m_model->groupIndex(Model::BaseGroup);
    QCOMPARE(operational.data().toString(), QStringLiteral("Operational layers"));
    QCOMPARE(base.data().toString(), QStringLiteral("Base map"));
    QVERIFY(operational.data(Model::IsGroupRole).toBool());
    QCOMPARE(idsOf(*m_model, Model::OperationalGroup), (QStringList{"incidents", "responders"}));
    QCOMPARE(idsOf(*m_model, Model::BaseGroup), (QStringList{"posts", "roads", "blocks"}));
    const QModelIndex roads = m_model->indexOf(QStringLiteral("roads"));
    QCOMPARE(roads.parent(), base);
    QCOMPARE(roads.data().toString(), QStringLiteral("ROADS"));
    QCOMPARE(roads.data(Model::ZValueRole).toInt(), 50);
    QVERIFY(!roads.data(Qt::DecorationRole).value<QIcon>().isNull()); // a legend swatch
    QVERIFY(roads.flags() & Qt::ItemIsDragEnabled);
    QVERIFY(!(base.flags() & Qt::ItemIsDragEnabled));
    QVERIFY(base.flags() & Qt::ItemIsDropEnabled);
}

void TestLayerTreeModel::checkBoxTogglesVisibility()
{
    const QModelIndex roads = m_model->indexOf(QStringLiteral("roads"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(roads.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m_model->setData(roads, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_stack->layer(QStringLiteral("roads"))->isVisible());
    QCOMPARE(roads.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(changed.count() >= 1);
    const QModelIndex base = m_model->groupIndex(Model::BaseGroup);
    QCOMPARE(base.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));

    // From outside (e.g. a menu): the model follows.
    m_stack->layer(QStringLiteral("roads"))->setVisible(true);
    QCOMPARE(roads.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // The group's box switches all its layers.
    QVERIFY(m_model->setData(base, Qt::Unchecked, Qt::CheckStateRole));
    for (const char* id : {"blocks", "roads", "posts"})
        QVERIFY(!m_stack->layer(QString::fromLatin1(id))->isVisible());
    QCOMPARE(base.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_stack->layer(QStringLiteral("incidents"))->isVisible());
}

void TestLayerTreeModel::movingARowRestacksTheLayers()
{
    const QModelIndex base = m_model->groupIndex(Model::BaseGroup);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    // blocks (bottom, row 2) to the top of the base map.
    QVERIFY(m_model->moveRow(base, 2, base, 0));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(idsOf(*m_model, Model::BaseGroup), (QStringList{"blocks", "posts", "roads"}));
    QCOMPARE(stackOrder(*m_stack), (QStringList{"roads", "posts", "blocks", "responders", "incidents"}));
    // The group keeps its z range: the operational layers stay on top.
    QCOMPARE(m_stack->layer(QStringLiteral("blocks"))->zValue(), 100);
    QCOMPARE(m_stack->layer(QStringLiteral("roads"))->zValue(), 10);

    // posts (row 1) below roads (to the end).
    QVERIFY(m_model->moveRow(base, 1, base, 3));
    QCOMPARE(idsOf(*m_model, Model::BaseGroup), (QStringList{"blocks", "roads", "posts"}));
    QCOMPARE(stackOrder(*m_stack).first(), QStringLiteral("posts"));

    // Restacking from outside resets the model to the new order.
    m_stack->layer(QStringLiteral("posts"))->setZValue(500);
    QCOMPARE(idsOf(*m_model, Model::BaseGroup).first(), QStringLiteral("posts"));

    // Moves across groups are refused.
    const QModelIndex operational = m_model->groupIndex(Model::OperationalGroup);
    QVERIFY(!m_model->moveRow(base, 0, operational, 0));
}

void TestLayerTreeModel::dragAndDropMovesWithinAGroupOnly()
{
    const QModelIndex base = m_model->groupIndex(Model::BaseGroup);
    const QModelIndex operational = m_model->groupIndex(Model::OperationalGroup);
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(QStringLiteral("roads"))}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(Model::kMimeType));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, operational));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, base));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, operational));

    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, base));
    QCOMPARE(idsOf(*m_model, Model::BaseGroup), (QStringList{"roads", "posts", "blocks"}));
    QCOMPARE(stackOrder(*m_stack).at(2), QStringLiteral("roads"));

    // Dropped onto a layer: in front of it.
    std::unique_ptr<QMimeData> blocks(m_model->mimeData({m_model->indexOf(QStringLiteral("blocks"))}));
    QVERIFY(m_model->dropMimeData(blocks.get(), Qt::MoveAction, -1, -1,
                                  m_model->indexOf(QStringLiteral("posts"))));
    QCOMPARE(idsOf(*m_model, Model::BaseGroup), (QStringList{"roads", "blocks", "posts"}));
}

void TestLayerTreeModel::opacityIsKeptPerLayer()
{
    const QModelIndex roads = m_model->indexOf(QStringLiteral("roads"));
    QSignalSpy opacity(m_model.get(), &Model::opacityChanged);
    QCOMPARE(roads.data(Model::OpacityRole).toDouble(), 1.0);
    QVERIFY(m_model->setData(roads, 0.4, Model::OpacityRole));
    QCOMPARE(opacity.count(), 1);
    QCOMPARE(opacity.at(0).at(0).toString(), QStringLiteral("roads"));
    QCOMPARE(opacity.at(0).at(1).toDouble(), 0.4);
    QCOMPARE(m_model->opacity(QStringLiteral("roads")), 0.4);
    QVERIFY(m_model->setData(roads, 7.0, Model::OpacityRole)); // clamped
    QCOMPARE(m_model->opacity(QStringLiteral("roads")), 1.0);
    QVERIFY(!m_model->setData(m_model->groupIndex(Model::BaseGroup), 0.5, Model::OpacityRole));
}

void TestLayerTreeModel::addsAGeoJsonLayer()
{
    const QString path = m_dir.filePath(QStringLiteral("gates.geojson"));
    writeFile(path, kGeoJson);
    const AddLayerResult result =
        addLayersFromFile(*m_stack, path, {}, geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.layerIds.size(), 1);
    const QModelIndex added = m_model->indexOf(result.layerIds.front());
    QVERIFY(added.isValid());
    QCOMPARE(added.parent(), m_model->groupIndex(Model::BaseGroup));
    QCOMPARE(added.row(), 0); // above the base map, below the operational layers
    QVERIFY(added.data(Model::ErrorRole).toString().isEmpty());
    const auto* layer = qobject_cast<map::VectorLayer*>(m_model->layerAt(added));
    QVERIFY(layer);
    QCOMPARE(layer->featureCount(), 2);
    QVERIFY(added.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 feature")));
    QVERIFY(layer->extent().contains(m_stack->layer(QStringLiteral("incidents"))->extent().center()) ||
            m_stack->layer(QStringLiteral("incidents"))->extent().isNull());
}

void TestLayerTreeModel::fileWithoutCrsShowsAnErrorMarker()
{
    const QString path = m_dir.filePath(QStringLiteral("nocrs.csv"));
    writeFile(path, kNoCrsCsv);
    const AddLayerResult result =
        addLayersFromFile(*m_stack, path, {}, geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.layerIds.size(), 1);
    const QModelIndex added = m_model->indexOf(result.layerIds.front());
    QVERIFY(added.isValid());
    QVERIFY(!added.data(Model::ErrorRole).toString().isEmpty());
    QVERIFY(added.data(Qt::ToolTipRole).toString().contains(QStringLiteral("could not be loaded")));
    QVERIFY(!added.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestLayerTreeModel::unreadableFileShowsAnErrorMarker()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.gpkg"));
    writeFile(path, "this is not a GeoPackage");
    const AddLayerResult result =
        addLayersFromFile(*m_stack, path, {}, geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.layerIds.size(), 1);
    const QModelIndex added = m_model->indexOf(result.layerIds.front());
    QVERIFY(added.isValid());
    QCOMPARE(added.data().toString(), QStringLiteral("broken.gpkg"));
    QVERIFY(!added.data(Model::ErrorRole).toString().isEmpty());
}

void TestLayerTreeModel::parsesTheLayerArgument()
{
    const QString path = m_dir.filePath(QStringLiteral("gates.geojson"));
    writeFile(path, kGeoJson);
    QCOMPARE(parseLayerArgument(path).path, path);
    QVERIFY(parseLayerArgument(path).layerName.isEmpty());
    const map::DatasetArgument withLayer = parseLayerArgument(path + QStringLiteral(":gates"));
    QCOMPARE(withLayer.path, path);
    QCOMPARE(withLayer.layerName, QStringLiteral("gates"));
    // A missing file is kept whole (the error is reported when it is opened).
    QCOMPARE(parseLayerArgument(QStringLiteral("/nowhere/x.gpkg:roads")).path,
             QStringLiteral("/nowhere/x.gpkg:roads"));
}

void TestLayerTreeModel::panelEditsTheSelectedLayer()
{
    LayerPanel panel(*m_stack);
    panel.selectLayer(QStringLiteral("roads"));
    QCOMPARE(panel.currentLayerId(), QStringLiteral("roads"));
    QVERIFY(panel.opacitySlider()->isEnabled());
    panel.opacitySlider()->setValue(30);
    QCOMPARE(panel.model()->opacity(QStringLiteral("roads")), 0.3);
    panel.selectLayer(QStringLiteral("posts"));
    QCOMPARE(panel.opacitySlider()->value(), 100);
    // Bundled layers cannot be removed; the view supports internal moves.
    QCOMPARE(panel.view()->dragDropMode(), QAbstractItemView::InternalMove);
}

QTEST_MAIN(TestLayerTreeModel)
#include "test_layer_tree_model.moc"
