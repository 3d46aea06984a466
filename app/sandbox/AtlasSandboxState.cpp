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

    const struct
    {
        const QString &id;
        const QString &name;
        Provider provider;
        const QString &region;
    } demoClusters[] = {
        {SandboxSeed::awsClusterId, SandboxSeed::awsClusterName, Provider::Aws, SandboxSeed::awsRegionName},
        {SandboxSeed::azureClusterId, SandboxSeed::azureClusterName, Provider::Azure, SandboxSeed::azureRegion},
        {SandboxSeed::gcpClusterId, SandboxSeed::gcpClusterName, Provider::Gcp, SandboxSeed::gcpRegion},
    };
    for (const auto &seeded : demoClusters) {
        SandboxCluster cluster;
        cluster.id = seeded.id;
        cluster.groupId = SandboxSeed::demoGroupId;
        cluster.name = seeded.name;
        cluster.provider = seeded.provider;
        cluster.regionName = seeded.region;
        cluster.created = created.addDays(1);
        m_clusters.append(cluster);
    }
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

QString AtlasSandboxState::statusOf(const SandboxPeer &peer) const
{
    const SandboxContainer *owner = container(peer.groupId, peer.containerId);
    const QJsonObject rendered = timeline().render(peer, owner ? *owner : SandboxContainer{});
    return rendered.value(QStringLiteral("statusName")).toString(rendered.value(QStringLiteral("status")).toString());
}

bool AtlasSandboxState::hasAvailablePeer(const QString &groupId, const QString &containerId)
{
    const QList<SandboxPeer> live = peers(groupId);
    return std::any_of(live.cbegin(), live.cend(), [this, &containerId](const SandboxPeer &candidate) {
        return candidate.containerId == containerId && statusOf(candidate) == QStringLiteral("AVAILABLE");
    });
}

