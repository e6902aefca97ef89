#pragma once

#include "storage/sql_connection.h"
#include "storage/store.h"

namespace xiuhua::storage {

class SqlReader final : public StoreReader
{
public:
    explicit SqlReader(SqlConnection& db) : m_db(db) {}

    std::vector<core::Community> communities() const override;
    std::vector<core::Post> posts() const override;
    std::vector<core::FireStation> fireStations() const override;
    std::vector<core::Camera> cameras() const override;
    std::vector<core::Responder> responders() const override;
    std::optional<core::Responder> responder(Id id) const override;
    std::vector<core::Incident> incidents(const IncidentQuery& query) const override;
    std::optional<core::Incident> incidentByTransferNumber(const QString& transferNumber) const override;
    std::vector<core::RejectedTransfer> rejectedTransfers(int limit) const override;
    std::optional<core::Incident> incident(Id id) const override;
    std::vector<core::Assignment> assignmentsForIncident(Id incidentId) const override;
    std::vector<core::Assignment> activeAssignments() const override;
    std::vector<core::Assignment> activeAssignmentsOf(const std::vector<Id>& responderIds) const override;
    std::vector<core::Assignment> assignmentsForIncidents(const std::vector<Id>& incidentIds) const override;
    std::optional<core::Assignment> assignment(Id id) const override;
    std::vector<core::IncidentEvent> incidentEvents(Id incidentId) const override;
    std::vector<core::Shift> shifts() const override;
    std::optional<core::Shift> shiftAt(const QDateTime& time) const override;
    std::optional<core::Shift> shift(Id id) const override;
    std::vector<core::RosterEntry> roster(Id shiftId) const override;
    std::vector<core::Shift> shiftsBetween(const QDateTime& from, const QDateTime& to) const override;
    std::vector<core::RosterEntry> rosterBetween(const QDateTime& from, const QDateTime& to) const override;
    std::optional<core::SignedShiftReport> signedReport(Id shiftId) const override;
    std::vector<core::IncidentEvent> incidentEventsForShift(Id shiftId,
                                                            const QDateTime& after) const override;
    std::vector<core::FollowUp> openFollowUps() const override;
    std::vector<core::FollowUp> followUpsForIncident(Id incidentId) const override;
    std::optional<core::FollowUp> followUp(Id id) const override;
    std::vector<core::Incident> incidentsInBox(double minLon, double minLat, double maxLon, double maxLat,
                                               const QDateTime& from, const QDateTime& to) const override;
    std::vector<core::Hazard> hazards() const override;
    std::vector<core::AuditEvent> auditEvents(const QString& entity, std::optional<Id> entityId,
                                              int limit) const override;
    std::vector<core::AuditEvent> auditEvents(const AuditQuery& query) const override;
    std::vector<core::AuditEvent> auditEventsAfter(Id seq, int limit) const override;
    std::optional<QString> meta(const QString& key) const override;
    std::map<QString, qint64> rowCounts() const override;
    // Operator accounts: defined in sql_account_rows.cpp.
    std::vector<core::OperatorAccount> operatorAccounts() const override;
    std::optional<core::OperatorAccount> operatorAccount(Id id) const override;
    std::optional<core::OperatorAccount> operatorAccountByLogin(const QString& login) const override;
    std::optional<core::OperatorAccount> operatorAccountOfResponder(Id responderId) const override;
    // Devices and positions: defined in sql_device_rows.cpp.
    std::vector<core::Device> devices() const override;
    std::optional<core::Device> device(Id id) const override;
    std::optional<core::Device> deviceByIdentifier(const QString& identifier) const override;
    std::vector<core::PositionFix> positions(const PositionQuery& query) const override;
    std::vector<core::PositionFix> positionsAfter(Id id, int limit) const override;
    Id newestPositionId() const override;
    std::optional<core::PositionFix> newestAcceptedPosition(Id responderId) const override;
    std::map<QString, qint64> positionRefusals(QDate from, QDate to) const override;

private:
    std::vector<core::Shift> loadShifts(Statement& statement) const;

    SqlConnection& m_db;
};

} // namespace xiuhua::storage
