#include "service/position_formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace xiuhua::service {

using dispatch::PositionReport;

namespace {

constexpr double kKnotInMps = 1852.0 / 3600.0;

// The reasons go back to apps in a 400 answer and to the service's log, not to an operator: fixed
// English, like HTTP's own reason phrases.
QString reason(const char* text)
{
    return QString::fromLatin1(text);
}

// Plausible fix times: a phone that says 1970 or 2200 sends garbage, not a position.
bool plausibleTime(const QDateTime& time)
{
    return time.isValid() && time.date().year() >= 2000 && time.date().year() <= 2100;
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> number(const QJsonValue& value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString())
        return number(value.toString());
    return std::nullopt;
}

// Apps send -1 (or nothing) for "unknown"; out-of-range values are dropped rather than refused, so a
// fix is not lost for a bad battery reading.
std::optional<double> within(std::optional<double> value, double min, double max)
{
    if (!value || *value < min || *value > max)
        return std::nullopt;
    return value;
}

std::optional<double> nonNegative(std::optional<double> value, double max)
{
    return within(value, 0, max);
}

std::optional<double> heading(std::optional<double> value)
{
    if (!value || *value < 0 || *value > 3600)
        return std::nullopt;
    return std::fmod(*value, 360.0);
}

std::optional<int> percent(std::optional<double> value)
{
    if (!value || *value < 0 || *value > 100)
        return std::nullopt;
    return static_cast<int>(std::lround(*value));
}

// Seconds, milliseconds (as Traccar tells them apart), ISO 8601 or "yyyy-MM-dd HH:mm:ss" (UTC).
std::optional<QDateTime> parseTime(const QString& raw)
{
    const QString text = raw.trimmed();
    bool integral = false;
    const qlonglong n = text.toLongLong(&integral);
    QDateTime time;
    if (integral)
        time = n < std::numeric_limits<qint32>::max() ? QDateTime::fromSecsSinceEpoch(n, Qt::UTC)
                                                      : QDateTime::fromMSecsSinceEpoch(n, Qt::UTC);
    else if (text.contains(QLatin1Char('T')))
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
    else
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // ISO text without an offset, or the plain form: UTC
    if (!plausibleTime(time))
        return std::nullopt;
    return time.toUTC();
}

ParsedPositions failed(const QString& error)
{
    ParsedPositions parsed;
    parsed.error = error;
    return parsed;
}

bool setLocation(PositionReport& report, std::optional<double> lat, std::optional<double> lon)
{
    if (!lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)
        return false;
    report.location = {*lon, *lat};
    return true;
}

void addReport(ParsedPositions& parsed, PositionReport report)
{
    if (parsed.reports.size() >= maxReportsPerRequest)
        parsed.error = reason("Too many positions in one request.");
    else
        parsed.reports.push_back(std::move(report));
}

} // namespace

