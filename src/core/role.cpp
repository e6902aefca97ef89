#include "core/role.h"

#include <QCoreApplication>

#include <array>

namespace xiuhua::core {
namespace {

constexpr std::array roleCodes{"dispatcher", "supervisor", "administrator", "monitor"};
constexpr std::array roleNames{
    QT_TRANSLATE_NOOP("Enum", "Dispatcher"), QT_TRANSLATE_NOOP("Enum", "Supervisor"),
    QT_TRANSLATE_NOOP("Enum", "Administrator"), QT_TRANSLATE_NOOP("Enum", "Monitor (read only)")};
static_assert(roleCodes.size() == roleNames.size());

} // namespace

template <> std::span<const char* const> enumCodes<Role>()
{
    return roleCodes;
}

template <> std::span<const char* const> enumDisplaySources<Role>()
{
    return roleNames;
}

template <> QString displayName<Role>(Role value)
{
    return QCoreApplication::translate("Enum", roleNames[static_cast<std::size_t>(value)]);
}

} // namespace xiuhua::core
