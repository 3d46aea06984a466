// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace PeeringDesk {

namespace {

constexpr int idleMs = 1000;

QByteArray statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(QByteArray(name + ':'))) {
            return line.mid(name.size() + 1).replace("kB", "").trimmed();
        }
    }
    return "?";
}

} // namespace

void StartupProbe::attachIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIntValue("PEERING_DESK_BENCH_STARTUP") == 1) {
        new StartupProbe(window);
    }
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // Children paint and the backing store flushes in the same pass; the zero timer fires once it is done.
        QTimer::singleShot(0, this, &StartupProbe::reportPainted);
    }
    return false;
}

void StartupProbe::reportPainted()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    std::fprintf(stderr, "peering-bench: painted realtime_us=%lld\n",
                 static_cast<long long>(now.tv_sec) * 1000000LL + now.tv_nsec / 1000);
    std::fflush(stderr);
    QTimer::singleShot(idleMs, this, &StartupProbe::reportIdle);
}

void StartupProbe::reportIdle()
{
    QFile file(QStringLiteral("/proc/self/status"));
    const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    std::fprintf(stderr, "peering-bench: idle vmhwm_kib=%s vmrss_kib=%s\n", statusField(status, "VmHWM").constData(),
                 statusField(status, "VmRSS").constData());
    std::fflush(stderr);
    QCoreApplication::quit();
}

} // namespace PeeringDesk
