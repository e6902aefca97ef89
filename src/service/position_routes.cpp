#include "service/position_routes.h"

#include "service/position_formats.h"

#include <spdlog/spdlog.h>

namespace xiuhua::service {

using dispatch::PositionService;

namespace {

enum class Format
{
    OsmAnd,
    OwnTracks
};

QString pathToken(const HttpRequest& request, const QByteArray& base)
{
    if (!request.path.startsWith(base + '/'))
        return {};
    return QString::fromUtf8(request.path.mid(base.size() + 1));
}

ParsedPositions parse(const HttpRequest& request, Format format)
{
    if (format == Format::OwnTracks)
        return parseOwnTracksJson(request.body);
    const QByteArray body = request.body.trimmed();
    if (request.method == "POST" && (body.startsWith('{') || body.startsWith('[')))
        return parseTraccarJson(body);
    FormFields fields = request.query;
    if (request.method == "POST" && !body.isEmpty())
        fields += parseForm(body);
    return parseOsmAndFields(fields);
}

HttpResponse answer(int status, const QString& text, Format format)
{
    if (format == Format::OwnTracks && status == 200)
        return HttpResponse::json(200, "[]"); // the booklet: an array of messages for the app, here none
    HttpResponse response = HttpResponse::text(status, text);
    if (status == 401)
        response.headers.emplace_back("WWW-Authenticate", "Basic realm=\"xiuhua\", charset=\"UTF-8\"");
    return response;
}

// Who the request says it is, from the most explicit source: basic auth, then the body or query.
QString resolveIdentifier(const HttpRequest& request, const ParsedPositions& parsed, Format format,
                          bool& conflict)
{
    QString identifier = parsed.identifier;
    if (request.basicAuth && !request.basicAuth->first.isEmpty()) {
        conflict = !identifier.isEmpty() && identifier != request.basicAuth->first;
        identifier = request.basicAuth->first;
    }
    if (identifier.isEmpty() && format == Format::OwnTracks)
        identifier = QString::fromUtf8(request.header("x-limit-u"));
    return identifier;
}

QString resolveToken(const HttpRequest& request, const ParsedPositions& parsed, const QByteArray& base)
{
    if (request.basicAuth && !request.basicAuth->second.isEmpty())
        return request.basicAuth->second;
    if (const QString fromPath = pathToken(request, base); !fromPath.isEmpty())
        return fromPath;
    if (!parsed.token.isEmpty())
        return parsed.token;
    return request.queryValue(u"token");
}

HttpResponse handle(const HttpRequest& request, Format format, const QByteArray& base,
                    PositionService& positions, RateLimiter& perDevice)
{
    ParsedPositions parsed = parse(request, format);
    if (!parsed.ok())
        return answer(400, parsed.error, format);
    bool conflict = false;
    const QString identifier = resolveIdentifier(request, parsed, format, conflict);
    if (conflict)
        return answer(400, QStringLiteral("The request names two devices."), format);
    if (identifier.isEmpty())
        return answer(format == Format::OwnTracks ? 401 : 400, QStringLiteral("No device id."), format);
    if (!perDevice.allow(identifier)) {
        HttpResponse response = answer(429, QStringLiteral("Too many requests from this device."), format);
        response.headers.emplace_back("Retry-After", QByteArray::number(perDevice.retryAfterSeconds()));
        return response;
    }
    if (parsed.reports.empty())
        return answer(200, QStringLiteral("No position."), format); // OwnTracks' other messages
    const QString token = resolveToken(request, parsed, base);
    if (token.isEmpty())
        return answer(401, QStringLiteral("No device token."), format);
    const auto outcome = positions.ingest({identifier, token}, std::move(parsed.reports));
    switch (outcome.status) {
    case PositionService::Status::UnknownDevice:
    case PositionService::Status::BadToken:
        spdlog::warn("positions refused from {}: unknown device or wrong token",
                     request.remoteAddress.toStdString());
        return answer(401, QStringLiteral("Unknown device or wrong token."), format);
    case PositionService::Status::Withdrawn:
        return answer(403, QStringLiteral("This device was withdrawn."), format);
    case PositionService::Status::Stored:
        break;
    }
    return answer(200, QStringLiteral("OK"), format);
}

} // namespace

void addPositionRoutes(RouteTable& routes, PositionService& positions, RateLimiter& perDevice)
{
    const auto osmAnd = [&positions, &perDevice](const QByteArray& base) {
        return [&positions, &perDevice, base](const HttpRequest& request) {
            return handle(request, Format::OsmAnd, base, positions, perDevice);
        };
    };
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
        routes.add(method, "/", osmAnd("/"));
        routes.add(method, "/osmand", osmAnd("/osmand"));
        routes.add(method, "/osmand/*", osmAnd("/osmand"));
    }
    const auto ownTracks = [&positions, &perDevice](const HttpRequest& request) {
        return handle(request, Format::OwnTracks, "/owntracks", positions, perDevice);
    };
    routes.add("POST", "/owntracks", ownTracks);
    routes.add("POST", "/owntracks/*", ownTracks);
}

} // namespace xiuhua::service
