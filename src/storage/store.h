#pragma once

#include "core/device.h"
#include "core/entities.h"
#include "core/operator_account.h"
#include "core/position_fix.h"
#include "storage/audit_chain_report.h"
#include "storage/store_link.h"

#include <QJsonObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace xiuhua::storage {

using core::Id;

struct IncidentQuery
{
    QDateTime receivedFrom; // inclusive; invalid = open-ended
    QDateTime receivedTo;   // exclusive; invalid = open-ended
    bool openOnly = false;
    std::optional<QString> callerPhone;
};

// A slice of the audit log for reading it back (the console's audit log viewer).
struct AuditQuery
{
    QDateTime from;            // inclusive; invalid = open-ended
    QDateTime to;              // exclusive; invalid = open-ended
    std::optional<Id> actorId; // the operator's responder id
    QString entity;            // empty = all
    QString text;              // empty = all; else a part of the action, operator name or workstation
    int limit = 5000;          // newest first
};

// A slice of the position history (trails, replay).
struct PositionQuery
{
    std::optional<Id> responderId; // empty = everyone
    QDateTime from;                // fix time, inclusive; invalid = open-ended
    QDateTime to;                  // fix time, exclusive; invalid = open-ended
    bool acceptedOnly = false;
    int limit = 100000; // oldest first
};

// Everything the console reads. Implementations: SqliteStore (embedded default);
// a PostgreSQL store for multi-workstation stations later.
class StoreReader
{
public:
    virtual ~StoreReader() = default;

    virtual std::vector<core::Community> communities() const = 0;
    virtual std::vector<core::Post> posts() const = 0;
    virtual std::vector<core::FireStation> fireStations() const = 0;
    virtual std::vector<core::Camera> cameras() const = 0;
    virtual std::vector<core::Responder> responders() const = 0;
    virtual std::optional<core::Responder> responder(Id id) const = 0;

    virtual std::vector<core::Incident> incidents(const IncidentQuery& query) const = 0;
    virtual std::optional<core::Incident> incident(Id id) const = 0;
    // The incident a 110 transfer number created, if any.
    virtual std::optional<core::Incident> incidentByTransferNumber(const QString& transferNumber) const = 0;
    // Refused transfer documents, newest first.
    virtual std::vector<core::RejectedTransfer> rejectedTransfers(int limit) const = 0;
    virtual std::vector<core::Assignment> assignmentsForIncident(Id incidentId) const = 0;
    virtual std::vector<core::Assignment> activeAssignments() const = 0;
    // The active assignments of these responders only (index assignment_responder_status): a board
    // row's update must not read a busy station's thousands of them.
    virtual std::vector<core::Assignment> activeAssignmentsOf(const std::vector<Id>& responderIds) const = 0;
    // Every assignment of these incidents, in one query (for lists that show many incidents).
    virtual std::vector<core::Assignment>
    assignmentsForIncidents(const std::vector<Id>& incidentIds) const = 0;
    virtual std::optional<core::Assignment> assignment(Id id) const = 0;
    virtual std::vector<core::IncidentEvent> incidentEvents(Id incidentId) const = 0;

    virtual std::vector<core::Shift> shifts() const = 0;
    virtual std::optional<core::Shift> shiftAt(const QDateTime& time) const = 0;
    virtual std::optional<core::Shift> shift(Id id) const = 0;
    // Shifts whose hours overlap [from, to), by start: what a report needs without reading every shift
    // of the station's history. Relies on shifts lasting at most a day (ShiftService refuses longer).
    virtual std::vector<core::Shift> shiftsBetween(const QDateTime& from, const QDateTime& to) const = 0;
    virtual std::vector<core::RosterEntry> roster(Id shiftId) const = 0;
    // Roster entries of any shift whose hours overlap [from, to), for weekly figures.
    virtual std::vector<core::RosterEntry> rosterBetween(const QDateTime& from,
                                                         const QDateTime& to) const = 0;
    virtual std::optional<core::SignedShiftReport> signedReport(Id shiftId) const = 0;
    // Timeline entries of the shift's incidents written after `after`: amendments to a signed shift.
    virtual std::vector<core::IncidentEvent> incidentEventsForShift(Id shiftId,
                                                                    const QDateTime& after) const = 0;
    virtual std::vector<core::FollowUp> openFollowUps() const = 0;
    virtual std::vector<core::FollowUp> followUpsForIncident(Id incidentId) const = 0;
    virtual std::optional<core::FollowUp> followUp(Id id) const = 0;
    // Incidents received in [from, to) whose point lies in the lon/lat box; for "earlier incidents here".
    virtual std::vector<core::Incident> incidentsInBox(double minLon, double minLat, double maxLon,
                                                       double maxLat, const QDateTime& from,
                                                       const QDateTime& to) const = 0;
    virtual std::vector<core::Hazard> hazards() const = 0;

