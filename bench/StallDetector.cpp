// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallDetector.h"

#include <algorithm>
#include <cmath>

namespace PeeringDesk {

StallDetector::StallDetector(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallDetector::tick);
}

void StallDetector::start()
{
    m_gapsMs.clear();
    m_gapsMs.reserve(20000);
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallDetector::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gapsMs.append(static_cast<double>(now - m_lastNs) / 1e6);
    m_lastNs = now;
}

StallDetector::Summary StallDetector::stop()
{
    m_timer.stop();
    // The time since the last tick counts too: a stall right before stop() must not vanish.
    m_gapsMs.append(static_cast<double>(m_clock.nsecsElapsed() - m_lastNs) / 1e6);
    Summary summary;
    summary.samples = static_cast<int>(m_gapsMs.size());
    QList<double> sorted = m_gapsMs;
    std::sort(sorted.begin(), sorted.end());
    summary.maxMs = sorted.last();
    summary.medianMs = sorted.at(sorted.size() / 2);
    const auto p99Index = static_cast<qsizetype>(std::ceil(0.99 * static_cast<double>(sorted.size()))) - 1;
    summary.p99Ms = sorted.at(std::clamp<qsizetype>(p99Index, 0, sorted.size() - 1));
    summary.over16Ms =
        static_cast<int>(std::count_if(sorted.cbegin(), sorted.cend(), [](double gap) { return gap > 16.0; }));
    return summary;
}

} // namespace PeeringDesk
