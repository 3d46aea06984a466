// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace PeeringDesk {

/// Measures how long the main thread is unavailable: a 1 ms precise timer records the gap between its own
/// consecutive ticks. A gap is an upper bound of a stall (it includes the 1 ms interval).
class StallDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallDetector)

public:
    struct Summary
    {
        int samples = 0;
        double maxMs = 0;
        double p99Ms = 0;
        double medianMs = 0;
        int over16Ms = 0;
    };

    explicit StallDetector(QObject *parent = nullptr);

    void start();
    /// Stops and summarizes the gaps seen since start().
    Summary stop();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QList<double> m_gapsMs;
};

} // namespace PeeringDesk
