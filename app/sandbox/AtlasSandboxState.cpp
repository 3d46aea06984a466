// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasSandboxState.h"

#include "SandboxClock.h"
#include "SandboxSeed.h"

#include <QRandomGenerator>

#include <algorithm>

namespace PeeringDesk {

namespace {

QString randomHex(int digits)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(digits);
    for (int i = 0; i < digits; ++i)
        out += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return out;
}

} // namespace

AtlasSandboxState::AtlasSandboxState(const SandboxClock &clock)
    : m_clock(clock)
{
    const QDateTime created = QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);
    m_projects.append({SandboxSeed::demoGroupId, SandboxSeed::demoGroupName, SandboxSeed::orgId, created, true});
    m_projects.append(
        {SandboxSeed::readOnlyGroupId, SandboxSeed::readOnlyGroupName, SandboxSeed::orgId, created, false});

    SandboxContainer aws;
    aws.id = SandboxSeed::awsContainerId;
    aws.groupId = SandboxSeed::demoGroupId;
    aws.provider = Provider::Aws;
    aws.atlasCidrBlock = SandboxSeed::awsAtlasCidrBlock;
    aws.regionName = SandboxSeed::awsRegionName;
    aws.vpcId = SandboxSeed::awsContainerVpcId;
    m_containers.append(aws);

    SandboxContainer azure;
    azure.id = SandboxSeed::azureContainerId;
    azure.groupId = SandboxSeed::demoGroupId;
    azure.provider = Provider::Azure;
    azure.atlasCidrBlock = SandboxSeed::azureAtlasCidrBlock;
    azure.regionName = SandboxSeed::azureRegion;
    azure.azureSubscriptionId = SandboxSeed::azureContainerSubscriptionId;
    azure.vnetName = SandboxSeed::azureContainerVnetName;
    m_containers.append(azure);

    SandboxContainer gcp;
    gcp.id = SandboxSeed::gcpContainerId;
    gcp.groupId = SandboxSeed::demoGroupId;
    gcp.provider = Provider::Gcp;
    gcp.atlasCidrBlock = SandboxSeed::gcpAtlasCidrBlock;
    gcp.regions = {SandboxSeed::gcpRegion};
    gcp.gcpProjectId = SandboxSeed::gcpContainerProjectId;
    gcp.networkName = SandboxSeed::gcpContainerNetworkName;
    m_containers.append(gcp);
}

PeerTimeline AtlasSandboxState::timeline() const
{
    return PeerTimeline(m_clock.nowMs(), m_statusStepMs);
}

const SandboxProject *AtlasSandboxState::project(const QString &groupId) const
{
    for (const SandboxProject &candidate : m_projects) {
        if (candidate.id == groupId)
            return &candidate;
    }
    return nullptr;
}

QList<SandboxContainer> AtlasSandboxState::containers(const QString &groupId, std::optional<Provider> provider) const
{
    QList<SandboxContainer> out;
    for (const SandboxContainer &candidate : m_containers) {
        if (candidate.groupId == groupId && (!provider || candidate.provider == *provider))
            out.append(candidate);
    }
    return out;
}

const SandboxContainer *AtlasSandboxState::container(const QString &groupId, const QString &containerId) const
{
    for (const SandboxContainer &candidate : m_containers) {
        if (candidate.groupId == groupId && candidate.id == containerId)
            return &candidate;
    }
    return nullptr;
}

void AtlasSandboxState::addContainer(const SandboxContainer &container)
{
    m_containers.append(container);
}

void AtlasSandboxState::dropGonePeers()
{
    const PeerTimeline now = timeline();
    m_peers.removeIf([&now](const SandboxPeer &candidate) { return now.isGone(candidate); });
}

QList<SandboxPeer> AtlasSandboxState::peers(const QString &groupId, std::optional<Provider> provider)
{
    dropGonePeers();
    QList<SandboxPeer> out;
    for (const SandboxPeer &candidate : std::as_const(m_peers)) {
        if (candidate.groupId == groupId && (!provider || candidate.provider == *provider))
            out.append(candidate);
    }
    return out;
}

