// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace PeeringDesk {
class SandboxClock;
}

namespace PeeringDesk::TestSupport {

/// Runs the event loop with the sandbox's clock frozen, and whenever nothing else is happening moves the clock on
/// to the next answer the sandbox holds back (SandboxServer::setResponseDelayMs), so a slow server costs the test
/// no real time. The client's own timers still run in real time: this never makes a client time out.
class SandboxTimeTravel
{
public:
    /// Freezes `clock`.
    explicit SandboxTimeTravel(SandboxClock &clock);

    /// True once `done` holds; false after `timeoutMs` of real time.
    bool runUntil(const std::function<bool()> &done, int timeoutMs = 10000);

private:
    SandboxClock &m_clock;
};

} // namespace PeeringDesk::TestSupport
