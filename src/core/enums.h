#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace xiuhua::core {

// Each enumeration has a stable code (stored in the database and checked there
// by CHECK constraints) and a translated display name for the UI.

enum class IncidentStatus
{
    New,
    Dispatched,
    OnScene,
    Resolved,
    Closed,
    Cancelled
};
enum class IncidentSource
{
    Transfer110,
    Phone,
    WalkIn,
    PatrolFound,
    VideoPatrol,
    MobileTerminal
};
enum class Priority
{
    P1,
    P2,
    P3,
    P4
};
enum class ResponderKind
{
    CommunityOfficer,
    PatrolOfficer,
    Auxiliary,
    Volunteer,
    FireCrew,
    Dispatcher,
    Supervisor
};
enum class ResponderStatus
{
    Available,
    Busy,
    MealBreak,
    OffDuty
};
enum class AssignmentStatus
{
    Dispatched,
    Acknowledged,
    EnRoute,
    OnScene,
    Cleared,
    Cancelled
};
enum class IncidentEventKind
{
    Note,
    Status,
    Assignment,
    Edit
};
enum class PostKind
{
    CommunityPost,
    Kiosk,
    Station
};

template <typename E> std::span<const char* const> enumCodes();
template <typename E> std::span<const char* const> enumDisplaySources();

template <typename E> QString toCode(E value)
{
    return QString::fromLatin1(enumCodes<E>()[static_cast<std::size_t>(value)]);
}

template <typename E> std::optional<E> fromCode(QStringView code)
{
    const auto codes = enumCodes<E>();
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E> std::size_t enumCount()
{
    return enumCodes<E>().size();
}

// Translated name for display, in the current application language.
template <typename E> QString displayName(E value);

template <> std::span<const char* const> enumCodes<IncidentStatus>();
template <> std::span<const char* const> enumDisplaySources<IncidentStatus>();
template <> QString displayName<IncidentStatus>(IncidentStatus value);
template <> std::span<const char* const> enumCodes<IncidentSource>();
template <> std::span<const char* const> enumDisplaySources<IncidentSource>();
template <> QString displayName<IncidentSource>(IncidentSource value);
template <> std::span<const char* const> enumCodes<Priority>();
template <> std::span<const char* const> enumDisplaySources<Priority>();
template <> QString displayName<Priority>(Priority value);
template <> std::span<const char* const> enumCodes<ResponderKind>();
template <> std::span<const char* const> enumDisplaySources<ResponderKind>();
template <> QString displayName<ResponderKind>(ResponderKind value);
template <> std::span<const char* const> enumCodes<ResponderStatus>();
template <> std::span<const char* const> enumDisplaySources<ResponderStatus>();
template <> QString displayName<ResponderStatus>(ResponderStatus value);
template <> std::span<const char* const> enumCodes<AssignmentStatus>();
template <> std::span<const char* const> enumDisplaySources<AssignmentStatus>();
template <> QString displayName<AssignmentStatus>(AssignmentStatus value);
template <> std::span<const char* const> enumCodes<IncidentEventKind>();
template <> std::span<const char* const> enumDisplaySources<IncidentEventKind>();
template <> QString displayName<IncidentEventKind>(IncidentEventKind value);
template <> std::span<const char* const> enumCodes<PostKind>();
template <> std::span<const char* const> enumDisplaySources<PostKind>();
template <> QString displayName<PostKind>(PostKind value);

// "'a','b','c'" for CHECK constraints; the codes are compile-time constants, never user input.
template <typename E> QString sqlCodeList()
{
    QStringList quoted;
    for (const char* code : enumCodes<E>())
        quoted << QStringLiteral("'%1'").arg(QLatin1String(code));
    return quoted.join(QLatin1Char(','));
}

bool isFieldResponder(ResponderKind kind);
bool isStaff(ResponderKind kind);
// P1 is the most urgent; the number shown to users is 1..4.
int priorityNumber(Priority priority);

} // namespace xiuhua::core
