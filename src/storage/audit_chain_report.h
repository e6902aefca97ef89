#pragma once

#include <QString>

#include <optional>

namespace xiuhua::storage {

// What a walk of the audit hash chain found (storage::AuditChain, Store::verifyAuditChain()).
struct AuditChainReport
{
    bool ok = true;
    qint64 rowsChecked = 0;
    std::optional<qint64> firstBrokenSeq;
    QString reason;       // plain English words for stderr and the log; empty when ok
    qint64 newestSeq = 0; // when ok: the newest record, whose hash is what an inspector writes down
    QString newestHash;
};

} // namespace xiuhua::storage
