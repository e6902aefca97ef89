#include "community_builder.h"

#include "geo_util.h"
#include "rng.h"
#include "road_names.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>

namespace mapgen {

namespace {

constexpr double kAreaPerCommunity = 240000.0; // m²
constexpr int kMinCommunities = 12;
constexpr int kMaxCommunities = 20;
constexpr int kLloydRounds = 10;

// Area that counts for balancing: parks count little, nobody lives there.
double weightOf(const Block& b)
{
    return areaOf(b.face.get()) * (b.park ? 0.25 : 1.0);
}

double dist2(const Block& a, const Block& b)
{
    const double dx = a.centroidX - b.centroidX, dy = a.centroidY - b.centroidY;
    return dx * dx + dy * dy;
}

// Farthest-point sampling: seeds spread evenly over the blocks.
std::vector<int> pickSeeds(const std::vector<Block>& blocks, int count, Rng& rng)
{
    std::vector<int> seeds{rng.range(0, static_cast<int>(blocks.size()) - 1)};
    std::vector<double> nearest(blocks.size(), 1e300);
    while (static_cast<int>(seeds.size()) < count) {
        const Block& last = blocks[seeds.back()];
        int best = -1;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            nearest[i] = std::min(nearest[i], dist2(blocks[i], last));
            if (best < 0 || nearest[i] > nearest[best])
                best = static_cast<int>(i);
        }
        seeds.push_back(best);
    }
    return seeds;
}

// Balanced region growing: the smallest region takes its nearest free neighbour.
std::vector<int> growRegions(const std::vector<Block>& blocks, const std::vector<std::vector<int>>& nb,
                             const std::vector<int>& seeds)
{
    std::vector<int> owner(blocks.size(), -1);
    std::vector<double> area(seeds.size(), 0.0);
    std::vector<std::vector<int>> members(seeds.size());
    for (std::size_t c = 0; c < seeds.size(); ++c) {
        owner[seeds[c]] = static_cast<int>(c);
        members[c].push_back(seeds[c]);
        area[c] = weightOf(blocks[seeds[c]]);
    }
    std::vector<bool> stuck(seeds.size(), false);
    for (;;) {
        int c = -1;
        for (std::size_t k = 0; k < seeds.size(); ++k)
            if (!stuck[k] && (c < 0 || area[k] < area[c]))
                c = static_cast<int>(k);
        if (c < 0)
            break;
        int pick = -1;
        double pickD = 0;
        for (int m : members[c])
            for (int n : nb[m]) {
                const double d = dist2(blocks[n], blocks[seeds[c]]);
                if (owner[n] < 0 && (pick < 0 || d < pickD || (d == pickD && n < pick))) {
                    pick = n;
                    pickD = d;
                }
            }
        if (pick < 0) {
            stuck[c] = true;
            continue;
        }
        owner[pick] = c;
        members[c].push_back(pick);
        area[c] += weightOf(blocks[pick]);
    }
    if (std::find(owner.begin(), owner.end(), -1) != owner.end())
        throw std::runtime_error("region growing left blocks without a community");
    return owner;
}

// Moves each seed to the block of its region nearest the region's
// area-weighted centre (one Lloyd step). Returns whether any seed moved.
bool recentreSeeds(const std::vector<Block>& blocks, const std::vector<int>& owner, std::vector<int>& seeds)
{
    const std::size_t n = seeds.size();
    std::vector<double> sx(n, 0.0), sy(n, 0.0), sw(n, 0.0);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const double w = weightOf(blocks[i]);
        sx[owner[i]] += blocks[i].centroidX * w;
        sy[owner[i]] += blocks[i].centroidY * w;
        sw[owner[i]] += w;
    }
    bool moved = false;
    for (std::size_t c = 0; c < n; ++c) {
        const double cx = sx[c] / sw[c], cy = sy[c] / sw[c];
        int best = seeds[c];
        double bestD = 1e300;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const double d = std::hypot(blocks[i].centroidX - cx, blocks[i].centroidY - cy);
            if (owner[i] == static_cast<int>(c) && d < bestD) {
                best = static_cast<int>(i);
                bestD = d;
            }
        }
        moved = moved || best != seeds[c];
        seeds[c] = best;
    }
    return moved;
}

struct LaneName
{
    const char* zh;
    const char* en;
};

// Old lanes of the area, used when no bordering road name is left.
constexpr LaneName kLaneNames[] = {{"承兴", "Chengxing"}, {"福祐", "Fuyou"},    {"宝兴", "Baoxing"},
                                   {"瑞福", "Ruifu"},     {"景兴", "Jingxing"}, {"永安", "Yong'an"}};

