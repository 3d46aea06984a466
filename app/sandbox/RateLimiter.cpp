// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include "SandboxClock.h"

#include <algorithm>
#include <cmath>

namespace PeeringDesk {

RateLimiter::RateLimiter(const SandboxClock &clock)
    : m_clock(clock)
{}

void RateLimiter::configure(int capacity, int refillPerMinute)
{
    m_capacity = std::max(1, capacity);
    m_refillPerMinute = std::max(0, refillPerMinute);
    m_buckets.clear();
}

double RateLimiter::refilledLevel(const QString &key)
{
    const qint64 now = m_clock.nowMs();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_capacity), now});
    const double refill = double(now - it->updatedAtMs) * m_refillPerMinute / 60000.0;
    it->level = std::min(double(m_capacity), it->level + refill);
    it->updatedAtMs = now;
    return it->level;
}

RateLimiter::Decision RateLimiter::consume(const QString &key)
{
    const double level = refilledLevel(key);
    if (level >= 1.0) {
        m_buckets[key].level = level - 1.0;
        return Decision{true, int(std::floor(level - 1.0)), 0};
    }
    int retryAfter = 60;
    if (m_refillPerMinute > 0)
        retryAfter = std::max(1, int(std::ceil((1.0 - level) * 60.0 / m_refillPerMinute)));
    return Decision{false, 0, retryAfter};
}

int RateLimiter::remaining(const QString &key)
{
    return int(std::floor(refilledLevel(key)));
}

} // namespace PeeringDesk
