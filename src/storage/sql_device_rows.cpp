// The device and position rows of SqlReader and SqlWriter, and the position writer: the field link's
// tables kept apart from the others (see sql_account_rows.cpp for the same split).
#include "storage/sql_position_writer.h"
#include "storage/sql_reader.h"
#include "storage/sql_writer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xiuhua::storage {

using namespace xiuhua::core;

namespace {

#define DEVICE_COLUMNS "id, identifier, responder_id, token_hash, registered_at, withdrawn_at"

Device deviceRow(const Statement& r)
{
    Device d;
    d.id = r.int64(0);
    d.identifier = r.text(1);
    d.responderId = r.int64(2);
    d.tokenHash = r.text(3);
    d.registeredAt = r.time(4);
    d.withdrawnAt = r.time(5);
    return d;
}

std::optional<Device> firstDevice(Statement& s)
{
    if (s.step())
        return deviceRow(s);
    return std::nullopt;
}

#define POSITION_COLUMNS                                                                                     \
    "id, device_id, responder_id, fix_at, received_at, lon, lat, accuracy_m, speed_mps, heading_deg, "       \
    "altitude_m, battery_pct, verdict"

PositionFix positionRow(const Statement& r)
{
    PositionFix p;
    p.id = r.int64(0);
    p.deviceId = r.int64(1);
    p.responderId = r.int64(2);
    p.fixAt = r.time(3);
    p.receivedAt = r.time(4);
    p.location = {r.real(5), r.real(6)};
    p.accuracyM = r.optionalReal(7);
    p.speedMps = r.optionalReal(8);
    p.headingDeg = r.optionalReal(9);
    p.altitudeM = r.optionalReal(10);
    if (!r.isNull(11))
        p.batteryPercent = r.integer(11);
    const auto verdict = positionVerdictFromCode(r.text(12));
    if (!verdict)
        throw StorageError(StorageError::Kind::Corrupt,
                           "unknown position verdict in database: " + r.text(12).toStdString());
    p.verdict = *verdict;
    return p;
}

std::vector<PositionFix> allPositions(Statement& s)
{
    std::vector<PositionFix> out;
    while (s.step())
        out.push_back(positionRow(s));
    return out;
}

QString utcDay(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

std::vector<Device> SqlReader::devices() const
{
    Statement s(m_db, "SELECT " DEVICE_COLUMNS " FROM device ORDER BY identifier");
    std::vector<Device> out;
    while (s.step())
        out.push_back(deviceRow(s));
    return out;
}

std::optional<Device> SqlReader::device(Id id) const
{
    Statement s(m_db, "SELECT " DEVICE_COLUMNS " FROM device WHERE id = ?1");
    s.bind(1, id);
    return firstDevice(s);
}

std::optional<Device> SqlReader::deviceByIdentifier(const QString& identifier) const
{
    Statement s(m_db, "SELECT " DEVICE_COLUMNS " FROM device WHERE identifier = ?1");
    s.bind(1, identifier);
    return firstDevice(s);
}

std::vector<PositionFix> SqlReader::positions(const PositionQuery& q) const
{
    Statement s(m_db, "SELECT " POSITION_COLUMNS " FROM position WHERE (?1 IS NULL OR responder_id = ?1) "
                      "AND (?2 IS NULL OR fix_at >= ?2) AND (?3 IS NULL OR fix_at < ?3) "
                      "AND (?4 = 0 OR verdict = 'accepted') ORDER BY fix_at, id LIMIT ?5");
    s.bind(1, q.responderId).bind(2, q.from).bind(3, q.to).bind(4, q.acceptedOnly ? 1 : 0).bind(5, q.limit);
    return allPositions(s);
}

std::vector<PositionFix> SqlReader::positionsAfter(Id id, int limit) const
{
    Statement s(m_db, "SELECT " POSITION_COLUMNS " FROM position WHERE id > ?1 ORDER BY id LIMIT ?2");
    s.bind(1, id).bind(2, limit);
    return allPositions(s);
}

Id SqlReader::newestPositionId() const
{
    Statement s(m_db, "SELECT coalesce(max(id), 0) FROM position");
    s.step();
    return s.int64(0);
}

std::optional<PositionFix> SqlReader::newestAcceptedPosition(Id responderId) const
{
    Statement s(m_db,
                "SELECT " POSITION_COLUMNS " FROM position WHERE responder_id = ?1 AND verdict = 'accepted' "
                "ORDER BY fix_at DESC, id DESC LIMIT 1");
    s.bind(1, responderId);
    if (s.step())
        return positionRow(s);
    return std::nullopt;
}

std::map<QString, qint64> SqlReader::positionRefusals(QDate from, QDate to) const
{
    Statement s(m_db, "SELECT verdict, sum(count) FROM position_refusal WHERE day >= ?1 AND day <= ?2 "
                      "GROUP BY verdict");
    s.bind(1, utcDay(from)).bind(2, utcDay(to));
    std::map<QString, qint64> out;
    while (s.step())
        out[s.text(0)] = s.int64(1);
    return out;
}

Id SqlWriter::insertDevice(const Device& d)
{
    Statement s(m_db, "INSERT INTO device (id, identifier, responder_id, token_hash, registered_at, "
                      "withdrawn_at) VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6) RETURNING id");
    s.bind(1, d.id).bind(2, d.identifier).bind(3, d.responderId).bind(4, d.tokenHash);
    s.bind(5, d.registeredAt).bind(6, d.withdrawnAt);
    return insert(s);
}

void SqlWriter::updateDevice(const Device& d)
{
    Statement s(m_db, "UPDATE device SET identifier = ?2, responder_id = ?3, token_hash = ?4, "
                      "registered_at = ?5, withdrawn_at = ?6 WHERE id = ?1");
    s.bind(1, d.id).bind(2, d.identifier).bind(3, d.responderId).bind(4, d.tokenHash);
    s.bind(5, d.registeredAt).bind(6, d.withdrawnAt);
    s.run();
    requireOneRow("device", d.id);
}

qint64 SqlWriter::purgePositions(const QDateTime& before)
{
    Statement s(m_db, "DELETE FROM position WHERE fix_at < ?1");
    s.bind(1, before);
    s.run();
    return m_db.changes();
}

SqlPositionWriter::SqlPositionWriter(SqlConnection& db, const SqlReader& reader, QDateTime now)
    : m_db(db), m_reader(reader), m_now(std::move(now))
{}

const StoreReader& SqlPositionWriter::read() const
{
    return m_reader;
}

std::optional<Id> SqlPositionWriter::insertPosition(const PositionFix& p)
{
    if (!isStoredVerdict(p.verdict))
        throw StorageError(StorageError::Kind::Invalid, "a refused report is counted, never stored");
    Statement s(m_db,
                "INSERT INTO position (device_id, responder_id, fix_at, received_at, lon, lat, accuracy_m, "
                "speed_mps, heading_deg, altitude_m, battery_pct, verdict) VALUES (?1, ?2, ?3, ?4, ?5, "
                "?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (device_id, fix_at) DO NOTHING RETURNING id");
    s.bind(1, p.deviceId).bind(2, p.responderId).bind(3, p.fixAt).bind(4, p.receivedAt);
    s.bind(5, p.location.lon).bind(6, p.location.lat).bind(7, p.accuracyM).bind(8, p.speedMps);
    s.bind(9, p.headingDeg).bind(10, p.altitudeM).bind(11, p.batteryPercent).bind(12, toCode(p.verdict));
    if (!s.step())
        return std::nullopt;
    const Id id = s.int64(0);
    s.run();
    m_newestId = std::max(m_newestId, id);
    return id;
}

void SqlPositionWriter::moveResponder(Id responderId, const GeoPoint& location, const QDateTime& fixAt)
{
    // The condition keeps a newer position written by another writer meanwhile.
    Statement s(m_db, "UPDATE responder SET last_lon = ?2, last_lat = ?3, position_at = ?4 "
                      "WHERE id = ?1 AND (position_at IS NULL OR position_at < ?4)");
    s.bind(1, responderId).bind(2, location.lon).bind(3, location.lat).bind(4, fixAt);
    s.run();
}

void SqlPositionWriter::countRefusal(PositionVerdict verdict, int count)
{
    if (verdict == PositionVerdict::Accepted || count <= 0)
        return;
    Statement s(m_db,
                "INSERT INTO position_refusal (day, verdict, count) VALUES (?1, ?2, ?3) "
                "ON CONFLICT (day, verdict) DO UPDATE SET count = position_refusal.count + excluded.count");
    s.bind(1, utcDay(m_now.toUTC().date())).bind(2, toCode(verdict)).bind(3, count);
    s.run();
}

void SqlPositionWriter::announce()
{
    if (m_newestId == 0)
        return;
    const QJsonObject change{{QStringLiteral("position"), m_newestId}};
    m_db.announceOnCommit(positionChannel,
                          QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
}

void recordPositionsIn(SqlConnection& db, const SqlReader& reader, const std::function<QDateTime()>& now,
                       const std::function<void(PositionWriter&)>& work)
{
    Transaction transaction(db);
    SqlPositionWriter writer(db, reader, now());
    work(writer);
    writer.announce();
    transaction.commit();
}

} // namespace xiuhua::storage
