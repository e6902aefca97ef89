#include "core/status_rules.h"

namespace xiuhua::core {

bool isOpen(IncidentStatus status)
{
    return status == IncidentStatus::New || status == IncidentStatus::Dispatched ||
           status == IncidentStatus::OnScene;
}

bool isActive(AssignmentStatus status)
{
    return status != AssignmentStatus::Cleared && status != AssignmentStatus::Cancelled;
}

bool isReopen(IncidentStatus from, IncidentStatus to)
{
    return (from == IncidentStatus::Resolved || from == IncidentStatus::Closed) &&
           to == IncidentStatus::Dispatched;
}

namespace {

template <typename E, typename Predicate> QStringList codesWhere(Predicate accepts)
{
    QStringList codes;
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const auto value = static_cast<E>(i);
        if (accepts(value))
            codes << toCode(value);
    }
    return codes;
}

} // namespace

QStringList openIncidentStatusCodes()
{
    return codesWhere<IncidentStatus>([](IncidentStatus s) { return isOpen(s); });
}

QStringList activeAssignmentStatusCodes()
{
    return codesWhere<AssignmentStatus>([](AssignmentStatus s) { return isActive(s); });
}

bool isAllowedTransition(IncidentStatus from, IncidentStatus to)
{
    using S = IncidentStatus;
    if (from == to)
        return false;
    switch (from) {
    case S::New:
        return to == S::Dispatched || to == S::Cancelled || to == S::Resolved;
    case S::Dispatched:
        return to == S::OnScene || to == S::Resolved || to == S::Cancelled;
    case S::OnScene:
        return to == S::Resolved || to == S::Cancelled;
    case S::Resolved:
        return to == S::Closed || to == S::Dispatched;
    case S::Closed:
        return to == S::Dispatched;
    case S::Cancelled:
        return false;
    }
    return false;
}

bool isAllowedTransition(AssignmentStatus from, AssignmentStatus to)
{
    if (!isActive(from) || from == to)
        return false;
    if (to == AssignmentStatus::Cancelled)
        return true;
    return static_cast<int>(to) > static_cast<int>(from);
}

} // namespace xiuhua::core
