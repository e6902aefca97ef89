#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/raster_tile_layer.h"
#include "map/vector_layer.h"
#include "ui/map/add_layer_dialog.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <sqlite3.h>

using namespace xiuhua;

namespace {

OGRSpatialReference displayCrs()
{
    return geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg);
}

// A one-tile MBTiles file (a 1x1 PNG at z0).
bool writeMbtiles(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(Qt::green);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        tile.save(&buffer, "PNG");
    }
    bool ok = sqlite3_exec(db,
                           "CREATE TABLE metadata (name TEXT, value TEXT);"
                           "INSERT INTO metadata VALUES ('name', 'Station tiles'), ('format', 'png'),"
                           " ('minzoom', '0'), ('maxzoom', '0');"
                           "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                           " tile_data BLOB);",
                           nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt* insert = nullptr;
    ok = ok &&
         sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (0, 0, 0, ?)", -1, &insert, nullptr) == SQLITE_OK;
    ok = ok &&
         sqlite3_bind_blob(insert, 1, png.constData(), int(png.size()), SQLITE_TRANSIENT) == SQLITE_OK &&
         sqlite3_step(insert) == SQLITE_DONE;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return ok;
}

// Runs action on the modal dialog of type T once it is showing.
template <typename T> void whenModal(std::function<void(T*)> action)
{
    QTimer::singleShot(20, [action] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            action(dialog);
        else
            whenModal<T>(action);
    });
}

} // namespace

// "Add layer…" adds vector data and raster base maps: an MBTiles file or a tile server's URL template.
class TestAddLayerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisesRasterBaseMaps();
    void tileUrlTemplatesAreChecked();
    void mbtilesFileBecomesARasterLayer();
    void tileUrlBecomesARasterLayer();
    void brokenMbtilesIsReportedAndNotAdded();
    void vectorFilesStillAddVectorLayers();
    void fileDialogOffersMbtilesAndATileServerButton();
    void fileDialogPicksAnMbtilesFile();

private:
    QTemporaryDir m_dir;
    QString m_mbtiles;
};

void TestAddLayerDialog::initTestCase()
{
    QSettings().clear();
    m_mbtiles = m_dir.filePath(QStringLiteral("station.mbtiles"));
    QVERIFY(writeMbtiles(m_mbtiles));
}

void TestAddLayerDialog::recognisesRasterBaseMaps()
{
    QVERIFY(ui::isRasterBaseMap(QStringLiteral("/data/base.MBTiles")));
    QVERIFY(ui::isRasterBaseMap(QStringLiteral("http://tiles.station.local/{z}/{x}/{y}.png")));
    QVERIFY(!ui::isRasterBaseMap(QStringLiteral("/data/roads.gpkg")));
    QVERIFY(!ui::isRasterBaseMap(QStringLiteral("http://tiles.station.local/{z}/{x}.png")));
}

void TestAddLayerDialog::tileUrlTemplatesAreChecked()
{
    QCOMPARE(ui::tileUrlProblem(QStringLiteral(" https://t.example/{z}/{x}/{y}.png ")), QString());
    QCOMPARE(ui::tileUrlProblem(QStringLiteral("file:///srv/tiles/{z}/{x}/{y}.png")), QString());
    QVERIFY(ui::tileUrlProblem(QString()).contains(QStringLiteral("Enter")));
    QVERIFY(
        ui::tileUrlProblem(QStringLiteral("http://t.example/{z}/{x}.png")).contains(QStringLiteral("{y}")));
    QVERIFY(ui::tileUrlProblem(QStringLiteral("ftp://t.example/{z}/{x}/{y}.png"))
                .contains(QStringLiteral("http")));
}

void TestAddLayerDialog::mbtilesFileBecomesARasterLayer()
{
    map::LayerStack stack;
    const ui::AddLayerResult result = ui::addLayerSource(stack, m_mbtiles, {}, displayCrs());
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.layerIds.size(), 1);
    auto* layer = qobject_cast<map::RasterTileLayer*>(stack.layer(result.layerIds.front()));
    QVERIFY(layer);
    QCOMPARE(layer->name(), QStringLiteral("Station tiles"));
    QVERIFY(!layer->isOperational());
}

void TestAddLayerDialog::tileUrlBecomesARasterLayer()
{
    map::LayerStack stack;
    const QString url = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
    const ui::AddLayerResult result = ui::addLayerSource(stack, url, {}, displayCrs());
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.layerIds.size(), 1);
    QVERIFY(qobject_cast<map::RasterTileLayer*>(stack.layer(result.layerIds.front())));
}

void TestAddLayerDialog::brokenMbtilesIsReportedAndNotAdded()
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.mbtiles"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    map::LayerStack stack;
    const ui::AddLayerResult result = ui::addLayerSource(stack, notes, {}, displayCrs());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.layerIds.isEmpty());
    QCOMPARE(stack.count(), 0);
}

void TestAddLayerDialog::vectorFilesStillAddVectorLayers()
{
    const QString path = m_dir.filePath(QStringLiteral("spot.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},
        "geometry":{"type":"Point","coordinates":[121.4737,31.2304]}}]})");
    file.close();
    map::LayerStack stack;
    const ui::AddLayerResult result = ui::addLayerSource(stack, path, {}, displayCrs());
    QCOMPARE(result.errors.join(QString()), QString());
    QCOMPARE(result.layerIds.size(), 1);
    QVERIFY(qobject_cast<map::VectorLayer*>(stack.layer(result.layerIds.front())));
}

void TestAddLayerDialog::fileDialogOffersMbtilesAndATileServerButton()
{
    QVERIFY(ui::AddLayerDialog::fileFilter().contains(QStringLiteral("*.mbtiles")));
    map::LayerStack stack;
    QWidget parent;
    const QString url = QStringLiteral("http://127.0.0.1:9/tiles/{z}/{x}/{y}.png");
    whenModal<QFileDialog>([url](QFileDialog* files) {
        auto* server = files->findChild<QPushButton*>(QStringLiteral("tileServerButton"));
        QVERIFY(server);
        whenModal<QInputDialog>([url](QInputDialog* input) {
            input->setTextValue(url);
            input->accept();
        });
        server->click();
    });
    const ui::AddLayerResult result = ui::AddLayerDialog::run(&parent, stack, displayCrs());
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.layerIds.size(), 1);
    QVERIFY(qobject_cast<map::RasterTileLayer*>(stack.layer(result.layerIds.front())));
    QCOMPARE(QSettings().value(QStringLiteral("addLayer/lastTileUrl")).toString(), url);
}

void TestAddLayerDialog::fileDialogPicksAnMbtilesFile()
{
    map::LayerStack stack;
    QWidget parent;
    const QString path = m_mbtiles;
    whenModal<QFileDialog>([path](QFileDialog* files) {
        // Typed into the file name box, as a user would.
        files->setDirectory(QFileInfo(path).absolutePath());
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        QTest::keyClick(name, Qt::Key_Return);
    });
    const ui::AddLayerResult result = ui::AddLayerDialog::run(&parent, stack, displayCrs());
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.layerIds.size(), 1);
    QVERIFY(qobject_cast<map::RasterTileLayer*>(stack.layer(result.layerIds.front())));
}

QTEST_MAIN(TestAddLayerDialog)
#include "test_add_layer_dialog.moc"
