#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace xiuhua::core {

// A call the city's 110 centre transferred (转警), as its JSON document says it (format
// "xiuhua.transfer110/1", docs/FIELD_LINK.md). Only the syntax is checked here: the category is the
// centre's code as sent, resolved against the taxonomy by dispatch::TransferService.
struct TransferDocument
{
    QString transferNumber;
    QDateTime receivedAt; // at the 110 centre; UTC
    QString callerPhone;
    QString callerName;
    QString address;
    std::optional<GeoPoint> location; // WGS 84, when the centre sent one
    QString category;                 // the centre's code, as sent
    QString categoryName;             // what the centre calls it; may be empty
    std::optional<Priority> priority;
    QString notes;
    QString callTaker;
};

struct TransferParseResult
{
    std::optional<TransferDocument> document;
    QString error;          // why the document was refused; empty when it parsed
    QString transferNumber; // when one could be read, also from a refused document
};

// Limits a document must keep; what the HTTP endpoint and the drop folder read at most.
constexpr qsizetype kMaxTransferDocumentBytes = 64 * 1024;
constexpr char kTransferFormat[] = "xiuhua.transfer110/1";

// Pure: no clock, no I/O. Never throws; a refused document says why without repeating any value
// it holds (reasons are stored, logged and sent back, and a value may be a caller's personal data).
TransferParseResult parseTransferDocument(const QByteArray& bytes);

} // namespace xiuhua::core
