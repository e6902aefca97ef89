#include "dispatch/audit_log_service.h"

#include "core/personal_data.h"
#include "dispatch/permission_guard.h"

#include <QJsonObject>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

QByteArray csvField(const QString& text)
{
    QString field = text;
    if (field.contains(QLatin1Char('"')) || field.contains(QLatin1Char(',')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}

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
    QByteArray csv("\xEF\xBB\xBF");
    csv += "seq,at_utc,actor_id,actor,workstation,action,entity,entity_id,before,after,hash\r\n";
    for (const AuditEvent& e : events) {
        const QList<QByteArray> fields{QByteArray::number(e.seq),
                                       csvField(e.at.toUTC().toString(Qt::ISODateWithMs)),
                                       e.actorId ? QByteArray::number(*e.actorId) : QByteArray(),
                                       csvField(e.actorName),
                                       csvField(e.workstation),
                                       csvField(e.action),
                                       csvField(e.entity),
                                       e.entityId ? QByteArray::number(*e.entityId) : QByteArray(),
                                       csvField(e.beforeJson),
                                       csvField(e.afterJson),
                                       csvField(e.hash)};
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

} // namespace xiuhua::dispatch
