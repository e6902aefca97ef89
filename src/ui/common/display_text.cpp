#include "ui/common/display_text.h"

#include <QTimeZone>

namespace xiuhua::ui {

namespace {
const QTimeZone& stationZone()
{
    static const QTimeZone shanghai("Asia/Shanghai");
    return shanghai;
}
} // namespace

QString stationTimeText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toTimeZone(stationZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QDateTime toStationWallTime(const QDateTime& utc)
{
    const QDateTime station = utc.toTimeZone(stationZone());
    return QDateTime(station.date(), station.time());
}

QDateTime fromStationWallTime(const QDateTime& wallTime)
{
    return QDateTime(wallTime.date(), wallTime.time(), stationZone()).toUTC();
}

QString localTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    static const QTimeZone shanghai("Asia/Shanghai");
    return utc.toTimeZone(shanghai).toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QString elapsedText(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

} // namespace xiuhua::ui
