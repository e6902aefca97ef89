#include "ui/common/fix_age.h"

#include <QCoreApplication>

#include <algorithm>

namespace xiuhua::ui {

QString fixAgeText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return QCoreApplication::translate("FixAge", "position %n s old", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("FixAge", "position %n min old", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("FixAge", "position %n h old", nullptr, int(seconds / 3600));
    return QCoreApplication::translate("FixAge", "position %n days old", nullptr, int(seconds / 86400));
}

QColor fadingFixColour()
{
    return QColor(0x8d, 0x6e, 0x63); // brown-grey: still usable, read with care
}

QColor oldFixColour()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor lowBatteryColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace xiuhua::ui
