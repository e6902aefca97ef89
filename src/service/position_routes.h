#pragma once

#include "dispatch/position_service.h"
#include "service/rate_limiter.h"
#include "service/route_table.h"

namespace xiuhua::service {

// The AVL routes (docs/FIELD_LINK.md):
//   GET|POST /  and /osmand[/TOKEN]   OsmAnd protocol: query, form or Traccar Client 9+ JSON
//   POST /owntracks[/TOKEN]            OwnTracks HTTP mode (answered with a JSON array)
// The device is the basic-auth user or the request's id; its token the basic-auth password, the path's
// last part or a `token` parameter. 200 only after the positions are committed; 400 malformed, 401
// unknown device or wrong token (the same answer, so ids cannot be probed), 403 withdrawn, 429 too
// many from this device.
void addPositionRoutes(RouteTable& routes, dispatch::PositionService& positions, RateLimiter& perDevice);

} // namespace xiuhua::service
