// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeerTimeline.h"
#include "SandboxAccessEntry.h"
#include "SandboxCluster.h"
#include "SandboxContainer.h"
#include "SandboxPeer.h"
#include "SandboxProject.h"

#include <QList>

#include <optional>

namespace PeeringDesk {

class SandboxClock;

/// The in-memory Atlas: projects, containers, peers, clusters and IP access lists, seeded with SandboxSeed.
class AtlasSandboxState
{
public:
    /// Peers move through their statuses by `clock`, which must outlive this.
    explicit AtlasSandboxState(const SandboxClock &clock);

    void setStatusStepMs(int ms) { m_statusStepMs = ms; }
    /// Peers created from now on wait for acceptPeer() at PENDING_ACCEPTANCE / WAITING_FOR_USER.
    void setRequireAcceptance(bool require) { m_requireAcceptance = require; }
    bool requireAcceptance() const { return m_requireAcceptance; }
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
    /// Plays the cloud-side step (AWS accept, GCP reverse peering). Returns the errorCode of the refusal, or empty.
    QString acceptPeer(const QString &groupId, const QString &peerId);
    /// The peer's status name as rendered now (AWS statusName, Azure and Google Cloud status).
    QString statusOf(const SandboxPeer &peer) const;
    /// True while a peer in `containerId` of the project reads AVAILABLE.
    bool hasAvailablePeer(const QString &groupId, const QString &containerId);
    /// Adds `count` settled (AVAILABLE) peers with distinct networks directly, past the 50-peer limit, for paging.
    QStringList seedPeers(const QString &groupId, Provider provider, int count);
    /// Adds writable projects "Sandbox Project 1" to "Sandbox Project N", each with one container per provider (the
    /// demo project's regions and blocks), so a form can span projects. Ids are fixed: seededProjectId(n).
    QStringList seedProjects(int count);
    /// The id of seeded project n (from 1): 5f0a1b2c3d4e5f6a7b8c plus n in 4 hex digits.
    static QString seededProjectId(int n);
    /// The id of seeded project n's container of `provider`: the demo container's id with n in digits 7 to 10.
    static QString seededContainerId(int n, Provider provider);

    /// The container a cluster in `provider` and `regionName` runs in: the one of that region for AWS and Azure,
    /// the project's only one for Google Cloud, whose containers span regions.
    const SandboxContainer *containerFor(const QString &groupId, Provider provider, const QString &regionName) const;

    QList<SandboxCluster> clusters(const QString &groupId) const;
    const SandboxCluster *cluster(const QString &groupId, const QString &name) const;
    /// Gives the cluster an id and a creation time when it has none.
    SandboxCluster addCluster(SandboxCluster cluster);

    QList<SandboxAccessEntry> accessEntries(const QString &groupId) const;
    /// The entry whose value() is `value`, already in canonical form.
    const SandboxAccessEntry *accessEntry(const QString &groupId, const QString &value) const;
    /// Adds each entry, or updates the comment of the entry with the same value (Atlas makes no duplicate).
    void putAccessEntries(const QList<SandboxAccessEntry> &entries);
    bool removeAccessEntry(const QString &groupId, const QString &value);
    /// PENDING for one status step after the entry was added, then ACTIVE.
    QString accessEntryStatus(const SandboxAccessEntry &entry) const;

    static QString newObjectId();

private:
    void dropGonePeers();

    const SandboxClock &m_clock;
    int m_statusStepMs = 3000;
    bool m_requireAcceptance = false;
    QList<SandboxProject> m_projects;
    QList<SandboxContainer> m_containers;
    QList<SandboxPeer> m_peers;
    QList<SandboxCluster> m_clusters;
    QList<SandboxAccessEntry> m_accessEntries;
};

} // namespace PeeringDesk
