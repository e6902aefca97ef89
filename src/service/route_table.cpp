#include "service/route_table.h"

namespace xiuhua::service {

void RouteTable::add(const QByteArray& method, const QByteArray& path, RouteHandler handler)
{
    Route route{method, path, false, std::move(handler)};
    if (path.endsWith("/*")) {
        route.path.chop(2);
        route.prefix = true;
    }
    m_routes.push_back(std::move(route));
}

bool RouteTable::matches(const Route& route, const QByteArray& path) const
{
    if (path == route.path)
        return true;
    return route.prefix && path.startsWith(route.path + '/');
}

HttpResponse RouteTable::dispatch(const HttpRequest& request) const
{
    QByteArray allowed;
    for (const Route& route : m_routes) {
        if (!matches(route, request.path))
            continue;
        if (route.method == request.method)
            return route.handler(request);
        if (!allowed.contains(route.method))
            allowed += (allowed.isEmpty() ? "" : ", ") + route.method;
    }
    if (allowed.isEmpty())
        return HttpResponse::text(404, QStringLiteral("No such resource."));
    HttpResponse response = HttpResponse::text(405, QStringLiteral("Method not allowed."));
    response.headers.emplace_back("Allow", allowed);
    return response;
}

} // namespace xiuhua::service
