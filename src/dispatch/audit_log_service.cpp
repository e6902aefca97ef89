#include "dispatch/audit_log_service.h"

#include "core/csv_writer.h"
#include "core/personal_data.h"
#include "dispatch/permission_guard.h"

#include <QJsonObject>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

QJsonObject describe(const storage::AuditQuery& query)
{
    QJsonObject filter;
    if (query.from.isValid())
        filter.insert(QStringLiteral("from"), query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        filter.insert(QStringLiteral("to"), query.to.toString(Qt::ISODate));
    if (query.actorId)
        filter.insert(QStringLiteral("actor_id"), *query.actorId);
    if (!query.entity.isEmpty())
        filter.insert(QStringLiteral("entity"), query.entity);
    if (!query.text.isEmpty())
        filter.insert(QStringLiteral("text"), query.text);
    return filter;
}

} // namespace

AuditLogService::AuditLogService(DispatchContext context) : m_context(std::move(context)) {}

std::vector<AuditEvent> AuditLogService::query(const Actor& actor, const storage::AuditQuery& query) const
{
    requirePermission(m_context, actor, Permission::ViewAudit);
    std::vector<AuditEvent> events = m_context.store.read().auditEvents(query);
    for (AuditEvent& event : events) {
        event.beforeJson = maskPersonalDataInJson(event.beforeJson);
        event.afterJson = maskPersonalDataInJson(event.afterJson);
    }
    return events;
}

storage::AuditChainReport AuditLogService::verify(const Actor& actor) const
{
    requirePermission(m_context, actor, Permission::ViewAudit);
    return m_context.store.verifyAuditChain();
}

QByteArray AuditLogService::exportCsv(const Actor& actor, const storage::AuditQuery& query,
                                      const QString& destination)
{
    const std::vector<AuditEvent> events = this->query(actor, query);
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        QJsonObject after{{QStringLiteral("rows"), qint64(events.size())},
                          {QStringLiteral("file"), destination},
                          {QStringLiteral("filter"), describe(query)}};
        writer.audit(
            {QStringLiteral("audit.export"), QStringLiteral("audit_event"), std::nullopt, {}, after});
    });
    // Text a person typed (names, workstations, record contents) is kept from being read as a formula.
    CsvWriter csv;
    csv.texts({QStringLiteral("seq"), QStringLiteral("at_utc"), QStringLiteral("actor_id"),
               QStringLiteral("actor"), QStringLiteral("workstation"), QStringLiteral("action"),
               QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("before"),
               QStringLiteral("after"), QStringLiteral("hash")})
        .endRecord();
    for (const AuditEvent& e : events) {
        csv.number(e.seq).text(e.at.toUTC().toString(Qt::ISODateWithMs));
        if (e.actorId)
            csv.number(*e.actorId);
        else
            csv.empty();
        csv.text(e.actorName).text(e.workstation).text(e.action).text(e.entity);
        if (e.entityId)
            csv.number(*e.entityId);
        else
            csv.empty();
        csv.text(e.beforeJson).text(e.afterJson).text(e.hash).endRecord();
    }
    return csv.bytes();
}

} // namespace xiuhua::dispatch
