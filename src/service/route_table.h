#pragma once

#include "service/http_message.h"

#include <functional>
#include <vector>

namespace xiuhua::service {

using RouteHandler = std::function<HttpResponse(const HttpRequest&)>;

// The service's routes: a route is a method, a path and one function. A path ending in "/*" also
// takes every path below it (the rest is the handler's: a token in the URL path). Handlers run on the
// server's one request thread (docs/DECISIONS.md, "The station service's threading").
class RouteTable
{
public:
    void add(const QByteArray& method, const QByteArray& path, RouteHandler handler);

    // 404 for no such path, 405 (with Allow) for a path without this method.
    HttpResponse dispatch(const HttpRequest& request) const;

private:
    struct Route
    {
        QByteArray method;
        QByteArray path; // without "/*"
        bool prefix = false;
        RouteHandler handler;
    };
    bool matches(const Route& route, const QByteArray& path) const;

    std::vector<Route> m_routes;
};

} // namespace xiuhua::service
