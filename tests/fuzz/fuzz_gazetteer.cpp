// libFuzzer target: place and address queries against the gazetteer of the bundled Huangpu map
// (built once). Any query must return at most `limit` matches, best first, without crashing.
#include "geo/gazetteer.h"
#include "geo/vector_source.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace xiuhua;

namespace {
const geo::Gazetteer* gazetteer = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    static const geo::Gazetteer built =
        geo::Gazetteer::fromDataset(geo::VectorSource::open(QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")));
    gazetteer = &built;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString query =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const int limit = size > 0 ? 1 + data[0] % 20 : 10;
    const auto matches = gazetteer->search(query, limit);
    if (static_cast<int>(matches.size()) > limit)
        std::abort();
    // Best first: scores never rise, and among equal scores the shorter name comes first.
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (matches[i].score <= 0)
            std::abort(); // only matching entries are returned
        if (i > 0 && (matches[i - 1].score < matches[i].score ||
                      (matches[i - 1].score == matches[i].score &&
                       matches[i - 1].text.size() > matches[i].text.size())))
            std::abort();
    }
    // A larger limit only adds matches after these: the best ones do not depend on the limit.
    const auto more = gazetteer->search(query, limit + 5);
    if (more.size() < matches.size())
        std::abort();
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (more[i].score != matches[i].score || more[i].text != matches[i].text)
            std::abort();
    }
    return 0;
}
