// libFuzzer target: an OwnTracks HTTP payload (one message or a queued array).
#include "position_invariants.h"

#include <cstdint>

using namespace xiuhua;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0; // the parsers need no application object
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const service::ParsedPositions parsed = service::parseOwnTracksJson(input);
    fuzz::checkParsed(parsed);
    if (!parsed.identifier.isEmpty()) // OwnTracks names its device by the request, never the payload
        std::abort();
    return 0;
}
