#include "service/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace xiuhua::service {

bool RateLimiter::allow(const QString& key, Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    forgetIdle(now);
    if (m_buckets.size() > 100000)
        m_buckets.clear(); // a flood of made-up keys: forgetting is cheaper than remembering
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_burst, now});
    const double seconds = std::chrono::duration<double>(now - it->at).count();
    it->tokens = std::min(m_burst, it->tokens + std::max(0.0, seconds) * m_perSecond);
    it->at = now;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds() const
{
    return std::max(1, static_cast<int>(std::ceil(1.0 / m_perSecond)));
}

void RateLimiter::forgetIdle(Clock::time_point now)
{
    // A bucket that has refilled is the same as no bucket: dropping those keeps the table as small as
    // the keys active in the last minute, whatever a flood of made-up device ids does.
    if (now - m_lastSweep < std::chrono::seconds(60))
        return;
    m_lastSweep = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double seconds = std::chrono::duration<double>(now - it->at).count();
        if (it->tokens + seconds * m_perSecond >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace xiuhua::service
