#include "ui/common/status_palette.h"

namespace xiuhua::ui {

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

QColor targetGradeColour(dispatch::TargetGrade grade)
{
    switch (grade) {
    case dispatch::TargetGrade::Within:
        return QColor(0xc8, 0xe6, 0xc9);
    case dispatch::TargetGrade::Near:
        return QColor(0xff, 0xe0, 0x82);
    case dispatch::TargetGrade::Breached:
        return QColor(0xef, 0x9a, 0x9a);
    }
    return {};
}

QColor overdueTextColour()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

QColor overdueBackgroundColour()
{
    return QColor(0xff, 0xcd, 0xd2);
}

QColor cautionColour()
{
    return QColor(0xef, 0x6c, 0x00);
}

QColor problemColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor inactiveColour()
{
    return QColor(0x75, 0x75, 0x75);
}

} // namespace xiuhua::ui
