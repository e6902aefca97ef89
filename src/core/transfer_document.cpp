#include "core/transfer_document.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace xiuhua::core {
namespace {

struct Refusal
{
    QString reason;
};

// Control characters would reach screens and files; line breaks are allowed where noted.
bool hasControlCharacters(const QString& text, bool multiLine)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (multiLine && (u == u'\n' || u == u'\t' || u == u'\r'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

QString text(const QJsonObject& object, const char* key, bool required, qsizetype maxLength,
             bool multiLine = false)
{
    const QString name = QString::fromLatin1(key);
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            throw Refusal{
                QCoreApplication::translate("TransferDocument", "the field \"%1\" is missing").arg(name)};
        return {};
    }
    if (!value.isString())
        throw Refusal{
            QCoreApplication::translate("TransferDocument", "the field \"%1\" is not text").arg(name)};
    const QString result = value.toString().trimmed();
    if (required && result.isEmpty())
        throw Refusal{QCoreApplication::translate("TransferDocument", "the field \"%1\" is empty").arg(name)};
    if (result.size() > maxLength)
        throw Refusal{
            QCoreApplication::translate("TransferDocument", "the field \"%1\" is longer than %2 characters")
                .arg(name)
                .arg(maxLength)};
    if (hasControlCharacters(result, multiLine))
        throw Refusal{
            QCoreApplication::translate("TransferDocument", "the field \"%1\" holds control characters")
                .arg(name)};
    return result;
}

// ISO 8601 with an offset or Z; without one, Beijing time (the 110 centres' clocks).
QDateTime time(const QJsonObject& object, const char* key)
{
    const QString value = text(object, key, true, 40);
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(value);
    QDateTime parsed;
    if (match.hasMatch()) {
        QString iso = value;
        iso[10] = QLatin1Char('T');
        if (match.capturedLength(2) == 0) {
            parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
            if (parsed.isValid())
                parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone("Asia/Shanghai"));
        } else {
            parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
        }
    }
    if (!parsed.isValid() || parsed.date().year() < 2000 || parsed.date().year() > 2999)
        throw Refusal{QCoreApplication::translate(
                          "TransferDocument",
                          "the field \"%1\" is not a time as ISO 8601 (e.g. 2026-12-06T09:41:07+08:00)")
                          .arg(key)};
    return parsed.toUTC();
}

std::optional<GeoPoint> location(const QJsonObject& object)
{
    const QJsonValue lon = object.value(QStringLiteral("lon"));
    const QJsonValue lat = object.value(QStringLiteral("lat"));
    const bool hasLon = !lon.isUndefined() && !lon.isNull();
    const bool hasLat = !lat.isUndefined() && !lat.isNull();
    if (!hasLon && !hasLat)
        return std::nullopt;
    if (hasLon != hasLat)
        throw Refusal{QCoreApplication::translate("TransferDocument",
                                                  "\"lon\" and \"lat\" come together or not at all")};
    if (!lon.isDouble() || !lat.isDouble())
        throw Refusal{QCoreApplication::translate("TransferDocument", "\"lon\" and \"lat\" are not numbers")};
    const GeoPoint point{lon.toDouble(), lat.toDouble()};
    if (!std::isfinite(point.lon) || !std::isfinite(point.lat) || point.lon < -180 || point.lon > 180 ||
        point.lat < -90 || point.lat > 90)
        throw Refusal{QCoreApplication::translate("TransferDocument",
                                                  "\"lon\" and \"lat\" are not a longitude and latitude")};
    return point;
}

std::optional<Priority> priority(const QJsonObject& object)
{
    const QJsonValue value = object.value(QStringLiteral("priority"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    int level = 0;
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
        level = static_cast<int>(std::clamp(value.toDouble(), -1.0, 9.0));
    else if (value.isString() && value.toString().size() == 2 &&
             value.toString().at(0).toUpper() == QLatin1Char('P'))
        level = value.toString().at(1).digitValue();
    if (level < 1 || level > 4)
        throw Refusal{QCoreApplication::translate(
            "TransferDocument", "the field \"priority\" is not one of P1, P2, P3, P4 (or 1 to 4)")};
    return static_cast<Priority>(level - 1);
}

TransferDocument readDocument(const QJsonObject& object)
{
    const QJsonValue format = object.value(QStringLiteral("format"));
    if (!format.isString() || format.toString() != QLatin1String(kTransferFormat))
        throw Refusal{QCoreApplication::translate("TransferDocument", "the field \"format\" is not \"%1\"")
                          .arg(QLatin1String(kTransferFormat))};
    TransferDocument d;
    d.transferNumber = text(object, "transfer_number", true, 64);
    static const QRegularExpression numberPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!numberPattern.match(d.transferNumber).hasMatch())
        throw Refusal{QCoreApplication::translate(
            "TransferDocument",
            "the field \"transfer_number\" may hold only letters, digits, '.', '_' and '-'")};
    d.receivedAt = time(object, "received_at");
    d.callerPhone = text(object, "caller_phone", false, 32);
    d.callerName = text(object, "caller_name", false, 64);
    d.address = text(object, "address", true, 200);
    d.location = location(object);
    d.category = text(object, "category", true, 64);
    d.categoryName = text(object, "category_name", false, 64);
    d.priority = priority(object);
    d.notes = text(object, "notes", false, 4000, true);
    d.callTaker = text(object, "call_taker", false, 32);
    return d;
}

} // namespace

TransferParseResult parseTransferDocument(const QByteArray& bytes)
{
    TransferParseResult result;
    if (bytes.size() > kMaxTransferDocumentBytes) {
        result.error = QCoreApplication::translate("TransferDocument", "the document is larger than %1 bytes")
                           .arg(kMaxTransferDocumentBytes);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            QCoreApplication::translate("TransferDocument", "the document is not JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return result;
    }
    if (!json.isObject()) {
        result.error = QCoreApplication::translate("TransferDocument", "the document is not a JSON object");
        return result;
    }
    const QJsonObject object = json.object();
    // Read first on its own, so that a refusal can still name the transfer to the centre.
    const QJsonValue number = object.value(QStringLiteral("transfer_number"));
    // Trimmed before it is checked, as text() does, so that it is the number the document holds.
    if (const QString trimmed = number.toString().trimmed();
        number.isString() && trimmed.size() <= 64 && !hasControlCharacters(trimmed, false))
        result.transferNumber = trimmed;
    try {
        result.document = readDocument(object);
    } catch (const Refusal& refusal) {
        result.error = refusal.reason;
    }
    return result;
}

} // namespace xiuhua::core
