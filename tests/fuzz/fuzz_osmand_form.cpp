// libFuzzer target: an OsmAnd request's query or form body (Traccar Client, OsmAnd) through the
// form decoder and the OsmAnd parameter reader.
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
    fuzz::checkParsed(service::parseOsmAndFields(service::parseForm(input)));
    return 0;
}