QString AtlasSandboxState::acceptPeer(const QString &groupId, const QString &peerId)
{
    dropGonePeers();
    for (SandboxPeer &candidate : m_peers) {
        if (candidate.groupId != groupId || candidate.id != peerId)
            continue;
        const QString status = statusOf(candidate);
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

QString AtlasSandboxState::seededProjectId(int n)
{
    return QStringLiteral("5f0a1b2c3d4e5f6a7b8c%1").arg(n, 4, 16, QLatin1Char('0'));
}

QString AtlasSandboxState::seededContainerId(int n, Provider provider)
{
    const QString suffix = provider == Provider::Aws     ? QStringLiteral("a001")
                           : provider == Provider::Azure ? QStringLiteral("b002")
                                                         : QStringLiteral("c003");
    // Concatenated, not arg(): "%10…" would read as placeholder 10.
    return QStringLiteral("64b0aa") + QStringLiteral("%1").arg(n, 4, 16, QLatin1Char('0')) +
           QStringLiteral("0000000000") + suffix;
}

QStringList AtlasSandboxState::seedProjects(int count)
{
    // Numbered after the projects seeded before, so a second call adds more instead of repeating ids.
    int first = 1;
    while (project(seededProjectId(first)))
        ++first;
    const QDateTime created = QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);
    QStringList ids;
    for (int n = first; n < first + count; ++n) {
        const QString groupId = seededProjectId(n);
        const QString number = QStringLiteral("%1").arg(n, 4, 16, QLatin1Char('0'));
        m_projects.append({groupId, QStringLiteral("Sandbox Project %1").arg(n), SandboxSeed::orgId, created, true});

        SandboxContainer aws;
        aws.id = seededContainerId(n, Provider::Aws);
        aws.groupId = groupId;
        aws.provider = Provider::Aws;
        aws.atlasCidrBlock = SandboxSeed::awsAtlasCidrBlock;
        aws.regionName = SandboxSeed::awsRegionName;
        aws.vpcId = QStringLiteral("vpc-0a1b2c3d4e5f6") + number;
        m_containers.append(aws);

        SandboxContainer azure;
        azure.id = seededContainerId(n, Provider::Azure);
        azure.groupId = groupId;
        azure.provider = Provider::Azure;
        azure.atlasCidrBlock = SandboxSeed::azureAtlasCidrBlock;
        azure.regionName = SandboxSeed::azureRegion;
        azure.azureSubscriptionId = QStringLiteral("64b0ab") + number + QStringLiteral("0000000000b0aa");
        azure.vnetName = QStringLiteral("vnet_") + azure.id;
        m_containers.append(azure);

        SandboxContainer gcp;
        gcp.id = seededContainerId(n, Provider::Gcp);
        gcp.groupId = groupId;
        gcp.provider = Provider::Gcp;
        gcp.atlasCidrBlock = SandboxSeed::gcpAtlasCidrBlock;
        gcp.regions = {SandboxSeed::gcpRegion};
        gcp.gcpProjectId = QStringLiteral("p-sandbox") + number + QStringLiteral("0000000000gcp");
        gcp.networkName = QStringLiteral("nt-%1-sandbox1").arg(gcp.id);
        m_containers.append(gcp);
        ids.append(groupId);
    }
    return ids;
}

const SandboxContainer *AtlasSandboxState::containerFor(const QString &groupId, Provider provider,
                                                        const QString &regionName) const
{
    for (const SandboxContainer &candidate : m_containers) {
        if (candidate.groupId == groupId && candidate.provider == provider &&
            (provider == Provider::Gcp || candidate.regionName == regionName))
            return &candidate;
    }
    return nullptr;
}

QList<SandboxCluster> AtlasSandboxState::clusters(const QString &groupId) const
{
    QList<SandboxCluster> out;
    for (const SandboxCluster &candidate : m_clusters) {
        if (candidate.groupId == groupId)
            out.append(candidate);
    }
    return out;
}

const SandboxCluster *AtlasSandboxState::cluster(const QString &groupId, const QString &name) const
{
    for (const SandboxCluster &candidate : m_clusters) {
        if (candidate.groupId == groupId && candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

SandboxCluster AtlasSandboxState::addCluster(SandboxCluster cluster)
{
    if (cluster.id.isEmpty())
        cluster.id = newObjectId();
    if (!cluster.created.isValid())
        cluster.created = QDateTime::currentDateTimeUtc();
    m_clusters.append(cluster);
    return cluster;
}

QList<SandboxAccessEntry> AtlasSandboxState::accessEntries(const QString &groupId) const
{
    QList<SandboxAccessEntry> out;
    for (const SandboxAccessEntry &candidate : m_accessEntries) {
        if (candidate.groupId == groupId)
            out.append(candidate);
    }
    return out;
}

const SandboxAccessEntry *AtlasSandboxState::accessEntry(const QString &groupId, const QString &value) const
{
    for (const SandboxAccessEntry &candidate : m_accessEntries) {
        if (candidate.groupId == groupId && candidate.value() == value)
            return &candidate;
    }
    return nullptr;
}

void AtlasSandboxState::putAccessEntries(const QList<SandboxAccessEntry> &entries)
{
    for (SandboxAccessEntry entry : entries) {
        auto existing = std::find_if(m_accessEntries.begin(), m_accessEntries.end(), [&entry](const auto &candidate) {
            return candidate.groupId == entry.groupId && candidate.value() == entry.value();
        });
        if (existing != m_accessEntries.end()) {
            existing->comment = entry.comment;
            continue;
        }
        entry.addedAtMs = m_clock.nowMs();
        m_accessEntries.append(entry);
    }
}

bool AtlasSandboxState::removeAccessEntry(const QString &groupId, const QString &value)
{
    return m_accessEntries.removeIf([&](const SandboxAccessEntry &candidate) {
        return candidate.groupId == groupId && candidate.value() == value;
    }) > 0;
}

QString AtlasSandboxState::accessEntryStatus(const SandboxAccessEntry &entry) const
{
    return m_clock.nowMs() - entry.addedAtMs < std::max(1, m_statusStepMs) ? QStringLiteral("PENDING")
                                                                           : QStringLiteral("ACTIVE");
}

QString AtlasSandboxState::newObjectId()
{
    return randomHex(24);
}

} // namespace PeeringDesk
