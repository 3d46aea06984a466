// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace PeeringDesk {

class SandboxClock;

/// A token bucket per key (the sandbox uses one per project), refilled continuously.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0;
        int retryAfterSeconds = 0;
    };

    /// Refills by `clock`, which must outlive this.
    explicit RateLimiter(const SandboxClock &clock);

    void configure(int capacity, int refillPerMinute);
    int capacity() const { return m_capacity; }
    int refillPerMinute() const { return m_refillPerMinute; }
    Decision consume(const QString &key);
    int remaining(const QString &key);

private:
    double refilledLevel(const QString &key);

    struct Bucket
    {
        double level = 0;
        qint64 updatedAtMs = 0;
    };

    const SandboxClock &m_clock;
    QHash<QString, Bucket> m_buckets;
    int m_capacity = 100;
    int m_refillPerMinute = 100;
};

} // namespace PeeringDesk