const SandboxPeer *AtlasSandboxState::peer(const QString &groupId, const QString &peerId)
{
    dropGonePeers();
    for (const SandboxPeer &candidate : std::as_const(m_peers)) {
        if (candidate.groupId == groupId && candidate.id == peerId)
            return &candidate;
    }
    return nullptr;
}

SandboxPeer AtlasSandboxState::addPeer(SandboxPeer peer)
{
    peer.id = newObjectId();
    peer.createdAtMs = m_clock.nowMs();
    if (peer.provider == Provider::Aws)
        peer.connectionId = QStringLiteral("pcx-") + randomHex(17);
    peer.needsAcceptance = m_requireAcceptance && peer.provider != Provider::Azure;
    m_peers.append(peer);
    return peer;
}

void AtlasSandboxState::markDeleted(const QString &peerId)
{
    for (SandboxPeer &candidate : m_peers) {
        if (candidate.id == peerId && candidate.deletedAtMs < 0)
            candidate.deletedAtMs = m_clock.nowMs();
    }
}

QString AtlasSandboxState::acceptPeer(const QString &groupId, const QString &peerId)
{
    dropGonePeers();
    const PeerTimeline now = timeline();
    for (SandboxPeer &candidate : m_peers) {
        if (candidate.groupId != groupId || candidate.id != peerId)
            continue;
        const SandboxContainer *owner = container(groupId, candidate.containerId);
        const QJsonObject rendered = now.render(candidate, owner ? *owner : SandboxContainer{});
        const QString status =
            rendered.value(QStringLiteral("statusName")).toString(rendered.value(QStringLiteral("status")).toString());
        if (status != QStringLiteral("PENDING_ACCEPTANCE") && status != QStringLiteral("WAITING_FOR_USER"))
            return QStringLiteral("PEER_INVALID_STATE");
        // From here on the peer follows the accepted path, whichever mode it was created in.
        candidate.needsAcceptance = true;
        candidate.acceptedAtMs = m_clock.nowMs();
        return {};
    }
    return QStringLiteral("PEER_NOT_FOUND");
}

QStringList AtlasSandboxState::seedPeers(const QString &groupId, Provider provider, int count)
{
    const SandboxContainer *owner = nullptr;
    for (const SandboxContainer &candidate : m_containers) {
        if (candidate.groupId == groupId && candidate.provider == provider) {
            owner = &candidate;
            break;
        }
    }
    QStringList ids;
    // Old enough that every step of the timeline has passed, so they read as AVAILABLE at once.
    const qint64 settledAt = m_clock.nowMs() - 10LL * std::max(1, m_statusStepMs);
    for (int i = 0; i < count; ++i) {
        SandboxPeer peer;
        peer.id = newObjectId();
        peer.groupId = groupId;
        peer.provider = provider;
        peer.containerId = owner ? owner->id : QString();
        peer.createdAtMs = settledAt;
        const QString serial = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        switch (provider) {
        case Provider::Aws:
            peer.connectionId = QStringLiteral("pcx-") + randomHex(17);
            peer.requestFields = {
                {QStringLiteral("accepterRegionName"), QJsonValue::Null},
                {QStringLiteral("awsAccountId"), QString(QStringLiteral("100000") + serial)},
                {QStringLiteral("routeTableCidrBlock"), QStringLiteral("10.%1.%2.0/24").arg(16 + i / 256).arg(i % 256)},
                {QStringLiteral("vpcId"), QString(QStringLiteral("vpc-00000000000") + serial)}};
            break;
        case Provider::Azure:
            peer.requestFields = {
                {QStringLiteral("azureDirectoryId"), QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d")},
                {QStringLiteral("azureSubscriptionId"),
                 QString(QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a") + serial)},
                {QStringLiteral("resourceGroupName"), QString(QStringLiteral("rg-") + serial)},
                {QStringLiteral("vnetName"), QString(QStringLiteral("vnet-") + serial)}};
            break;
        case Provider::Gcp:
            peer.requestFields = {{QStringLiteral("gcpProjectId"), QStringLiteral("seeded-project")},
                                  {QStringLiteral("networkName"), QString(QStringLiteral("net-") + serial)}};
            break;
        }
        m_peers.append(peer);
        ids.append(peer.id);
    }
    return ids;
}

QString AtlasSandboxState::newObjectId()
{
    return randomHex(24);
}

} // namespace PeeringDesk