    // Newest first; entity empty = all.
    virtual std::vector<core::AuditEvent> auditEvents(const QString& entity, std::optional<Id> entityId,
                                                      int limit) const = 0;
    virtual std::vector<core::AuditEvent> auditEvents(const AuditQuery& query) const = 0;
    // Records after `seq`, oldest first: the change log other consoles follow.
    virtual std::vector<core::AuditEvent> auditEventsAfter(Id seq, int limit) const = 0;
    virtual std::optional<QString> meta(const QString& key) const = 0;
    virtual std::map<QString, qint64> rowCounts() const = 0;

    // Operator accounts (logins); ordered by login.
    virtual std::vector<core::OperatorAccount> operatorAccounts() const = 0;
    virtual std::optional<core::OperatorAccount> operatorAccount(Id id) const = 0;
    virtual std::optional<core::OperatorAccount> operatorAccountByLogin(const QString& login) const = 0;
    virtual std::optional<core::OperatorAccount> operatorAccountOfResponder(Id responderId) const = 0;

    // Field devices and their positions (sql_device_rows.cpp). Devices ordered by identifier.
    virtual std::vector<core::Device> devices() const = 0;
    virtual std::optional<core::Device> device(Id id) const = 0;
    virtual std::optional<core::Device> deviceByIdentifier(const QString& identifier) const = 0;
    // Oldest first by fix time.
    virtual std::vector<core::PositionFix> positions(const PositionQuery& query) const = 0;
    // Positions stored after the position `id`, in the order they were stored: the position feed,
    // followed as the audit log is (positions are not audited actions; docs/DECISIONS.md).
    virtual std::vector<core::PositionFix> positionsAfter(Id id, int limit) const = 0;
    virtual Id newestPositionId() const = 0;
    // The responder's newest accepted fix from a device (not a dispatcher's move on the map).
    virtual std::optional<core::PositionFix> newestAcceptedPosition(Id responderId) const = 0;
    // Refused and kept-out reports by verdict code, over the UTC days [from, to].
    virtual std::map<QString, qint64> positionRefusals(QDate from, QDate to) const = 0;
};

// One audit record: what changed, with the entity's image before and after.
struct AuditRecord
{
    QString action; // e.g. "incident.create", "assignment.status"
    QString entity; // table name
    std::optional<Id> entityId;
    QJsonObject before; // empty = none
    QJsonObject after;  // empty = none
};

// The only way to change stored data. Valid only inside Store::transact.
class StoreWriter
{
public:
    virtual ~StoreWriter() = default;

    virtual const StoreReader& read() const = 0;

