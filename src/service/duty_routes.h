#pragma once

#include "duty/duty_endpoint.h"
#include "service/route_table.h"

namespace xiuhua::service {

// The officers' duty page (docs/FIELD_LINK.md, "The duty page"): GET /duty, POST /duty/login,
// GET /duty/, POST /duty/action, /duty/followup, /duty/position, /duty/logout. The routes only adapt
// HTTP to duty::DutyEndpoint, which does everything else (sessions, CSRF, origin, pages). `secure` is
// whether the server speaks TLS: the page's own origin is https:// then, http:// with --plain-http.
void addDutyRoutes(RouteTable& routes, duty::DutyEndpoint& endpoint, bool secure);

// The request as the duty page reads it (form body decoded; the headers it checks).
duty::DutyRequest dutyRequestOf(const HttpRequest& request, bool secure);

} // namespace xiuhua::service
