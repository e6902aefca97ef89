#include "geo/vector_source.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <mutex>
#include <ogrsf_frmts.h>

namespace xiuhua::geo {

namespace {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

std::string quoted(const QString& text)
{
    return "'" + text.toStdString() + "'";
}

QVariant fieldValue(OGRFeature& feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    switch (feature.GetFieldDefnRef(index)->GetType()) {
    case OFTInteger:
        return feature.GetFieldAsInteger(index);
    case OFTInteger64:
        return qint64(feature.GetFieldAsInteger64(index));
    case OFTReal:
        return feature.GetFieldAsDouble(index);
    case OFTDate:
    case OFTDateTime:
    case OFTTime: {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        feature.GetFieldAsDateTime(index, &y, &mo, &d, &h, &mi, &s, &tz);
        const QTime time(h, mi, int(s), int((s - int(s)) * 1000));
        const auto type = feature.GetFieldDefnRef(index)->GetType();
        if (type == OFTDate)
            return QDate(y, mo, d);
        if (type == OFTTime)
            return time;
        // OGR tz flag: 100 = UTC, 100 +/- n = offset in 15-minute steps.
        if (tz >= 100)
            return QDateTime(QDate(y, mo, d), time, QTimeZone((tz - 100) * 15 * 60));
        return QDateTime(QDate(y, mo, d), time);
    }
    default:
        return QString::fromUtf8(feature.GetFieldAsString(index));
    }
}

} // namespace

void VectorSource::Closer::operator()(GDALDataset* dataset) const
{
    GDALClose(GDALDataset::ToHandle(dataset));
}

VectorSource::VectorSource(const QString& path, GDALDataset* dataset) : m_path(path), m_dataset(dataset) {}
VectorSource::VectorSource(VectorSource&&) noexcept = default;
VectorSource& VectorSource::operator=(VectorSource&&) noexcept = default;
VectorSource::~VectorSource() = default;

VectorSource VectorSource::open(const QString& path)
{
    ensureGdalRegistered();
    const QFileInfo info(path);
    if (!info.exists())
        throw GeoError("Cannot open map data " + quoted(path) + ": the file does not exist");
    if (!info.isFile() || !info.isReadable())
        throw GeoError("Cannot open map data " + quoted(path) + ": the file is not readable");

    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    const QByteArray nativePath = path.toUtf8();
    GDALDataset* dataset = GDALDataset::Open(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
    const std::string reason = CPLGetLastErrorMsg();
    CPLPopErrorHandler();
    if (!dataset)
        throw GeoError("Cannot open map data " + quoted(path) + ": " +
                       (reason.empty() ? std::string("not a recognised vector data format") : reason));
    return VectorSource(path, dataset);
}

QStringList VectorSource::layerNames() const
{
    QStringList names;
    for (OGRLayer* layer : m_dataset->GetLayers())
        names << QString::fromUtf8(layer->GetName());
    return names;
}

bool VectorSource::hasLayer(const QString& layer) const
{
    return m_dataset && m_dataset->GetLayerByName(layer.toUtf8().constData()) != nullptr;
}

OGRLayer* VectorSource::layerOrThrow(const QString& layer) const
{
    OGRLayer* ogrLayer = m_dataset ? m_dataset->GetLayerByName(layer.toUtf8().constData()) : nullptr;
    if (!ogrLayer)
        throw GeoError("Map data " + quoted(m_path) + " has no layer " + quoted(layer));
    return ogrLayer;
}

QStringList VectorSource::fieldNames(const QString& layer) const
{
    QStringList names;
    OGRFeatureDefn* defn = layerOrThrow(layer)->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

OGRSpatialReference VectorSource::layerCrs(const QString& layer) const
{
    const OGRSpatialReference* srs = layerOrThrow(layer)->GetSpatialRef();
    OGRSpatialReference result;
    if (srs) {
        result = *srs;
        result.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    return result;
}

std::vector<Feature> VectorSource::readLayer(const QString& layer) const
{
    OGRLayer* ogrLayer = layerOrThrow(layer);
    std::vector<Feature> features;
    if (const GIntBig count = ogrLayer->GetFeatureCount(false); count > 0)
        features.reserve(std::size_t(count));
    ogrLayer->ResetReading();
    for (const auto& ogrFeature : *ogrLayer) {
        Feature feature;
        feature.fid = ogrFeature->GetFID();
        for (int i = 0; i < ogrFeature->GetFieldCount(); ++i)
            feature.attributes.insert(QString::fromUtf8(ogrFeature->GetFieldDefnRef(i)->GetNameRef()),
                                      fieldValue(*ogrFeature, i));
        feature.geometry.reset(ogrFeature->StealGeometry());
        features.push_back(std::move(feature));
    }
    return features;
}

std::vector<Feature> VectorSource::readLayer(const QString& layer, const CoordinateTransform& transform) const
{
    std::vector<Feature> features = readLayer(layer);
    for (Feature& feature : features) {
        if (feature.geometry && !transform.transform(*feature.geometry))
            throw GeoError("Cannot transform feature " + std::to_string(feature.fid) + " of layer " +
                           quoted(layer) + " in " + quoted(m_path));
    }
    return features;
}

void VectorSource::forEachFeature(const QString& layer, const Reading& reading,
                                  const FeatureVisitor& visit) const
{
    OGRLayer* ogrLayer = layerOrThrow(layer);
    OGRFeatureDefn* defn = ogrLayer->GetLayerDefn();
    std::vector<int> wanted;
    for (const QString& field : reading.fields)
        wanted.push_back(defn->GetFieldIndex(field.toUtf8().constData()));
    // Fields nobody asked for are not parsed (OGR skips them in the driver).
    std::vector<std::string> ignoredNames;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        if (std::find(wanted.begin(), wanted.end(), i) == wanted.end())
            ignoredNames.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    }
    ignoredNames.emplace_back("OGR_STYLE");
    std::vector<const char*> ignored;
    for (const std::string& name : ignoredNames)
        ignored.push_back(name.c_str());
    ignored.push_back(nullptr);
    // The layer is shared by every reader of this source: leave it as it was found.
    struct Restore
    {
        OGRLayer* layer;
        ~Restore()
        {
            layer->SetSpatialFilter(nullptr);
            layer->SetIgnoredFields(nullptr);
            layer->ResetReading();
        }
    } restore{ogrLayer};
    ogrLayer->SetIgnoredFields(ignored.data());
    if (!reading.within.isNull())
        ogrLayer->SetSpatialFilterRect(reading.within.left(), reading.within.top(), reading.within.right(),
                                       reading.within.bottom());
    ogrLayer->ResetReading();
    QVariantList values;
    for (const auto& ogrFeature : *ogrLayer) {
        OGRGeometry* geometry = ogrFeature->GetGeometryRef();
        if (!geometry)
            continue;
        values.clear();
        for (const int index : wanted)
            values << (index >= 0 ? fieldValue(*ogrFeature, index) : QVariant());
        visit(ogrFeature->GetFID(), values, *geometry);
    }
}

QRectF VectorSource::layerBounds(const QString& layer) const
{
    OGREnvelope envelope;
    if (layerOrThrow(layer)->GetExtent(&envelope, TRUE) != OGRERR_NONE || !envelope.IsInit())
        return {};
    return QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
}

qint64 VectorSource::quickFeatureCount(const QString& layer) const
{
    return qint64(layerOrThrow(layer)->GetFeatureCount(FALSE));
}

} // namespace xiuhua::geo
