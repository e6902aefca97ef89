#include "service/duty_routes.h"

#include "service/position_formats.h"

namespace xiuhua::service {

duty::DutyRequest dutyRequestOf(const HttpRequest& request, bool secure)
{
    duty::DutyRequest out;
    out.method = request.method;
    out.path = QString::fromUtf8(request.path);
    for (const auto& [key, value] : request.query)
        out.query.emplace(key, value);
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        for (const auto& [key, value] : parseForm(request.body))
            out.form.emplace(key, value); // the first of a repeated field counts
    }
    out.cookie = request.header("cookie");
    out.origin = request.header("origin");
    out.referer = request.header("referer");
    out.host = request.header("host");
    out.acceptLanguage = request.header("accept-language");
    out.csrfHeader = request.header("x-csrf-token");
    out.peer = request.remoteAddress;
    out.secure = secure;
    return out;
}

void addDutyRoutes(RouteTable& routes, duty::DutyEndpoint& endpoint, bool secure)
{
    for (const auto& [method, path] : duty::DutyEndpoint::routes()) {
        routes.add(method, path.toUtf8(), [&endpoint, secure](const HttpRequest& request) {
            const duty::DutyResponse answer = endpoint.handle(dutyRequestOf(request, secure));
            HttpResponse response;
            response.status = answer.status;
            response.contentType = answer.contentType;
            response.body = answer.body;
            response.headers = answer.headers;
            return response;
        });
    }
}

} // namespace xiuhua::service
