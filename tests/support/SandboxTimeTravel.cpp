// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTimeTravel.h"

#include "SandboxClock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>

namespace PeeringDesk::TestSupport {

SandboxTimeTravel::SandboxTimeTravel(SandboxClock &clock)
    : m_clock(clock)
{
    m_clock.freeze();
}

bool SandboxTimeTravel::runUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        // Let what is already on its way (bytes on loopback, queued signals) land before time moves on, so that
        // answers keep the order they would have in real time.
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (done())
            return true;
        if (!m_clock.advanceToNext())
            QTest::qWait(1);
    }
    return true;
}

} // namespace PeeringDesk::TestSupport
