// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxClock.h"

#include <QTimer>

#include <algorithm>

namespace PeeringDesk {

SandboxClock::SandboxClock()
{
    m_real.start();
}

qint64 SandboxClock::nowMs() const
{
    return m_frozenAtMs ? *m_frozenAtMs : m_real.elapsed();
}

void SandboxClock::freeze()
{
    if (!m_frozenAtMs)
        m_frozenAtMs = m_real.elapsed();
}

void SandboxClock::advance(qint64 ms)
{
    freeze();
    const qint64 target = *m_frozenAtMs + std::max<qint64>(0, ms);
    // One action at a time, picked afresh: an action may schedule another that falls within the same span.
    for (;;) {
        const auto next =
            std::min_element(m_scheduled.begin(), m_scheduled.end(), [](const Scheduled &a, const Scheduled &b) {
                return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.sequence < b.sequence;
            });
        if (next == m_scheduled.end() || next->dueMs > target)
            break;
        const Scheduled due = std::move(*next);
        m_scheduled.erase(next);
        m_frozenAtMs = std::max(*m_frozenAtMs, due.dueMs);
        if (due.context)
            due.action();
    }
    m_frozenAtMs = target;
}

bool SandboxClock::advanceToNext()
{
    if (!m_frozenAtMs || m_scheduled.empty())
        return false;
    const auto next = std::min_element(m_scheduled.begin(), m_scheduled.end(),
                                       [](const Scheduled &a, const Scheduled &b) { return a.dueMs < b.dueMs; });
    advance(std::max<qint64>(0, next->dueMs - *m_frozenAtMs));
    return true;
}

void SandboxClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> action)
{
    if (!m_frozenAtMs) {
        QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, delayMs)), context, std::move(action));
        return;
    }
    m_scheduled.push_back(
        Scheduled{*m_frozenAtMs + std::max<qint64>(0, delayMs), m_nextSequence++, context, std::move(action)});
}

} // namespace PeeringDesk
