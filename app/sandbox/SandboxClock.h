// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace PeeringDesk {

/// The sandbox's one sense of time: peer status steps, nonce and token lifetimes, the rate limiter's refill and
/// response delays all read it, so that a test can move them all together.
///
/// It follows the monotonic system clock until freeze() or advance() is called; from then on it moves only when
/// advance() is called. The app's --sandbox and atlas-sandbox never freeze it, so they keep real-time behaviour.
/// A test that needs a peer three steps on, an expired nonce or a refilled bucket advances the clock instead of
/// sleeping, which is both faster and free of the races a loaded machine brings to real-time waits.
class SandboxClock
{
public:
    SandboxClock();

    /// Milliseconds since the clock was made; never goes backwards.
    qint64 nowMs() const;
    bool isFrozen() const { return m_frozenAtMs.has_value(); }
    /// Stops following real time at the current reading.
    void freeze();
    /// Moves the clock `ms` forward (freezing it first, if it was not), running each action that callAfter()
    /// scheduled within that span at its own time, in time order.
    void advance(qint64 ms);
    /// Runs `action` after `delayMs` on this clock, unless `context` is destroyed first. While the clock follows
    /// real time this is a single-shot timer; a frozen clock runs it from advance().
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> action);
    /// On a frozen clock: advances to the earliest action callAfter() scheduled and runs it (with any due at the
    /// same time). False, with the clock unmoved, when nothing is scheduled.
    bool advanceToNext();

private:
    struct Scheduled
    {
        qint64 dueMs = 0;
        quint64 sequence = 0; ///< Keeps actions due at the same time in the order they were scheduled.
        QPointer<QObject> context;
        std::function<void()> action;
    };

    QElapsedTimer m_real;
    std::optional<qint64> m_frozenAtMs;
    std::vector<Scheduled> m_scheduled;
    quint64 m_nextSequence = 0;
};

} // namespace PeeringDesk
