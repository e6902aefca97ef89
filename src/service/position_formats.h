#pragma once

#include "dispatch/position_service.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace xiuhua::service {

// What a request's body or query says: the device it names (if any), a token it carries (if any) and
// its fixes. `error` is set (and nothing else counts) for a request that is malformed: a missing or
// unreadable latitude, a time that is no time, JSON that is not the format. Parsers are pure: no I/O,
// no clock (a fix without a time has an invalid fixAt; the service stamps it on receipt).
struct ParsedPositions
{
    QString identifier;
    QString token;
    std::vector<dispatch::PositionReport> reports;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded or a URL's query: '+' is a space, %XX are bytes of UTF-8.
FormFields parseForm(QByteArrayView encoded);

// The OsmAnd protocol's parameters, as Traccar's OsmAndProtocolDecoder reads them: id or deviceid,
// lat, lon (or location=lat,lon), timestamp (seconds, milliseconds, ISO 8601 or "yyyy-MM-dd HH:mm:ss"
// UTC), speed in knots, bearing or heading, altitude, accuracy, batt (percent), valid. A fix with
// valid=false is read but dropped.
ParsedPositions parseOsmAndFields(const FormFields& fields);

// Traccar Client 9+'s JSON body: {"location": {...} or [...], "device_id": "..."} with
// location.timestamp (ISO 8601), coords.latitude/longitude/accuracy/speed (m/s)/heading/altitude and
// battery.level (0..1); a top-level array of such objects is a burst. A flat object with the OsmAnd
// parameter names (id, lat, lon, timestamp, ...) is read as those parameters.
ParsedPositions parseTraccarJson(QByteArrayView body);

// OwnTracks' HTTP payload: one JSON object or an array of them (a queued burst). Objects whose _type
// is "location" are fixes (lat, lon, tst in seconds, acc, alt, batt, cog, vel in km/h); others
// (lwt, transition, waypoint...) and an empty body are no fixes. The device is named by the request
// (basic auth), not by the payload: tid is two letters shown on a map.
ParsedPositions parseOwnTracksJson(QByteArrayView body);

// The most fixes one request may carry; more is a malformed request.
inline constexpr std::size_t maxReportsPerRequest = 1000;

} // namespace xiuhua::service
