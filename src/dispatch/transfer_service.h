#pragma once

#include "core/transfer_document.h"
#include "dispatch/dispatch_context.h"
#include "dispatch/transfer_geocoder.h"

#include <QMetaType>
#include <QStringList>

namespace xiuhua::dispatch {

// What became of one transfer document; the same answer for the HTTP endpoint and the drop folder.
struct TransferResult
{
    enum class Outcome
    {
        Created,   // a new incident
        Duplicate, // this transfer number is already an incident: nothing written
        Rejected,  // refused with a reason; the document is kept in rejected_transfer
    };
    Outcome outcome = Outcome::Rejected;
    core::Id incidentId = 0; // Created, Duplicate
    QString incidentNumber;  // Created, Duplicate
    QString transferNumber;  // when the document named one
    QString reason;          // Rejected
    QStringList checks;      // Created: what the dispatcher must look at (location, category)
    bool locationConfirmed = false;
    core::Id rejectedId = 0; // Rejected: the kept document's row
};

// Takes calls the city's 110 centre transfers (转警). Each accepted document is one incident,
// written in one transaction with its timeline and audit record under the centre as actor; a
// transfer number already on file is answered with its incident and never makes a second one;
// a malformed document is refused with a reason and kept as it arrived for inspection.
class TransferService
{
public:
    TransferService(DispatchContext context, TransferGeocoder geocoder);

    // The actor every transfer is written under: the 110 centre named by `origin` (its key name,
    // or the drop folder), from the station service's workstation.
    static core::Actor centreActor(const QString& origin, const QString& workstation);

    // Parses and takes the document. Throws storage::StorageError only when the database could not
    // be written at all (then nothing was; the sender should send again).
    TransferResult receive(const core::Actor& centre, const QByteArray& document, const QString& origin);

    // A category code as the taxonomy knows it: a category, or a subcategory and its category; an
    // unknown code is filed under kFallbackCategory for the dispatcher to correct.
    struct CategoryChoice
    {
        QString category;
        QString subcategory;
        bool known = true;
    };
    CategoryChoice chooseCategory(const QString& code) const;
    static constexpr char kFallbackCategory[] = "assistance";
    // The priority of a transfer whose category is unknown and that sent none: not the fallback
    // category's low default, since nobody knows yet what it is.
    static constexpr core::Priority kUnknownCategoryPriority = core::Priority::P2;

private:
    TransferResult reject(const core::Actor& centre, const QByteArray& document, const QString& origin,
                          const QString& reason, const QString& transferNumber);
    TransferResult create(const core::Actor& centre, const core::TransferDocument& document,
                          const QString& origin);
    std::optional<TransferResult> duplicateOf(const QString& transferNumber) const;

    DispatchContext m_context;
    TransferGeocoder m_geocoder;
};

} // namespace xiuhua::dispatch

Q_DECLARE_METATYPE(xiuhua::dispatch::TransferResult)
