// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtlasSandboxState.h"

#include "SandboxSeed.h"

#include <QRandomGenerator>

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

AtlasSandboxState::AtlasSandboxState()
{
    m_clock.start();
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
    return PeerTimeline(m_clock.elapsed(), m_statusStepMs);
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
    peer.createdAtMs = m_clock.elapsed();
    if (peer.provider == Provider::Aws)
        peer.connectionId = QStringLiteral("pcx-") + randomHex(17);
    m_peers.append(peer);
    return peer;
}

void AtlasSandboxState::markDeleted(const QString &peerId)
{
    for (SandboxPeer &candidate : m_peers) {
        if (candidate.id == peerId && candidate.deletedAtMs < 0)
            candidate.deletedAtMs = m_clock.elapsed();
    }
}

int AtlasSandboxState::seedPeers(const QString &groupId, const QString &containerId, Provider provider, int count)
{
    m_peers.reserve(m_peers.size() + count);
    for (int i = 0; i < count; ++i) {
        // Distinct, valid values; 10.(i/256).(i%256).0/24 keeps AWS route tables apart up to 65,536 peers.
        const QString n = QString::number(i);
        QJsonObject fields;
        switch (provider) {
        case Provider::Aws:
            fields =
                QJsonObject{{QStringLiteral("accepterRegionName"), QStringLiteral("us-west-2")},
                            {QStringLiteral("awsAccountId"), QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0'))},
                            {QStringLiteral("routeTableCidrBlock"),
                             QStringLiteral("10.%1.%2.0/24").arg((i / 256) % 256).arg(i % 256)},
                            {QStringLiteral("vpcId"), QStringLiteral("vpc-%1").arg(i, 17, 16, QLatin1Char('0'))}};
            break;
        case Provider::Azure:
            fields = QJsonObject{
                {QStringLiteral("azureDirectoryId"), QStringLiteral("3f8e2c1a-5b7d-4e9f-a1c2-d3e4f5a6b7c8")},
                {QStringLiteral("azureSubscriptionId"), QStringLiteral("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d")},
                {QStringLiteral("resourceGroupName"), QString(QStringLiteral("seed-rg-") + n)},
                {QStringLiteral("vnetName"), QString(QStringLiteral("seed-vnet-") + n)}};
            break;
        case Provider::Gcp:
            fields = QJsonObject{{QStringLiteral("gcpProjectId"), QString(QStringLiteral("seed-project-") + n)},
                                 {QStringLiteral("networkName"), QString(QStringLiteral("seed-network-") + n)}};
            break;
        }
        SandboxPeer peer;
        peer.groupId = groupId;
        peer.provider = provider;
        peer.containerId = containerId;
        peer.requestFields = fields;
        addPeer(peer);
    }
    return count;
}

QString AtlasSandboxState::newObjectId()
{
    return randomHex(24);
}

} // namespace PeeringDesk
