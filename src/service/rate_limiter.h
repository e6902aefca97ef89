#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace xiuhua::service {

// Token buckets by key (a device id, an address): `perSecond` sustained, `burst` at once. A phone
// that comes out of a dead zone sends its queue quickly, so the burst is generous; a flood is not.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(burst) {}

    // Takes one token; false when the key has none left (answer 429).
    bool allow(const QString& key, Clock::time_point now = Clock::now());
    // Seconds until the key has a token again (for Retry-After), at least 1.
    int retryAfterSeconds() const;

private:
    struct Bucket
    {
        double tokens;
        Clock::time_point at;
    };
    void forgetIdle(Clock::time_point now);

    double m_perSecond;
    double m_burst;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    Clock::time_point m_lastSweep{};
};

} // namespace xiuhua::service
