// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxContainer.h"
#include "SandboxPeer.h"

#include <QJsonObject>

namespace PeeringDesk {

/// Derives a peer's state at a given time from its creation/deletion time and the step length, so the sandbox needs
/// no timers: every read sees the status a real peer would have reached by then.
///
/// AWS:   INITIATING → PENDING_ACCEPTANCE ×2 (connectionId set) → FINALIZING → AVAILABLE
/// Azure: ADDING_PEER → AVAILABLE
/// GCP:   ADDING_PEER → WAITING_FOR_USER → AVAILABLE
/// Peers created with acceptance required wait at PENDING_ACCEPTANCE / WAITING_FOR_USER until accepted, then
/// take one more step (FINALIZING for AWS). Magic values end in FAILED instead (see docs/SANDBOX.md). Deletion:
/// TERMINATING/DELETING for one step, then gone.
class PeerTimeline
{
public:
    PeerTimeline(qint64 nowMs, int stepMs);

    /// True once a deleted peer has finished terminating and must no longer be listed.
    bool isGone(const SandboxPeer &peer) const;
    /// The peer as the API returns it.
    QJsonObject render(const SandboxPeer &peer, const SandboxContainer &container) const;

    static bool isMagicFailure(const SandboxPeer &peer);

private:
    qint64 stepsSince(qint64 startMs) const;

    qint64 m_nowMs;
    int m_stepMs;
};

} // namespace PeeringDesk
