// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace PeeringDesk {

/// The benchmark's start-up hook (bench/, docs/BENCHMARKS.md). Inert unless PEERING_DESK_BENCH_STARTUP=1.
///
/// When enabled it watches `window`: after its first paint, once the event loop has drained (a zero timer),
/// it prints `peering-bench: painted realtime_us=<CLOCK_REALTIME µs>` on stderr; after one more second of
/// idle it prints `peering-bench: idle vmhwm_kib=<peak RSS> vmrss_kib=<RSS>` and quits the application.
/// The baseline window in bench/ uses the same probe, so both are measured the same way.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    /// Attaches a probe to `window` (which owns it) when the environment asks for one; otherwise does nothing.
    static void attachIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);
    void reportPainted();
    void reportIdle();

    bool m_painted = false;
};

} // namespace PeeringDesk
