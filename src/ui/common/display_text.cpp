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

QColor incidentStatusColour(core::IncidentStatus status)
{
    using S = core::IncidentStatus;
    switch (status) {
    case S::New:
        return QColor(0xd3, 0x2f, 0x2f);
    case S::Dispatched:
        return QColor(0xef, 0x6c, 0x00);
    case S::OnScene:
        return QColor(0x15, 0x65, 0xc0);
    case S::Resolved:
        return QColor(0x2e, 0x7d, 0x32);
    case S::Closed:
        return QColor(0x75, 0x75, 0x75);
    case S::Cancelled:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QColor responderStatusColour(core::ResponderStatus status)
{
    using S = core::ResponderStatus;
    switch (status) {
    case S::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case S::Busy:
        return QColor(0xef, 0x6c, 0x00);
    case S::MealBreak:
        return QColor(0x6a, 0x1b, 0x9a);
    case S::OffDuty:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

QColor priorityColour(core::Priority priority)
{
    switch (priority) {
    case core::Priority::P1:
        return QColor(0xc6, 0x28, 0x28);
    case core::Priority::P2:
        return QColor(0xef, 0x6c, 0x00);
    case core::Priority::P3:
        return QColor(0x15, 0x65, 0xc0);
    case core::Priority::P4:
        return QColor(0x61, 0x61, 0x61);
    }
    return Qt::black;
}

} // namespace xiuhua::ui
