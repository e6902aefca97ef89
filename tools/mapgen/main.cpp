// xiuhua-mapgen: builds the station map (maps/huangpu.gpkg) from an OSM road
// extract. Roads are real; blocks, buildings, communities and points of
// interest are generated deterministically from a seed.

#include "block_builder.h"
#include "community_builder.h"
#include "geo_util.h"
#include "gpkg_writer.h"
#include "land_use.h"
#include "poi_builder.h"
#include "road_reader.h"

#include <cpl_conv.h>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <gdal_priv.h>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {

constexpr std::uint64_t kDefaultSeed = 20240601;
// Fixed so that regenerating gives the same bytes.
constexpr const char* kTimestamp = "2024-06-01T00:00:00.000Z";

struct Options
{
    std::string input;
    std::string output;
    std::uint64_t seed = kDefaultSeed;
};

void usage()
{
    std::cerr << "usage: xiuhua-mapgen INPUT.osm OUTPUT.gpkg [--seed N]\n";
}

bool parseArgs(int argc, char** argv, Options& opt)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seed" && i + 1 < argc) {
            char* end = nullptr;
            opt.seed = std::strtoull(argv[++i], &end, 10);
            if (!end || *end != '\0')
                return false;
        } else if (arg == "-h" || arg == "--help") {
            return false;
        } else if (opt.input.empty()) {
            opt.input = arg;
        } else if (opt.output.empty()) {
            opt.output = arg;
        } else {
            return false;
        }
    }
    return !opt.input.empty() && !opt.output.empty();
}

mapgen::MapData generate(const Options& opt, const mapgen::Transforms& tf, mapgen::BlockStats& stats)
{
    mapgen::MapData data;
    OGRGeometryUniquePtr extent;
    data.roads = mapgen::readRoads(opt.input, tf, extent);
    mapgen::BlockNetwork net = mapgen::buildBlocks(data.roads, extent.get(), mapgen::parkAnchors(tf));
    stats = net.stats;
    data.blocks = std::move(net.blocks);
    mapgen::markParks(data.blocks, tf);
    mapgen::buildCommunities(data, net.neighbours, opt.seed);
    mapgen::generateLandUse(data, tf, opt.seed);
    mapgen::estimatePopulation(data, opt.seed);
    mapgen::placePointsOfInterest(data, opt.seed);
    return data;
}

void printSummary(const Options& opt, const mapgen::MapData& d, const mapgen::BlockStats& s)
{
    std::cout << "xiuhua-mapgen: " << opt.input << " -> " << opt.output << " (seed " << opt.seed << ")\n"
              << "  roads            " << d.roads.size() << "\n"
              << "  faces            " << s.faces << " (" << s.edgeFaces << " on the edge, " << s.slivers
              << " slivers, " << s.dropped << " dropped)\n"
              << "  blocks           " << d.blocks.size() << "\n"
              << "  buildings        " << d.buildings.size() << "\n"
              << "  green            " << d.greens.size() << "\n"
              << "  water            " << d.water.size() << "\n"
              << "  communities      " << d.communities.size() << "\n";
    for (const mapgen::Community& c : d.communities)
        std::cout << "    " << c.id << "  " << c.name << "  " << c.nameEn << "  blocks " << c.blockIds.size()
                  << "  area " << static_cast<long>(mapgen::areaOf(c.geom.get())) << " m2  population "
                  << c.population << "\n";
    std::cout << "  posts            " << d.posts.size() << "\n"
              << "  fire_stations    " << d.fireStations.size() << "\n"
              << "  cameras          " << d.cameras.size() << "\n";
}

} // namespace

int main(int argc, char** argv)
{
    Options opt;
    if (!parseArgs(argc, argv, opt)) {
        usage();
        return 2;
    }
    GDALAllRegister();
    CPLSetConfigOption("OGR_CURRENT_DATE", kTimestamp);

    namespace fs = std::filesystem;
    const fs::path target(opt.output);
    // Same directory, so the final rename cannot cross file systems.
    const fs::path temp = target.parent_path() / ("." + target.stem().string() + ".tmp.gpkg");
    std::error_code ec;
    try {
        const mapgen::Transforms tf = mapgen::makeTransforms();
        mapgen::BlockStats stats;
        const mapgen::MapData data = generate(opt, tf, stats);
        fs::remove(temp, ec);
        mapgen::writeGeoPackage(temp.string(), data, tf);
        fs::rename(temp, target); // atomic: a failure never leaves a half file
        printSummary(opt, data, stats);
    } catch (const std::exception& e) {
        fs::remove(temp, ec);
        std::cerr << "xiuhua-mapgen: error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
