// libFuzzer target: a Traccar Client 9+ JSON body (or a flat OsmAnd JSON object, or a burst array).
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
    fuzz::checkParsed(service::parseTraccarJson(input));
    return 0;
}
