#include "storage/stored_tables.h"

#include <QByteArray>

namespace xiuhua::storage {
namespace {

constexpr SqlType I = SqlType::Integer;
constexpr SqlType R = SqlType::Real;
constexpr SqlType T = SqlType::Text;
constexpr SqlType B = SqlType::Blob;
constexpr SqlType W = SqlType::Time; // when

// SQL built from the fixed names above, never from input.
QByteArray columnList(const StoredTable& table)
{
    QByteArray out;
    for (const StoredColumn& column : table.columns)
        out += (out.isEmpty() ? "" : ", ") + QByteArray(column.name);
    return out;
}

void copyValue(const Statement& row, int column, SqlType type, Statement& insert)
{
    const int index = column + 1;
    if (row.isNull(column)) {
        insert.bindNull(index, type);
        return;
    }
    switch (type) {
    case SqlType::Integer:
        insert.bind(index, row.int64(column));
        return;
    case SqlType::Real:
        insert.bind(index, row.real(column));
        return;
    case SqlType::Blob:
        insert.bind(index, row.blob(column));
        return;
    case SqlType::Time:
        insert.bind(index, row.time(column));
        return;
    case SqlType::Text:
    case SqlType::Unknown:
        insert.bind(index, row.text(column));
        return;
    }
}

qint64 copyTable(SqlConnection& from, SqlConnection& to, const StoredTable& table)
{
    const QByteArray columns = columnList(table);
    QByteArray placeholders;
    for (std::size_t i = 1; i <= table.columns.size(); ++i)
        placeholders += (i == 1 ? "?" : ", ?") + QByteArray::number(static_cast<qint64>(i));
    const QByteArray select = "SELECT " + columns + " FROM " + table.name + " ORDER BY " + table.key;
    const QByteArray insertSql =
        "INSERT INTO " + QByteArray(table.name) + " (" + columns + ") VALUES (" + placeholders + ")";
    Statement rows(from, select.constData());
    Statement insert(to, insertSql.constData());
    qint64 count = 0;
    while (rows.step()) {
        insert.reset();
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            copyValue(rows, static_cast<int>(i), table.columns[i].type, insert);
        insert.run();
        ++count;
    }
    return count;
}

} // namespace

const std::vector<StoredTable>& storedTables()
{
    static const std::vector<StoredTable> tables{
        {"community",
         {{"id", I},
          {"name", T},
          {"name_en", T},
          {"boundary_wkt", T},
          {"population", I},
          {"households", I},
          {"responsible_officer_id", I}},
         "id"},
        {"post",
         {{"id", I},
          {"name", T},
          {"name_en", T},
          {"kind", T},
          {"lon", R},
          {"lat", R},
          {"community_id", I},
          {"phone", T},
          {"opening_hours", T}},
         "id"},
        {"fire_station",
         {{"id", I},
          {"name", T},
          {"name_en", T},
          {"lon", R},
          {"lat", R},
          {"community_id", I},
          {"crew_size", I},
          {"equipment", T},
          {"status", T}},
         "id"},
        {"camera",
         {{"id", I}, {"name", T}, {"lon", R}, {"lat", R}, {"community_id", I}, {"road_name", T}},
         "id"},
        {"responder",
         {{"id", I},
          {"kind", T},
          {"badge_no", T},
          {"name", T},
          {"phone", T},
          {"home_post_id", I},
          {"fire_station_id", I},
          {"status", T},
          {"status_since", W},
          {"last_lon", R},
          {"last_lat", R},
          {"position_at", W}},
         "id"},
        {"shift",
         {{"id", I},
          {"name", T},
          {"starts_at", W},
          {"ends_at", W},
          {"supervisor_id", I},
          {"handover_notes", T},
          {"opened_at", W},
          {"closed_at", W},
          {"signed_off_by", I},
          {"signed_off_at", W},
          {"closed_by", I},
          {"handover_acknowledged_by", I},
          {"handover_acknowledged_at", W}},
         "id"},
        {"shift_dispatcher", {{"shift_id", I}, {"responder_id", I}}, "shift_id, responder_id"},
        {"roster_entry",
         {{"id", I},
          {"shift_id", I},
          {"responder_id", I},
          {"from_at", W},
          {"to_at", W},
          {"in_community", I},
          {"note", T}},
         "id"},
        {"incident",
         {{"id", I},
          {"number", T},
          {"received_at", W},
          {"source", T},
          {"caller_name", T},
          {"caller_phone", T},
          {"address_text", T},
          {"matched_address", T},
          {"lon", R},
          {"lat", R},
          {"community_id", I},
          {"category", T},
          {"subcategory", T},
          {"priority", T},
          {"status", T},
          {"description", T},
          {"disposition", T},
          {"narrative", T},
          {"follow_up_required", I},
          {"shift_id", I},
          {"linked_incident_id", I},
          {"updated_at", W},
          {"disposition_code", T},
          {"people_involved", T},
          {"vehicles_involved", T},
          {"transfer_number", T},
          {"transfer_received_at", W},
          {"transfer_origin", T},
          {"call_taker", T},
          {"call_taker_notes", T},
          {"location_unconfirmed", I}},
         "id"},
        {"assignment",
         {{"id", I},
          {"incident_id", I},
          {"responder_id", I},
          {"status", T},
          {"dispatched_at", W},
          {"acknowledged_at", W},
          {"en_route_at", W},
          {"on_scene_at", W},
          {"cleared_at", W},
          {"cancelled_at", W},
          {"cancel_reason", T}},
         "id"},
        {"incident_event",
         {{"id", I},
          {"incident_id", I},
          {"at", W},
          {"actor_id", I},
          {"kind", T},
          {"text", T},
          {"before_json", T},
          {"after_json", T}},
         "id"},
        {"follow_up",
         {{"id", I},
          {"incident_id", I},
          {"due", W},
          {"officer_id", I},
          {"done_at", W},
          {"result", T},
          {"satisfaction", I}},
         "id"},
        {"hazard",
         {{"id", I},
          {"lon", R},
          {"lat", R},
          {"kind", T},
          {"description", T},
          {"found_at", W},
          {"found_by", I},
          {"rectified_at", W},
          {"note", T}},
         "id"},
        {"audit_event",
         {{"seq", I},
          {"at", W},
          {"actor_id", I},
          {"actor_name", T},
          {"workstation", T},
          {"action", T},
          {"entity", T},
          {"entity_id", I},
          {"before_json", T},
          {"after_json", T},
          {"prev_hash", T},
          {"hash", T}},
         "seq"},
        {"meta", {{"key", T}, {"value", T}}, "key"},
        {"shift_report",
         {{"id", I}, {"shift_id", I}, {"signed_by", I}, {"signed_at", W}, {"content_sha256", T}, {"pdf", B}},
         "id"},
        {"operator_account",
         {{"id", I},
          {"responder_id", I},
          {"login", T},
          {"role", T},
          {"password_hash", T},
          {"active", I},
          {"failed_attempts", I},
          {"locked_until", W},
          {"created_at", W},
          {"password_changed_at", W}},
         "id"},
        {"device",
         {{"id", I},
          {"identifier", T},
          {"responder_id", I},
          {"token_hash", T},
          {"registered_at", W},
          {"withdrawn_at", W}},
         "id"},
        {"position",
         {{"id", I},
          {"device_id", I},
          {"responder_id", I},
          {"fix_at", W},
          {"received_at", W},
          {"lon", R},
          {"lat", R},
          {"accuracy_m", R},
          {"speed_mps", R},
          {"heading_deg", R},
          {"altitude_m", R},
          {"battery_pct", I},
          {"verdict", T}},
         "id"},
        {"position_refusal", {{"day", T}, {"verdict", T}, {"count", I}}, "day, verdict"},
        {"rejected_transfer",
         {{"id", I},
          {"received_at", W},
          {"origin", T},
          {"reason", T},
          {"transfer_number", T},
          {"document", B}},
         "id"},
    };
    return tables;
}

CopyResult copyDatabase(SqlConnection& from, SqlConnection& to)
{
    for (const StoredTable& table : storedTables()) {
        const QByteArray sql = "SELECT count(*) FROM " + QByteArray(table.name);
        Statement count(to, sql.constData());
        count.step();
        if (count.int64(0) != 0)
            throw StorageError(StorageError::Kind::Invalid,
                               "the target database " + to.location().toStdString() +
                                   " is not empty (table " + table.name + "); nothing was copied.");
    }
    // One snapshot of the source, so a seat writing meanwhile cannot tear the copy.
    from.execute(from.dialect() == SqlDialect::Postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                                                        : "BEGIN");
    CopyResult result;
    try {
        Transaction transaction(to);
        for (const StoredTable& table : storedTables()) {
            const qint64 rows = copyTable(from, to, table);
            result.rows += rows;
            if (QByteArray(table.name) == "audit_event")
                result.auditRecords = rows;
        }
        transaction.commit();
    } catch (...) {
        from.rollback();
        throw;
    }
    from.rollback(); // the snapshot only read
    return result;
}

} // namespace xiuhua::storage
