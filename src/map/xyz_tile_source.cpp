#include "map/xyz_tile_source.h"

#include "map/tile_math.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace xiuhua::map {

namespace {

constexpr int kMaxPendingFetches = 32;
constexpr qint64 kRetryAfterMs = 60 * 1000;

} // namespace

using tile_math::tileKey;

XyzTileSource::XyzTileSource(const QString& urlTemplate, const QString& cacheDir, int minZoom, int maxZoom,
                             QObject* parent)
    : TileSource(parent), m_template(urlTemplate.trimmed()), m_cacheDir(cacheDir),
      m_minZoom(std::clamp(minZoom, 0, tile_math::kMaxZoom)),
      m_maxZoom(std::clamp(maxZoom, m_minZoom, tile_math::kMaxZoom))
{
    m_error = validateTemplate(m_template);
    if (m_error.isEmpty() && (m_cacheDir.isEmpty() || !QDir().mkpath(m_cacheDir)))
        m_error = tr("Cannot create the tile cache folder %1").arg(m_cacheDir);
}

XyzTileSource::~XyzTileSource()
{
    // Replies are children of m_network; abort them before their handlers could run.
    if (m_network) {
        const auto replies = m_network->findChildren<QNetworkReply*>();
        for (QNetworkReply* reply : replies) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QString XyzTileSource::validateTemplate(const QString& urlTemplate)
{
    for (const char* placeholder : {"{z}", "{x}", "{y}"}) {
        if (!urlTemplate.contains(QLatin1String(placeholder)))
            return tr("The tile URL %1 must contain {z}, {x} and {y}").arg(urlTemplate);
    }
    QString sample = urlTemplate;
    sample.replace(QLatin1String("{z}"), QLatin1String("0"))
        .replace(QLatin1String("{x}"), QLatin1String("0"))
        .replace(QLatin1String("{y}"), QLatin1String("0"));
    const QUrl url(sample, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return tr("The tile URL %1 is not an http(s) address").arg(urlTemplate);
    return {};
}

QString XyzTileSource::cachePath(int z, int x, int y) const
{
    return QStringLiteral("%1/%2/%3/%4.png").arg(m_cacheDir).arg(z).arg(x).arg(y);
}

QString XyzTileSource::tileUrl(int z, int x, int y) const
{
    QString url = m_template;
    return url.replace(QLatin1String("{z}"), QString::number(z))
        .replace(QLatin1String("{x}"), QString::number(x))
        .replace(QLatin1String("{y}"), QString::number(y));
}

std::optional<QImage> XyzTileSource::tile(int z, int x, int y)
{
    if (!m_error.isEmpty() || z < m_minZoom || z > m_maxZoom)
        return std::nullopt;
    QFile file(cachePath(z, x, y));
    if (file.open(QIODevice::ReadOnly)) {
        // By content: servers may send JPEG under a .png name.
        QImage image = QImage::fromData(file.readAll());
        if (!image.isNull())
            return image;
    }
    fetch(z, x, y);
    return std::nullopt;
}

void XyzTileSource::fetch(int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    if (m_pending.contains(key) || m_pending.size() >= kMaxPendingFetches)
        return;
    const auto failed = m_failedAt.constFind(key);
    if (failed != m_failedAt.cend() && QDateTime::currentMSecsSinceEpoch() - *failed < kRetryAfterMs)
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(tileUrl(z, x, y))};
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Xiuhua"));
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network->get(request);
    m_pending.insert(key);
    connect(reply, &QNetworkReply::finished, this, [this, reply, z, x, y] { finished(reply, z, x, y); });
}

void XyzTileSource::finished(QNetworkReply* reply, int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    m_pending.remove(key);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    bool stored = false;
    if (status == 200 && !QImage::fromData(data).isNull()) {
        const QString path = cachePath(z, x, y);
        QSaveFile file(path);
        stored = QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly) &&
                 file.write(data) == data.size() && file.commit();
    }
    if (!stored) {
        // Not drawn; asked for again on a later repaint once kRetryAfterMs passed.
        m_failedAt.insert(key, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    m_failedAt.remove(key);
    emit tilesChanged();
}

} // namespace xiuhua::map
