#pragma once

#include "core/entities.h"
#include "storage/store.h"

namespace xiuhua::dispatch {

// What the console shows at intake without being asked.
struct IntakeAdvice
{
    std::vector<core::Incident> earlierHere;         // within the radius, last 90 days
    std::vector<core::Incident> samePhone;           // same caller number, last 90 days
    std::vector<core::Hazard> hazardsNearby;         // open hazards within the radius
    std::optional<core::Incident> possibleDuplicate; // open, same category, near and recent
};

struct IntakeRules
{
    double historyRadiusMetres = 150;
    int historyDays = 90;
    double hazardRadiusMetres = 200;
    double duplicateRadiusMetres = 300;
    int duplicateWindowMinutes = 30;
};

class IntakeAdvisor
{
public:
    explicit IntakeAdvisor(const storage::StoreReader& reader, IntakeRules rules = {});

    IntakeAdvice advise(const std::optional<core::GeoPoint>& location, const QString& callerPhone,
                        const QString& category, const QDateTime& now) const;

    static double distanceMetres(const core::GeoPoint& a, const core::GeoPoint& b);

private:
    const storage::StoreReader& m_reader;
    IntakeRules m_rules;
};

} // namespace xiuhua::dispatch
