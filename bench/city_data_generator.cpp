#include "city_data_generator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstdint>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace xiuhua::bench {

namespace {

constexpr double kMetresPerDegreeLon = 95'180; // at 31.23N
constexpr double kMetresPerDegreeLat = 110'900;
constexpr double kSpacing = 200;

// SplitMix64: deterministic on every platform (std distributions are not).
struct Random
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform(double lo, double hi) { return lo + (hi - lo) * double(next() >> 11) * 0x1.0p-53; }
};

double hashJitter(int i, int j, int salt, double amplitude)
{
    Random r{std::uint64_t(i) * 1'000'003ULL + std::uint64_t(j) * 7919ULL + std::uint64_t(salt)};
    return r.uniform(-amplitude, amplitude);
}

// Grid intersection (i, j) in local metres, jittered up to 30 m.
QPointF node(int i, int j)
{
    const double half = CityData::kSizeMetres / 2;
    return {-half + i * kSpacing + hashJitter(i, j, 1, 30), -half + j * kSpacing + hashJitter(i, j, 2, 30)};
}

const char* roadClass(int line)
{
    if (line % 20 == 0)
        return "primary";
    if (line % 10 == 0)
        return "secondary";
    if (line % 5 == 0)
        return "tertiary";
    return line % 2 == 0 ? "residential" : "service";
}

bool check(OGRErr error)
{
    return error == OGRERR_NONE;
}

QString writeRoads(GDALDataset& dataset, const OGRSpatialReference& wgs84)
{
    OGRLayer* layer =
        dataset.CreateLayer("roads", const_cast<OGRSpatialReference*>(&wgs84), wkbLineString, nullptr);
    OGRFieldDefn classField("class", OFTString);
    OGRFieldDefn nameField("name", OFTString);
    if (!layer || !check(layer->CreateField(&classField)) || !check(layer->CreateField(&nameField)))
        return QStringLiteral("cannot create the roads layer");
    for (int direction = 0; direction < 2; ++direction) {
        for (int line = 0; line < CityData::kGridLines; ++line) {
            const QByteArray name =
                (direction == 0 ? QStringLiteral("经%1路") : QStringLiteral("纬%1路")).arg(line + 1).toUtf8();
            for (int step = 0; step + 1 < CityData::kGridLines; ++step) {
                const QPointF a = direction == 0 ? node(line, step) : node(step, line);
                const QPointF b = direction == 0 ? node(line, step + 1) : node(step + 1, line);
                // A slightly bent middle, so generalisation has something to remove.
                const QPointF mid = (a + b) / 2 + QPointF(hashJitter(line, step, 3 + direction, 1),
                                                          hashJitter(line, step, 5 + direction, 1));
                OGRLineString geometry;
                for (const QPointF& p : {a, mid, b}) {
                    const QPointF ll = CityData::toLonLat(p.x(), p.y());
                    geometry.addPoint(ll.x(), ll.y());
                }
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField("class", roadClass(line));
                feature.SetField("name", name.constData());
                feature.SetGeometry(&geometry);
                if (!check(layer->CreateFeature(&feature)))
                    return QStringLiteral("cannot write a road");
            }
        }
    }
    return {};
}

QString writeBuildings(GDALDataset& dataset, const OGRSpatialReference& wgs84)
{
    OGRLayer* layer =
        dataset.CreateLayer("buildings", const_cast<OGRSpatialReference*>(&wgs84), wkbPolygon, nullptr);
    OGRFieldDefn levels("levels", OFTInteger);
    if (!layer || !check(layer->CreateField(&levels)))
        return QStringLiteral("cannot create the buildings layer");
    Random random{20261126};
    const double half = CityData::kSizeMetres / 2;
    for (int n = 0; n < CityData::kBuildings; ++n) {
        // Inside a grid cell, clear of its roads.
        const auto i = int(random.uniform(0, CityData::kGridLines - 1));
        const auto j = int(random.uniform(0, CityData::kGridLines - 1));
        const double cx = -half + i * kSpacing + random.uniform(50, 150);
        const double cy = -half + j * kSpacing + random.uniform(50, 150);
        const double w = random.uniform(8, 30) / 2;
        const double h = random.uniform(8, 30) / 2;
        const double angle = random.uniform(-0.3, 0.3);
        const double c = std::cos(angle), s = std::sin(angle);
        OGRLinearRing ring;
        for (const auto& [dx, dy] : {std::pair{-w, -h}, {w, -h}, {w, h}, {-w, h}, {-w, -h}}) {
            const QPointF ll = CityData::toLonLat(cx + dx * c - dy * s, cy + dx * s + dy * c);
            ring.addPoint(ll.x(), ll.y());
        }
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("levels", int(random.uniform(1, 30)));
        feature.SetGeometry(&polygon);
        if (!check(layer->CreateFeature(&feature)))
            return QStringLiteral("cannot write a building");
    }
    return {};
}

