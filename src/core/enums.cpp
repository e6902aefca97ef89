#include "core/enums.h"

#include <QCoreApplication>

#include <array>

namespace xiuhua::core {
namespace {

constexpr std::array incidentStatusCodes{"new", "dispatched", "on_scene", "resolved", "closed", "cancelled"};
constexpr std::array incidentStatusNames{
    QT_TRANSLATE_NOOP("Enum", "New"),      QT_TRANSLATE_NOOP("Enum", "Dispatched"),
    QT_TRANSLATE_NOOP("Enum", "On scene"), QT_TRANSLATE_NOOP("Enum", "Resolved"),
    QT_TRANSLATE_NOOP("Enum", "Closed"),   QT_TRANSLATE_NOOP("Enum", "Cancelled")};

constexpr std::array incidentSourceCodes{"transfer_110", "phone",        "walk_in",
                                         "patrol_found", "video_patrol", "mobile_terminal"};
constexpr std::array incidentSourceNames{
    QT_TRANSLATE_NOOP("Enum", "110 transfer"), QT_TRANSLATE_NOOP("Enum", "Phone"),
    QT_TRANSLATE_NOOP("Enum", "Walk-in"),      QT_TRANSLATE_NOOP("Enum", "Found on patrol"),
    QT_TRANSLATE_NOOP("Enum", "Video patrol"), QT_TRANSLATE_NOOP("Enum", "Mobile terminal")};

constexpr std::array priorityCodes{"P1", "P2", "P3", "P4"};
constexpr std::array priorityNames{
    QT_TRANSLATE_NOOP("Enum", "P1 urgent"), QT_TRANSLATE_NOOP("Enum", "P2 high"),
    QT_TRANSLATE_NOOP("Enum", "P3 normal"), QT_TRANSLATE_NOOP("Enum", "P4 low")};

constexpr std::array responderKindCodes{"community_officer", "patrol_officer", "auxiliary", "volunteer",
                                        "fire_crew",         "dispatcher",     "supervisor"};
constexpr std::array responderKindNames{
    QT_TRANSLATE_NOOP("Enum", "Community officer"), QT_TRANSLATE_NOOP("Enum", "Patrol officer"),
    QT_TRANSLATE_NOOP("Enum", "Auxiliary"),         QT_TRANSLATE_NOOP("Enum", "Volunteer"),
    QT_TRANSLATE_NOOP("Enum", "Fire crew"),         QT_TRANSLATE_NOOP("Enum", "Dispatcher"),
    QT_TRANSLATE_NOOP("Enum", "Supervisor")};

constexpr std::array responderStatusCodes{"available", "busy", "meal_break", "off_duty"};
constexpr std::array responderStatusNames{
    QT_TRANSLATE_NOOP("Enum", "Available"), QT_TRANSLATE_NOOP("Enum", "Busy"),
    QT_TRANSLATE_NOOP("Enum", "Meal break"), QT_TRANSLATE_NOOP("Enum", "Off duty")};

constexpr std::array assignmentStatusCodes{"dispatched", "acknowledged", "en_route",
                                           "on_scene",   "cleared",      "cancelled"};
constexpr std::array assignmentStatusNames{
    QT_TRANSLATE_NOOP("Enum", "Dispatched"), QT_TRANSLATE_NOOP("Enum", "Acknowledged"),
    QT_TRANSLATE_NOOP("Enum", "En route"),   QT_TRANSLATE_NOOP("Enum", "On scene"),
    QT_TRANSLATE_NOOP("Enum", "Cleared"),    QT_TRANSLATE_NOOP("Enum", "Cancelled")};

constexpr std::array eventKindCodes{"note", "status", "assignment", "edit"};
constexpr std::array eventKindNames{QT_TRANSLATE_NOOP("Enum", "Note"), QT_TRANSLATE_NOOP("Enum", "Status"),
                                    QT_TRANSLATE_NOOP("Enum", "Assignment"),
                                    QT_TRANSLATE_NOOP("Enum", "Edit")};

constexpr std::array postKindCodes{"community_post", "kiosk", "station"};
constexpr std::array postKindNames{QT_TRANSLATE_NOOP("Enum", "Community police post"),
                                   QT_TRANSLATE_NOOP("Enum", "Police kiosk"),
                                   QT_TRANSLATE_NOOP("Enum", "Police station")};

QString translated(std::span<const char* const> names, std::size_t index)
{
    return QCoreApplication::translate("Enum", names[index]);
}

} // namespace

#define XIUHUA_ENUM_TABLES(Type, codes, names)                                                               \
    template <> std::span<const char* const> enumCodes<Type>()                                               \
    {                                                                                                        \
        return codes;                                                                                        \
    }                                                                                                        \
    template <> std::span<const char* const> enumDisplaySources<Type>()                                      \
    {                                                                                                        \
        return names;                                                                                        \
    }                                                                                                        \
    template <> QString displayName<Type>(Type value)                                                        \
    {                                                                                                        \
        return translated(names, static_cast<std::size_t>(value));                                           \
    }                                                                                                        \
    static_assert(codes.size() == names.size());

XIUHUA_ENUM_TABLES(IncidentStatus, incidentStatusCodes, incidentStatusNames)
XIUHUA_ENUM_TABLES(IncidentSource, incidentSourceCodes, incidentSourceNames)
XIUHUA_ENUM_TABLES(Priority, priorityCodes, priorityNames)
XIUHUA_ENUM_TABLES(ResponderKind, responderKindCodes, responderKindNames)
XIUHUA_ENUM_TABLES(ResponderStatus, responderStatusCodes, responderStatusNames)
XIUHUA_ENUM_TABLES(AssignmentStatus, assignmentStatusCodes, assignmentStatusNames)
XIUHUA_ENUM_TABLES(IncidentEventKind, eventKindCodes, eventKindNames)
XIUHUA_ENUM_TABLES(PostKind, postKindCodes, postKindNames)

#undef XIUHUA_ENUM_TABLES

bool isFieldResponder(ResponderKind kind)
{
    return !isStaff(kind);
}

bool isStaff(ResponderKind kind)
{
    return kind == ResponderKind::Dispatcher || kind == ResponderKind::Supervisor;
}

int priorityNumber(Priority priority)
{
    return static_cast<int>(priority) + 1;
}

} // namespace xiuhua::core