    virtual Id insertCommunity(const core::Community& community) = 0;
    virtual void setResponsibleOfficer(Id communityId, std::optional<Id> responderId) = 0;
    virtual Id insertPost(const core::Post& post) = 0;
    virtual Id insertFireStation(const core::FireStation& station) = 0;
    virtual Id insertCamera(const core::Camera& camera) = 0;
    virtual Id insertResponder(const core::Responder& responder) = 0;
    virtual void updateResponder(const core::Responder& responder) = 0;
    virtual Id insertShift(const core::Shift& shift) = 0;
    virtual void updateShift(const core::Shift& shift) = 0;
    virtual Id insertRosterEntry(const core::RosterEntry& entry) = 0;
    virtual void updateRosterEntry(const core::RosterEntry& entry) = 0;
    virtual void deleteRosterEntry(Id id) = 0;
    virtual Id insertSignedReport(const core::SignedShiftReport& report) = 0;
    virtual int nextIncidentSequence(QDate localDate) = 0;
    virtual Id insertIncident(const core::Incident& incident) = 0;
    virtual void updateIncident(const core::Incident& incident) = 0;
    virtual Id insertAssignment(const core::Assignment& assignment) = 0;
    virtual void updateAssignment(const core::Assignment& assignment) = 0;
    virtual void appendIncidentEvent(const core::IncidentEvent& event) = 0;
    virtual Id insertFollowUp(const core::FollowUp& followUp) = 0;
    virtual void updateFollowUp(const core::FollowUp& followUp) = 0;
    virtual Id insertHazard(const core::Hazard& hazard) = 0;
    virtual Id insertRejectedTransfer(const core::RejectedTransfer& rejected) = 0;
    virtual void setMeta(const QString& key, const QString& value) = 0;
    virtual Id insertOperatorAccount(const core::OperatorAccount& account) = 0;
    virtual void updateOperatorAccount(const core::OperatorAccount& account) = 0;
    virtual Id insertDevice(const core::Device& device) = 0;
    virtual void updateDevice(const core::Device& device) = 0;
    // Deletes positions with a fix time before `before` (the retention job); returns how many.
    virtual qint64 purgePositions(const QDateTime& before) = 0;

    // Appends to the audit log, in this transaction, stamped with the transaction's actor and time.
    virtual void audit(const AuditRecord& record) = 0;
};

// Writes position reports. Valid only inside Store::recordPositions.
class PositionWriter
{
public:
    virtual ~PositionWriter() = default;

    virtual const StoreReader& read() const = 0;
    // The transaction's time (the server's clock on PostgreSQL), for received times.
    virtual QDateTime now() const = 0;
    // Empty when the device already reported a fix with this time (an app resending a burst whose
    // answer it missed): the report is taken as stored, once.
    virtual std::optional<Id> insertPosition(const core::PositionFix& fix) = 0;
    // The responder's current position; only for an accepted fix newer than the one it has.
    virtual void moveResponder(Id responderId, const core::GeoPoint& location, const QDateTime& fixAt) = 0;
    // Adds to the day's count of reports with this verdict (anything but Accepted).
    virtual void countRefusal(core::PositionVerdict verdict, int count = 1) = 0;
};

class Store
{
public:
    virtual ~Store() = default;

    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    virtual const StoreReader& read() const = 0;

    // Runs `work` as one transaction. It commits durably only when `work` returns normally
    // and wrote at least one audit record; otherwise nothing is written and the exception
    // (or a StorageError for a missing audit record) propagates.
    virtual void transact(const core::Actor& actor, const std::function<void(StoreWriter&)>& work) = 0;

    // Runs `work` as one transaction of position reports: positions, responders' current positions
    // and refusal counts only, without an audit record (docs/DECISIONS.md, "Positions are not audited
    // actions"). Writers take the same turn as transact, so a service's read-modify-write of a
    // responder never overwrites a newer position. Committed durably before it returns; on
    // PostgreSQL announced on the channel "xiuhua_position".
    virtual void recordPositions(const std::function<void(PositionWriter&)>& work) = 0;

    // Walks the whole audit hash chain (see storage::AuditChain); reads only.
    virtual AuditChainReport verifyAuditChain() = 0;

    // A number that changes when another connection commits (SQLite's PRAGMA data_version), so a
    // console can tell cheaply whether to read the change log; empty where the engine has none.
    virtual std::optional<qint64> dataVersion() { return std::nullopt; }

    // The live line to a database server (see StoreLink); none for a file. The caller owns it.
    virtual std::unique_ptr<StoreLink> openLink() { return nullptr; }

    // The time an action is stamped with: the PC's clock on a file; on a server the server's clock
    // (inside transact, the transaction's own time, the one its audit records carry), so no PC's
    // clock decides response times or the audit order. Throws StorageError when the server cannot be
    // asked.
    virtual QDateTime clockNow() { return QDateTime::currentDateTimeUtc(); }

    // The database server's clock, to compare a console's own with; none where the PC's clock is the
    // one clock (a file). Throws StorageError when the server cannot be asked.
    virtual std::optional<QDateTime> serverClock() { return std::nullopt; }
};

} // namespace xiuhua::storage
