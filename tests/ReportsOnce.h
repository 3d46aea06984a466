// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/AtlasReply.h"

#include <QSignalSpy>
#include <QTest>

namespace PeeringDesk::TestSupport {

/// Waits for the reply and checks that it reported exactly once: an AtlasReply promises one finished() per call.
inline bool reportsOnce(AtlasReply *reply, int timeoutMs = 15000)
{
    // A reply that already reported before we looked: only check that it does not report again.
    const bool alreadyFinished = reply->isFinished();
    QSignalSpy spy(reply, &AtlasReply::finished);
    if (!alreadyFinished && !spy.wait(timeoutMs)) {
        return false;
    }
    QTest::qWait(50); // a second report would arrive here
    return spy.count() == (alreadyFinished ? 0 : 1) && reply->isFinished();
}

} // namespace PeeringDesk::TestSupport
