#pragma once

#include "storage/audit_chain.h"
#include "storage/sql_connection.h"
#include "storage/store.h"

namespace xiuhua::storage {

class SqlReader;

// Lives for one transaction of SqliteStore::transact.
class SqlWriter final : public StoreWriter
{
public:
    // `chainTail`: the audit chain's tail when the caller read it as the transaction began (the
    // same round trip on PostgreSQL); otherwise the first audit record reads it.
    SqlWriter(SqlConnection& db, const SqlReader& reader, const core::Actor& actor, QDateTime now,
              std::optional<AuditChainTail> chainTail = std::nullopt);

    const StoreReader& read() const override;
    Id insertCommunity(const core::Community& community) override;
    void setResponsibleOfficer(Id communityId, std::optional<Id> responderId) override;
    Id insertPost(const core::Post& post) override;
    Id insertFireStation(const core::FireStation& station) override;
    Id insertCamera(const core::Camera& camera) override;
    Id insertResponder(const core::Responder& responder) override;
    void updateResponder(const core::Responder& responder) override;
    Id insertShift(const core::Shift& shift) override;
    void updateShift(const core::Shift& shift) override;
    Id insertRosterEntry(const core::RosterEntry& entry) override;
    void updateRosterEntry(const core::RosterEntry& entry) override;
    void deleteRosterEntry(Id id) override;
    Id insertSignedReport(const core::SignedShiftReport& report) override;
    int nextIncidentSequence(QDate localDate) override;
    Id insertIncident(const core::Incident& incident) override;
    void updateIncident(const core::Incident& incident) override;
    Id insertAssignment(const core::Assignment& assignment) override;
    void updateAssignment(const core::Assignment& assignment) override;
    void appendIncidentEvent(const core::IncidentEvent& event) override;
    Id insertFollowUp(const core::FollowUp& followUp) override;
    void updateFollowUp(const core::FollowUp& followUp) override;
    Id insertHazard(const core::Hazard& hazard) override;
    Id insertRejectedTransfer(const core::RejectedTransfer& rejected) override;
    void setMeta(const QString& key, const QString& value) override;
    // Operator accounts: defined in sql_account_rows.cpp.
    Id insertOperatorAccount(const core::OperatorAccount& account) override;
    void updateOperatorAccount(const core::OperatorAccount& account) override;
    // Devices and the position purge: defined in sql_device_rows.cpp.
    Id insertDevice(const core::Device& device) override;
    void updateDevice(const core::Device& device) override;
    qint64 purgePositions(const QDateTime& before) override;
    void audit(const AuditRecord& record) override;

    int auditCount() const { return m_auditCount; }
    // The seq of the first and the hash of the last audit record this transaction wrote (for
    // finding out, after a connection lost during COMMIT, whether the commit happened).
    qint64 firstAuditSeq() const { return m_firstAuditSeq; }
    QString lastAuditHash() const { return m_chainTail ? m_chainTail->lastHash : QString(); }
    qint64 lastAuditSeq() const { return m_chainTail ? m_chainTail->nextSeq - 1 : 0; }

    // The PostgreSQL channel every committed audited change is announced on (lower case: Qt's
    // driver quotes channel names). Payload: JSON with seq, entity, id, action, at, workstation.
    static constexpr char changeChannel[] = "xiuhua_change";

private:
    Id insert(Statement& statement);
    void requireOneRow(const char* what, Id id);
    void writeShiftDispatchers(const core::Shift& shift);
    // The JSON an audit record is announced with (SqlConnection::announceOnCommit).
    static QString changePayload(const AuditRow& row);

    SqlConnection& m_db;
    const SqlReader& m_reader;
    core::Actor m_actor;
    QDateTime m_now;
    int m_auditCount = 0;
    qint64 m_firstAuditSeq = 0;
    std::optional<AuditChainTail> m_chainTail;
};

} // namespace xiuhua::storage
