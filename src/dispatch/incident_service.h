#pragma once

#include "dispatch/dispatch_context.h"

namespace xiuhua::dispatch {

// What an operator enters for a new incident. Empty optionals take defaults
// (received now, priority from the category, community from the point).
struct IncidentDraft
{
    QDateTime receivedAt;
    core::IncidentSource source = core::IncidentSource::Phone;
    QString callerName;
    QString callerPhone;
    QString addressText;
    QString matchedAddress;
    std::optional<core::GeoPoint> location;
    std::optional<core::Id> communityId;
    QString category;
    QString subcategory;
    std::optional<core::Priority> priority;
    QString description;
};

class IncidentService
{
public:
    using CommunityResolver = std::function<std::optional<core::Id>(const core::GeoPoint&)>;

    explicit IncidentService(DispatchContext context, CommunityResolver communityAt = {});

    // Each call is one transaction with its timeline entry and audit record; throws DispatchError
    // (rules) or storage::StorageError (database) and then has written nothing.
    core::Incident create(const core::Actor& actor, const IncidentDraft& draft);
    core::Incident changeStatus(const core::Actor& actor, core::Id incidentId, core::IncidentStatus to,
                                const QString& reason = {});
    void addNote(const core::Actor& actor, core::Id incidentId, const QString& text);

    // The rules alone, for forms that check as the operator types. Empty = valid.
    QStringList validate(const IncidentDraft& draft) const;
    static bool isPlausiblePhone(const QString& phone);

private:
    core::Incident load(const storage::StoreWriter& writer, core::Id incidentId) const;

    DispatchContext m_context;
    CommunityResolver m_communityAt;
};

} // namespace xiuhua::dispatch