QString writePoints(GDALDataset& dataset, const OGRSpatialReference& wgs84, const char* layerName, int count,
                    const QString& nameFormat, std::uint64_t seed)
{
    OGRLayer* layer =
        dataset.CreateLayer(layerName, const_cast<OGRSpatialReference*>(&wgs84), wkbPoint, nullptr);
    OGRFieldDefn name("name", OFTString);
    if (!layer || !check(layer->CreateField(&name)))
        return QStringLiteral("cannot create layer %1").arg(QLatin1String(layerName));
    Random random{seed};
    const double half = CityData::kSizeMetres / 2;
    for (int n = 0; n < count; ++n) {
        const QPointF ll = CityData::toLonLat(random.uniform(-half, half), random.uniform(-half, half));
        OGRPoint point(ll.x(), ll.y());
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", nameFormat.arg(n + 1).toUtf8().constData());
        feature.SetGeometry(&point);
        if (!check(layer->CreateFeature(&feature)))
            return QStringLiteral("cannot write a point");
    }
    return {};
}

std::vector<map::MapPoint> randomPoints(int count, std::uint64_t seed, const QString& labelFormat,
                                        const std::vector<QColor>& colours)
{
    Random random{seed};
    const double half = CityData::kSizeMetres / 2;
    std::vector<map::MapPoint> points;
    points.reserve(std::size_t(count));
    for (int n = 0; n < count; ++n) {
        const QPointF ll = CityData::toLonLat(random.uniform(-half, half), random.uniform(-half, half));
        map::MapPoint point;
        point.id = n + 1;
        point.lon = ll.x();
        point.lat = ll.y();
        point.label = labelFormat.arg(n + 1, 5, 10, QLatin1Char('0'));
        point.colour = colours[std::size_t(n) % colours.size()];
        points.push_back(std::move(point));
    }
    return points;
}

} // namespace

QPointF CityData::toLonLat(double x, double y)
{
    return {kCentreLon + x / kMetresPerDegreeLon, kCentreLat + y / kMetresPerDegreeLat};
}

QPointF CityData::roadPointLonLat(int column, int row)
{
    const QPointF mid = (node(column, row) + node(column, row + 1)) / 2;
    return toLonLat(mid.x(), mid.y());
}

QString CityData::ensureGeoPackage(const QString& path)
{
    if (QFileInfo::exists(path))
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return QStringLiteral("GDAL has no GPKG driver");
    {
        GDALDatasetUniquePtr dataset(
            driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            return QStringLiteral("cannot create %1").arg(partial);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (dataset->StartTransaction() != OGRERR_NONE)
            return QStringLiteral("cannot start a transaction");
        QString error = writeRoads(*dataset, wgs84);
        if (error.isEmpty())
            error = writeBuildings(*dataset, wgs84);
        if (error.isEmpty())
            error = writePoints(*dataset, wgs84, "posts", kPosts, QStringLiteral("第%1警务室"), 51);
        if (error.isEmpty())
            error = writePoints(*dataset, wgs84, "fire_stations", kFireStations,
                                QStringLiteral("微型消防站%1"), 83);
        if (!error.isEmpty())
            return error;
        if (dataset->CommitTransaction() != OGRERR_NONE)
            return QStringLiteral("cannot commit");
    }
    if (!QFile::rename(partial, path))
        return QStringLiteral("cannot rename %1").arg(partial);
    return {};
}

std::vector<map::MapPoint> CityData::responders()
{
    return randomPoints(kResponders, 20'000, QStringLiteral("巡逻%1"),
                        {QColor(0x19, 0x76, 0xd2), QColor(0x38, 0x8e, 0x3c), QColor(0x75, 0x75, 0x75)});
}

std::vector<map::MapPoint> CityData::incidents()
{
    return randomPoints(kIncidents, 3'000, QStringLiteral("20261126-%1"),
                        {QColor(0xd3, 0x2f, 0x2f), QColor(0xf5, 0x7c, 0x00)});
}

} // namespace xiuhua::bench
