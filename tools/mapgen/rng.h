#pragma once

#include <cstdint>

namespace mapgen {

// SplitMix64: tiny, fast and - unlike std:: distributions - gives the same
// numbers on every standard library, so a seed always yields the same map.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    // A generator for one sub-task (a block, a community) that does not
    // depend on how many numbers other sub-tasks drew.
    static Rng derived(std::uint64_t seed, std::uint64_t salt, std::uint64_t index)
    {
        Rng mixer(seed ^ (salt * 0x9E3779B97F4A7C15ULL));
        const std::uint64_t a = mixer.next();
        Rng second(a ^ (index + 0x632BE59BD9B4E019ULL));
        return Rng(second.next());
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    // Uniform integer in [lo, hi].
    int range(int lo, int hi)
    {
        const auto span = static_cast<std::uint64_t>(hi - lo + 1);
        return lo + static_cast<int>(next() % span);
    }

    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

} // namespace mapgen
