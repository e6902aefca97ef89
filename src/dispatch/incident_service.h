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

// How an incident ended, entered when it is resolved.
struct IncidentOutcome
{
    QString dispositionCode; // from the taxonomy
    QString summary;         // the outcome in words
    QString narrative;
    QString peopleInvolved;
    QString vehiclesInvolved;
    std::optional<bool> followUpRequired; // empty = the category's rule
    // The incident as the outcome form showed it: if another seat changed it since, the outcome is
    // refused naming what changed (see refuseIfChangedSince).
    std::optional<core::Incident> loaded;
};

// A correction: only the fields that are set change. Nothing is overwritten silently: the timeline
// and the audit log keep the before and after.
struct IncidentCorrection
{
    std::optional<QString> addressText;
    std::optional<QString> matchedAddress;
    std::optional<core::GeoPoint> location; // set (even unchanged) = the location is checked
    std::optional<QString> category;
    std::optional<QString> subcategory;
    std::optional<core::Priority> priority;
    std::optional<QString> callerName;
    std::optional<QString> callerPhone;
    std::optional<QString> description;
    QString reason;
    // The incident as the form showed it: if another seat changed it since, the correction is refused
    // naming what changed (see refuseIfChangedSince) instead of overwriting that change.
    std::optional<core::Incident> loaded;
};

class IncidentService
{
public:
    using CommunityResolver = std::function<std::optional<core::Id>(const core::GeoPoint&)>;

    explicit IncidentService(DispatchContext context, CommunityResolver communityAt = {});

    // Each call is one transaction with its timeline entry and audit record; throws DispatchError
    // (rules) or storage::StorageError (database) and then has written nothing.
    core::Incident create(const core::Actor& actor, const IncidentDraft& draft);
    // With `loaded` (the incident as the console showed it) a change another seat made meanwhile
    // refuses this one, naming what changed.
    core::Incident changeStatus(const core::Actor& actor, core::Id incidentId, core::IncidentStatus to,
                                const QString& reason = {},
                                const std::optional<core::Incident>& loaded = std::nullopt);
    void addNote(const core::Actor& actor, core::Id incidentId, const QString& text);

    // Resolves with a coded outcome (clearing active assignments); closing it later creates the
    // follow-up visit (回访) for the community's responsible officer when one is required.
    core::Incident resolve(const core::Actor& actor, core::Id incidentId, const IncidentOutcome& outcome);
    core::Incident correct(const core::Actor& actor, core::Id incidentId,
                           const IncidentCorrection& correction);

    // A second call about an incident already on file: recorded on that incident's timeline
    // instead of opening a new one.
    void linkDuplicateCall(const core::Actor& actor, core::Id existingIncidentId, const IncidentDraft& call);

    // The rules alone, for forms that check as the operator types. Empty = valid.
    QStringList validate(const IncidentDraft& draft) const;
    static bool isPlausiblePhone(const QString& phone);

private:
    core::Incident load(const storage::StoreWriter& writer, core::Id incidentId) const;
    void scheduleFollowUp(storage::StoreWriter& writer, const core::Incident& incident,
                          const QDateTime& now) const;

    DispatchContext m_context;
    CommunityResolver m_communityAt;
};

} // namespace xiuhua::dispatch
