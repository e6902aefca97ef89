#pragma once

#include "core/entities.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace xiuhua::geo {
class Gazetteer;
}

namespace xiuhua::dispatch {

// Where a transferred call is, and how sure the station can be without a dispatcher's look.
struct TransferPlacement
{
    std::optional<core::GeoPoint> location; // empty: not placed at all
    std::optional<core::Id> communityId;
    QString matchedAddress; // the gazetteer's name for the place, if one matched
    bool confirmed = false; // an exact place, or the centre's own point inside the jurisdiction
    QString note;           // for the dispatcher when not confirmed: what was done and why
};

// Places a 110 centre's address with the console's gazetteer (the same place search the intake form
// uses). An intersection, post, fire station or camera named exactly is confirmed; a road or
// community alone, or an address whose house number had to be cut away, is placed there but marked
// unconfirmed; nothing found leaves the call unplaced. Never guesses silently.
class TransferGeocoder
{
public:
    using CommunityResolver = std::function<std::optional<core::Id>(const core::GeoPoint&)>;

    // Either may be empty (no map loaded): then nothing is confirmed and the placement says so.
    TransferGeocoder(std::shared_ptr<const geo::Gazetteer> gazetteer, CommunityResolver communityAt);

    TransferPlacement place(const QString& address, const std::optional<core::GeoPoint>& centrePoint) const;

    // The texts tried for an address, most exact first: as written, without the city and district,
    // without the house number and the "north-east corner" words. Public for the tests.
    static QStringList candidates(const QString& address);

private:
    std::shared_ptr<const geo::Gazetteer> m_gazetteer;
    CommunityResolver m_communityAt;
};

} // namespace xiuhua::dispatch
