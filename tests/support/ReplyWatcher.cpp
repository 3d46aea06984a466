// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyWatcher.h"

#include "transport/AtlasReply.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace PeeringDesk::TestSupport {

namespace {

// Long enough for a report queued or timed behind the first one to arrive.
constexpr int quietPeriodMs = 50;

} // namespace

bool ReplyWatcher::finishes(AtlasReply *reply, int timeoutMs)
{
    if (!m_watched.contains(reply)) {
        // A reply that already reported before we looked: only check that it does not report again.
        m_watched.insert(reply, Watched{reply, 0, reply->isFinished()});
        connect(reply, &AtlasReply::finished, this, [this, reply] { ++m_watched[reply].reports; });
    }
    const int expected = m_watched[reply].finishedBeforeWatching ? 0 : 1;
    if (m_watched[reply].reports < expected) {
        // An event loop that ends on the signal, not a polling wait: replies arrive in a millisecond or two, and
        // polling would add its interval to every request of every test.
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(reply, &AtlasReply::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        timeout.start(timeoutMs);
        loop.exec();
    }
    return m_watched[reply].reports == expected && reply->isFinished();
}

bool ReplyWatcher::noneReportedTwice()
{
    QTest::qWait(quietPeriodMs);
    bool once = true;
    for (const Watched &watched : std::as_const(m_watched)) {
        const int expected = watched.finishedBeforeWatching ? 0 : 1;
        if (watched.reports > expected) {
            qWarning("a reply reported %d times", watched.reports);
            once = false;
        }
    }
    return once;
}

void ReplyWatcher::clear()
{
    for (const Watched &watched : std::as_const(m_watched)) {
        if (watched.reply)
            disconnect(watched.reply, nullptr, this, nullptr);
    }
    m_watched.clear();
}

} // namespace PeeringDesk::TestSupport