void nameCommunities(MapData& data)
{
    // Score every (community, road stem) by the road length in or along it.
    std::map<std::pair<int, std::string>, double> score;
    std::vector<OGRGeometryUniquePtr> zones;
    for (const Community& c : data.communities)
        zones.emplace_back(c.geom->Buffer(25.0, 2));
    for (const Road& r : data.roads) {
        const std::string stem = nameStem(r.name);
        if (stem.empty() || r.bridge || r.tunnel)
            continue;
        for (std::size_t i = 0; i < zones.size(); ++i) {
            if (!r.geom->Intersects(zones[i].get()))
                continue;
            OGRGeometryUniquePtr part(r.geom->Intersection(zones[i].get()));
            score[{static_cast<int>(i), stem}] += lengthOf(part.get());
        }
    }
    std::vector<std::tuple<double, int, std::string>> ranked;
    for (const auto& [key, s] : score)
        ranked.emplace_back(-s, key.first, key.second);
    std::sort(ranked.begin(), ranked.end());
    std::map<std::string, bool> used;
    for (const auto& [negScore, idx, stem] : ranked) {
        Community& c = data.communities[idx];
        if (!c.stem.empty() || used[stem])
            continue;
        c.stem = stem;
        c.stemEn = pinyin(stem);
        used[stem] = true;
    }
    std::size_t lane = 0;
    for (Community& c : data.communities) {
        if (c.stem.empty() && lane < std::size(kLaneNames)) {
            c.stem = kLaneNames[lane].zh;
            c.stemEn = kLaneNames[lane].en;
            ++lane;
        }
        c.name = c.stem + "居委会";
        c.nameEn = c.stemEn + " Residents' Committee";
    }
}

} // namespace

void buildCommunities(MapData& data, const std::vector<std::vector<int>>& neighbours, std::uint64_t seed)
{
    double total = 0;
    for (const Block& b : data.blocks)
        total += weightOf(b);
    const int wanted = static_cast<int>(std::lround(total / kAreaPerCommunity));
    const int count =
        std::clamp(std::min(wanted, static_cast<int>(data.blocks.size())), kMinCommunities, kMaxCommunities);
    if (static_cast<int>(data.blocks.size()) < count)
        throw std::runtime_error("too few blocks for " + std::to_string(count) + " communities");
    Rng rng = Rng::derived(seed, 3, 0);
    std::vector<int> seeds = pickSeeds(data.blocks, count, rng);
    std::vector<int> owner;
    for (int round = 0; round < kLloydRounds; ++round) {
        owner = growRegions(data.blocks, neighbours, seeds);
        if (!recentreSeeds(data.blocks, owner, seeds))
            break;
    }

    // Number communities north to south, west to east, by their seed.
    std::vector<int> order(seeds.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    auto key = [&](int c) {
        const Block& b = data.blocks[seeds[c]];
        return std::make_tuple(-std::floor(b.centroidY / 450.0), b.centroidX);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    std::vector<int> idOf(seeds.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        idOf[order[rank]] = static_cast<int>(rank) + 1;

    data.communities.resize(seeds.size());
    for (std::size_t i = 0; i < data.blocks.size(); ++i) {
        Block& b = data.blocks[i];
        b.communityId = idOf[owner[i]];
        data.communities[b.communityId - 1].blockIds.push_back(b.id);
    }
    std::vector<const OGRGeometry*> all;
    for (std::size_t c = 0; c < data.communities.size(); ++c) {
        Community& com = data.communities[c];
        com.id = static_cast<int>(c) + 1;
        std::vector<const OGRGeometry*> faces;
        for (int id : com.blockIds)
            faces.push_back(data.blocks[id - 1].face.get());
        com.geom = unionPolygons(faces);
        all.push_back(com.geom.get());
    }
    data.stationBoundary = unionPolygons(all);
    data.stationName = "人民广场派出所";
    data.stationNameEn = "People's Square Police Station";
    nameCommunities(data);
}

void estimatePopulation(MapData& data, std::uint64_t seed)
{
    std::vector<double> floorArea(data.communities.size(), 0.0);
    for (const Building& b : data.buildings) {
        const double share = b.kind == "tower" ? 0.5 : (b.kind == "slab" ? 0.9 : 1.0);
        const int community = data.blocks[b.blockId - 1].communityId;
        floorArea[community - 1] += areaOf(b.geom.get()) * b.floors * share;
    }
    const auto [lo, hi] = std::minmax_element(floorArea.begin(), floorArea.end());
    const double span = std::max(1.0, *hi - *lo);
    for (std::size_t i = 0; i < data.communities.size(); ++i) {
        Rng rng = Rng::derived(seed, 5, i + 1);
        Community& c = data.communities[i];
        const double t = (floorArea[i] - *lo) / span; // 0..1
        const double pop = 3400 + 5200 * t + rng.between(-350, 350);
        c.population = static_cast<int>(std::lround(std::clamp(pop, 3000.0, 9000.0) / 10.0)) * 10;
        c.households = static_cast<int>(std::lround(c.population / rng.between(2.3, 2.8)));
    }
}

} // namespace mapgen