FormFields parseForm(QByteArrayView encoded)
{
    FormFields fields;
    for (const QByteArray& pair : encoded.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        key.replace('+', ' ');
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1).replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

ParsedPositions parseOsmAndFields(const FormFields& fields)
{
    ParsedPositions parsed;
    PositionReport report;
    std::optional<double> lat, lon;
    bool valid = true;
    for (const auto& [key, value] : fields) {
        if (key == QLatin1String("id") || key == QLatin1String("deviceid")) {
            parsed.identifier = value;
        } else if (key == QLatin1String("token")) {
            parsed.token = value;
        } else if (key == QLatin1String("lat")) {
            if (!(lat = number(value)))
                return failed(reason("The latitude is not a number."));
        } else if (key == QLatin1String("lon")) {
            if (!(lon = number(value)))
                return failed(reason("The longitude is not a number."));
        } else if (key == QLatin1String("location")) {
            const QStringList parts = value.split(QLatin1Char(','));
            if (parts.size() != 2 || !(lat = number(parts[0])) || !(lon = number(parts[1])))
                return failed(reason("The location is not \"latitude,longitude\"."));
        } else if (key == QLatin1String("timestamp")) {
            const auto time = parseTime(value);
            if (!time)
                return failed(reason("The timestamp is not a time."));
            report.fixAt = *time;
        } else if (key == QLatin1String("speed")) {
            if (const auto knots = nonNegative(number(value), 2000))
                report.speedMps = *knots * kKnotInMps;
        } else if (key == QLatin1String("bearing") || key == QLatin1String("heading")) {
            report.headingDeg = heading(number(value));
        } else if (key == QLatin1String("altitude")) {
            report.altitudeM = within(number(value), -20000, 60000);
        } else if (key == QLatin1String("accuracy")) {
            report.accuracyM = nonNegative(number(value), 1e6);
        } else if (key == QLatin1String("batt")) {
            report.batteryPercent = percent(number(value));
        } else if (key == QLatin1String("valid")) {
            valid = value == QLatin1String("true") || value == QLatin1String("1");
        }
    }
    if (!lat && !lon && parsed.identifier.isEmpty())
        return failed(reason("Neither a device nor a position."));
    if (!setLocation(report, lat, lon))
        return failed(reason("A position needs a latitude (-90 to 90) and a longitude (-180 to 180)."));
    if (valid)
        addReport(parsed, report);
    return parsed;
}

namespace {

// One location object of the Traccar Client 9 SDK: timestamp, coords{...}, battery{level 0..1}.
bool readTraccarLocation(const QJsonObject& location, ParsedPositions& parsed)
{
    PositionReport report;
    const QJsonObject coords = location.value(QLatin1String("coords")).toObject();
    if (!setLocation(report, number(coords.value(QLatin1String("latitude"))),
                     number(coords.value(QLatin1String("longitude"))))) {
        parsed.error = reason("A location needs coords.latitude and coords.longitude in range.");
        return false;
    }
    const QJsonValue timestamp = location.value(QLatin1String("timestamp"));
    if (!timestamp.isUndefined()) {
        const auto time = timestamp.isDouble() ? parseTime(QString::number(timestamp.toDouble(), 'f', 0))
                                               : parseTime(timestamp.toString());
        if (!time) {
            parsed.error = reason("The location's timestamp is not a time.");
            return false;
        }
        report.fixAt = *time;
    }
    report.accuracyM = nonNegative(number(coords.value(QLatin1String("accuracy"))), 1e6);
    report.speedMps = nonNegative(number(coords.value(QLatin1String("speed"))), 1000);
    report.headingDeg = heading(number(coords.value(QLatin1String("heading"))));
    report.altitudeM = within(number(coords.value(QLatin1String("altitude"))), -20000, 60000);
    const auto level = nonNegative(
        number(location.value(QLatin1String("battery")).toObject().value(QLatin1String("level"))), 1);
    if (level)
        report.batteryPercent = percent(*level * 100);
    addReport(parsed, report);
    return parsed.ok();
}

// A flat object with the OsmAnd parameter names, each value as its text.
FormFields fieldsOf(const QJsonObject& object)
{
    FormFields fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            fields.append({it.key(), v.toString()});
        else if (v.isDouble())
            fields.append({it.key(), QString::number(v.toDouble(), 'g', 17)});
        else if (v.isBool())
            fields.append({it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return fields;
}

QString identifierOf(const QJsonObject& object)
{
    for (const char* key : {"device_id", "deviceid", "id"}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'f', 0);
    }
    return {};
}

void readTraccarObject(const QJsonObject& object, ParsedPositions& parsed)
{
    if (!object.contains(QLatin1String("location"))) {
        ParsedPositions flat = parseOsmAndFields(fieldsOf(object));
        if (!flat.ok()) {
            parsed.error = flat.error;
            return;
        }
        if (parsed.identifier.isEmpty())
            parsed.identifier = flat.identifier;
        if (parsed.token.isEmpty())
            parsed.token = flat.token;
        for (PositionReport& report : flat.reports)
            addReport(parsed, report);
        return;
    }
    const QString identifier = identifierOf(object);
    if (!identifier.isEmpty() && !parsed.identifier.isEmpty() && identifier != parsed.identifier) {
        parsed.error = reason("One request names two devices.");
        return;
    }
    if (!identifier.isEmpty())
        parsed.identifier = identifier;
    const QJsonValue location = object.value(QLatin1String("location"));
    if (location.isObject()) {
        readTraccarLocation(location.toObject(), parsed);
    } else if (location.isArray()) {
        for (const QJsonValue item : location.toArray()) {
            if (!item.isObject()) {
                parsed.error = reason("A location is not an object.");
                return;
            }
            if (!readTraccarLocation(item.toObject(), parsed))
                return;
        }
    } else {
        parsed.error = reason("The location is not an object.");
    }
}

} // namespace

ParsedPositions parseTraccarJson(QByteArrayView body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return failed(reason("The body is not JSON."));
    ParsedPositions parsed;
    if (document.isObject()) {
        readTraccarObject(document.object(), parsed);
    } else {
        for (const QJsonValue item : document.array()) {
            if (!item.isObject()) {
                parsed.error = reason("An element of the array is not an object.");
                break;
            }
            readTraccarObject(item.toObject(), parsed);
            if (!parsed.ok())
                break;
        }
    }
    if (!parsed.ok())
        return failed(parsed.error);
    return parsed;
}

namespace {

bool readOwnTracksLocation(const QJsonObject& object, ParsedPositions& parsed)
{
    PositionReport report;
    if (!setLocation(report, number(object.value(QLatin1String("lat"))),
                     number(object.value(QLatin1String("lon"))))) {
        parsed.error = reason("A location needs lat and lon in range.");
        return false;
    }
    const QJsonValue tst = object.value(QLatin1String("tst"));
    const auto seconds = number(tst);
    if (!seconds || *seconds != std::floor(*seconds) || std::fabs(*seconds) > 1e13) {
        parsed.error = reason("A location needs tst, its time in seconds since 1970.");
        return false;
    }
    const auto time = parseTime(QString::number(static_cast<qint64>(*seconds)));
    if (!time) {
        parsed.error = reason("The location's tst is not a plausible time.");
        return false;
    }
    report.fixAt = *time;
    report.accuracyM = nonNegative(number(object.value(QLatin1String("acc"))), 1e6);
    report.altitudeM = within(number(object.value(QLatin1String("alt"))), -20000, 60000);
    report.batteryPercent = percent(number(object.value(QLatin1String("batt"))));
    report.headingDeg = heading(number(object.value(QLatin1String("cog"))));
    if (const auto kmh = nonNegative(number(object.value(QLatin1String("vel"))), 3600))
        report.speedMps = *kmh / 3.6;
    addReport(parsed, report);
    return parsed.ok();
}

} // namespace

ParsedPositions parseOwnTracksJson(QByteArrayView body)
{
    ParsedPositions parsed;
    if (body.trimmed().isEmpty())
        return parsed; // a deleted friend: the booklet says to ignore it
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return failed(reason("The body is not JSON."));
    QJsonArray items;
    if (document.isObject())
        items.append(document.object());
    else
        items = document.array();
    for (const QJsonValue item : items) {
        if (!item.isObject())
            return failed(reason("An element of the array is not an object."));
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("_type")).toString() != QLatin1String("location"))
            continue;
        if (!readOwnTracksLocation(object, parsed))
            return failed(parsed.error);
    }
    return parsed;
}

} // namespace xiuhua::service
