#include "dispatch/transfer_service.h"

#include "core/entity_json.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/incident_service.h"
#include "dispatch/permission_guard.h"
#include "dispatch/write_steps.h"
#include "storage/storage_error.h"

#include <QCoreApplication>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {} // namespace

TransferService::TransferService(DispatchContext context, TransferGeocoder geocoder)
    : m_context(std::move(context)), m_geocoder(std::move(geocoder))
{}

Actor TransferService::centreActor(const QString& origin, const QString& workstation)
{
    // No responder id: the centre is not one of the station's staff, and its rights are the
    // service's (it may only file transfers), checked where its key or folder is configured.
    return {std::nullopt, QCoreApplication::translate("Transfer", "110 centre (%1)").arg(origin),
            workstation};
}

TransferService::CategoryChoice TransferService::chooseCategory(const QString& code) const
{
    const QString wanted = code.trimmed().toLower();
    if (const Category* category = m_context.taxonomy.find(wanted))
        return {category->code, {}, true};
    for (const Category& category : m_context.taxonomy.categories()) {
        for (const Subcategory& sub : category.subcategories) {
            if (sub.code == wanted)
                return {category.code, sub.code, true};
        }
    }
    return {QString::fromLatin1(kFallbackCategory), {}, false};
}

std::optional<TransferResult> TransferService::duplicateOf(const QString& transferNumber) const
{
    const auto existing = m_context.store.read().incidentByTransferNumber(transferNumber);
    if (!existing)
        return std::nullopt;
    TransferResult result;
    result.outcome = TransferResult::Outcome::Duplicate;
    result.incidentId = existing->id;
    result.incidentNumber = existing->number;
    result.transferNumber = transferNumber;
    result.locationConfirmed = !existing->locationUnconfirmed && existing->location.has_value();
    return result;
}

TransferResult TransferService::receive(const Actor& centre, const QByteArray& document,
                                        const QString& origin)
{
    const TransferParseResult parsed = parseTransferDocument(document);
    if (!parsed.document)
        return reject(centre, document, origin, parsed.error, parsed.transferNumber);
    if (auto duplicate = duplicateOf(parsed.document->transferNumber))
        return *duplicate;
    try {
        return create(centre, *parsed.document, origin);
    } catch (const storage::StorageError&) {
        // Another delivery of the same number may have been filed in between (the unique index
        // refused ours): that is a duplicate, not a failure.
        if (auto duplicate = duplicateOf(parsed.document->transferNumber))
            return *duplicate;
        throw;
    } catch (const DispatchError& error) {
        return reject(centre, document, origin, error.message(), parsed.transferNumber);
    }
}

TransferResult TransferService::reject(const Actor& centre, const QByteArray& document, const QString& origin,
                                       const QString& reason, const QString& transferNumber)
{
    TransferResult result;
    result.outcome = TransferResult::Outcome::Rejected;
    result.reason = reason;
    result.transferNumber = transferNumber;
    RejectedTransfer row{0,      m_context.now(), origin,
                         reason, transferNumber,  document.left(kMaxTransferDocumentBytes)};
    m_context.store.transact(centre, [&](storage::StoreWriter& writer) {
        row.id = writer.insertRejectedTransfer(row);
        // The record names the document, never its contents: it may hold a caller's personal data.
        writer.audit({QStringLiteral("transfer.reject"),
                      QStringLiteral("rejected_transfer"),
                      row.id,
                      {},
                      QJsonObject{{"origin", origin},
                                  {"reason", reason},
                                  {"transfer_number", transferNumber},
                                  {"bytes", static_cast<qint64>(document.size())}}});
    });
    result.rejectedId = row.id;
    spdlog::warn("110 transfer refused from {} (number \"{}\", {} bytes): {}", origin.toStdString(),
                 transferNumber.toStdString(), document.size(), reason.toStdString());
    return result;
}

TransferResult TransferService::create(const Actor& centre, const TransferDocument& document,
                                       const QString& origin)
{
    requirePermission(m_context, centre, Permission::CreateIncident);
    const CategoryChoice category = chooseCategory(document.category);
    const TransferPlacement placement = m_geocoder.place(document.address, document.location);
    const QDateTime now = m_context.now();

    Incident incident;
    incident.receivedAt = now; // the station's clock starts now; the centre's time is kept beside it
    incident.source = IncidentSource::Transfer110;
    incident.callerName = document.callerName;
    incident.callerPhone = document.callerPhone;
    incident.addressText = document.address;
    incident.matchedAddress = placement.matchedAddress;
    incident.location = placement.location;
    incident.communityId = placement.communityId;
    incident.locationUnconfirmed = !placement.confirmed;
    incident.category = category.category;
    incident.subcategory = category.subcategory;
    const Category* known = m_context.taxonomy.find(category.category);
    incident.priority = document.priority.value_or(category.known && known ? known->defaultPriority
                                                                           : kUnknownCategoryPriority);
    incident.followUpRequired = known && known->followUpRequired;
    incident.description = document.notes;
    incident.status = IncidentStatus::New;
    incident.updatedAt = now;
    incident.transfer = TransferMark{document.transferNumber, document.receivedAt, origin, document.callTaker,
                                     document.notes};

    TransferResult result;
    result.outcome = TransferResult::Outcome::Created;
    result.transferNumber = document.transferNumber;
    result.locationConfirmed = placement.confirmed;
    if (!placement.confirmed)
        result.checks << QCoreApplication::translate("Transfer", "Location unconfirmed: %1")
                             .arg(placement.note.trimmed());
    if (!category.known)
        result.checks << QCoreApplication::translate(
                             "Transfer",
                             "The 110 category \"%1\" (%2) is not in the station's list: filed as \"%3\".")
                             .arg(document.category, document.categoryName, category.category);
    if (!document.callerPhone.isEmpty() && !IncidentService::isPlausiblePhone(document.callerPhone))
        result.checks << QCoreApplication::translate(
            "Transfer", "The caller's number is not a mainland or Shanghai number.");

    m_context.store.transact(centre, [&](storage::StoreWriter& writer) {
        // The map's community ids are the station's when its jurisdiction was imported from the same
        // map; one the database does not know would refuse the whole call, so the point stays and the
        // community is left for the dispatcher.
        if (incident.communityId) {
            const auto communities = writer.read().communities();
            if (std::none_of(communities.begin(), communities.end(),
                             [&](const Community& c) { return c.id == *incident.communityId; }))
                incident.communityId.reset();
        }
        steps::insertNewIncident(
            writer, incident, QStringLiteral("incident.transfer_110"),
            QCoreApplication::translate("Transfer", "Transferred by the 110 centre (transfer %1)")
                .arg(document.transferNumber));
        for (const QString& check : result.checks) {
            IncidentEvent event;
            event.incidentId = incident.id;
            event.at = now;
            event.kind = IncidentEventKind::Note;
            event.text = check;
            writer.appendIncidentEvent(event);
        }
    });
    result.incidentId = incident.id;
    result.incidentNumber = incident.number;
    spdlog::info("110 transfer {} from {} filed as incident {}{}", document.transferNumber.toStdString(),
                 origin.toStdString(), incident.number.toStdString(),
                 placement.confirmed ? "" : " (location unconfirmed)");
    emit m_context.notifier.incidentsChanged({incident.id});
    return result;
}

} // namespace xiuhua::dispatch
