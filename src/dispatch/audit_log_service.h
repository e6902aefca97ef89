#pragma once

#include "dispatch/dispatch_context.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace xiuhua::dispatch {

// Reading the audit log back: who did what and when, for a supervisor or an inspector. Needs
// Permission::ViewAudit. Callers' names and phones inside the records are always masked here;
// their clear values stay behind PersonalDataService's audited reveal.
class AuditLogService
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)

public:
    explicit AuditLogService(DispatchContext context);

    std::vector<core::AuditEvent> query(const core::Actor& actor, const storage::AuditQuery& query) const;
    // Walks the whole chain.
    storage::AuditChainReport verify(const core::Actor& actor) const;
    // The matching records as CSV (UTF-8 with BOM, RFC 4180) for a spreadsheet; the export itself is
    // recorded ("audit.export", with the filter and the number of rows) before the bytes are returned.
    QByteArray exportCsv(const core::Actor& actor, const storage::AuditQuery& query,
                         const QString& destination);

private:
    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
