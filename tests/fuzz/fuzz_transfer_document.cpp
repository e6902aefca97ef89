// libFuzzer target: a 110 transfer document (the HTTP endpoint's body, a drop folder's file)
// through the parser.
#include "core/transfer_document.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

using namespace xiuhua;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

namespace {

bool hasControl(const QString& text, bool multiLine)
{
    for (const QChar c : text) {
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool withinLimits(const core::TransferDocument& d)
{
    return !d.transferNumber.isEmpty() && d.transferNumber.size() <= 64 && !d.address.isEmpty() &&
           d.address.size() <= 200 && !d.category.isEmpty() && d.category.size() <= 64 &&
           d.notes.size() <= 4000 && d.callerName.size() <= 64 && d.callerPhone.size() <= 32 &&
           d.callTaker.size() <= 32;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const core::TransferParseResult result = core::parseTransferDocument(bytes);
    // A document is either read or refused with a reason, never both or neither.
    if (result.document.has_value() == !result.error.isEmpty())
        std::abort();
    if (!result.document)
        return 0;
    const core::TransferDocument& d = *result.document;
    // What reaches the database keeps the documented limits.
    if (!withinLimits(d) || !d.receivedAt.isValid() || d.receivedAt.timeSpec() != Qt::UTC)
        std::abort();
    for (const QString* text : {&d.transferNumber, &d.address, &d.callerName, &d.callerPhone, &d.category,
                                &d.categoryName, &d.callTaker})
        if (hasControl(*text, false))
            std::abort();
    if (hasControl(d.notes, true))
        std::abort();
    if (d.location && (!std::isfinite(d.location->lon) || !std::isfinite(d.location->lat) ||
                       std::abs(d.location->lon) > 180 || std::abs(d.location->lat) > 90))
        std::abort();
    if (result.transferNumber != d.transferNumber)
        std::abort();
    return 0;
}
