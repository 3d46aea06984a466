// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeerTimeline.h"
#include "SandboxContainer.h"
#include "SandboxPeer.h"
#include "SandboxProject.h"

#include <QElapsedTimer>
#include <QList>

#include <optional>

namespace PeeringDesk {

/// The in-memory Atlas: projects, containers and peers, seeded with SandboxSeed.
class AtlasSandboxState
{
public:
    AtlasSandboxState();

    void setStatusStepMs(int ms) { m_statusStepMs = ms; }
    PeerTimeline timeline() const;

    const QList<SandboxProject> &projects() const { return m_projects; }
    const SandboxProject *project(const QString &groupId) const;

    QList<SandboxContainer> containers(const QString &groupId, std::optional<Provider> provider = std::nullopt) const;
    const SandboxContainer *container(const QString &groupId, const QString &containerId) const;
    void addContainer(const SandboxContainer &container);

    /// Peers not yet gone after deletion, in creation order.
    QList<SandboxPeer> peers(const QString &groupId, std::optional<Provider> provider = std::nullopt);
    const SandboxPeer *peer(const QString &groupId, const QString &peerId);
    SandboxPeer addPeer(SandboxPeer peer);
    void markDeleted(const QString &peerId);
    /// Adds `count` valid peers of `provider` in the container at once, bypassing validation, the rate limit and
    /// the 50-per-project cap: only for load tests and the benchmark. Returns how many were added.
    int seedPeers(const QString &groupId, const QString &containerId, Provider provider, int count);

    static QString newObjectId();

private:
    void dropGonePeers();

    QElapsedTimer m_clock;
    int m_statusStepMs = 3000;
    QList<SandboxProject> m_projects;
    QList<SandboxContainer> m_containers;
    QList<SandboxPeer> m_peers;
};

} // namespace PeeringDesk
