// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace PeeringDesk {
class AtlasReply;
}

namespace PeeringDesk::TestSupport {

/// Waits for AtlasReplies and checks the promise of one finished() per call.
///
/// Each reply is watched from the moment a test waits on it until the end of the test, so a second report is
/// caught however late it comes; the quiet period a late report needs is spent once per test (in cleanup), not
/// once per reply.
class ReplyWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Waits until `reply` has reported; false on a timeout or if it reported more than once so far.
    bool finishes(AtlasReply *reply, int timeoutMs = 15000);
    /// Spends one short quiet period, then checks that no watched reply reported twice. For cleanup().
    bool noneReportedTwice();
    /// Forgets every reply (the client that owns them is about to go).
    void clear();

private:
    struct Watched
    {
        QPointer<AtlasReply> reply;
        int reports = 0;
        bool finishedBeforeWatching = false;
    };

    QHash<const AtlasReply *, Watched> m_watched;
};

} // namespace PeeringDesk::TestSupport
