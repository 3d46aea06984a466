// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterEndpoints.h"

#include "Pagination.h"
#include "SandboxSeed.h"

#include <QJsonArray>

namespace PeeringDesk {

namespace {

const QString v20240805 = QStringLiteral("2024-08-05");
const QString v20230201 = QStringLiteral("2023-02-01");
const QString v20230101 = QStringLiteral("2023-01-01");
constexpr int nodeCount = 3;
constexpr int electablePriority = 7;
constexpr double diskSizeGB = 10;

/// A stable 24-hex id for a cluster's replication spec or zone, derived from the cluster's own id.
QString derivedId(const SandboxCluster &cluster, QChar marker)
{
    return cluster.id.left(22) + marker + cluster.id.right(1);
}

/// "mongodb://name-shard-00-00<suffix>.tag.mongodb.net:27017,…" for the three members of the replica set.
QString memberList(const QString &host, const QString &suffix)
{
    QStringList members;
    for (int i = 0; i < nodeCount; ++i)
        members.append(QStringLiteral("%1-shard-00-%2%3.%4.mongodb.net:27017")
                           .arg(host)
                           .arg(i, 2, 10, QLatin1Char('0'))
                           .arg(suffix, SandboxSeed::clusterHostTag));
    return QStringLiteral("mongodb://") + members.join(QLatin1Char(','));
}

QJsonObject hardware(const SandboxCluster &cluster, int nodes, bool withDisk)
{
    QJsonObject spec{{QStringLiteral("instanceSize"), cluster.instanceSize}, {QStringLiteral("nodeCount"), nodes}};
    if (withDisk)
        spec.insert(QStringLiteral("diskSizeGB"), diskSizeGB);
    return spec;
}

} // namespace

const QStringList &ClusterEndpoints::versions()
{
    static const QStringList all{v20240805, v20230201, v20230101};
    return all;
}

ClusterEndpoints::ClusterEndpoints(AtlasSandboxState &state)
    : m_state(state)
{}

QJsonObject ClusterEndpoints::connectionStrings(const SandboxCluster &cluster)
{
    const QString host = cluster.name.toLower();
    const QString domain = QLatin1Char('.') + SandboxSeed::clusterHostTag + QStringLiteral(".mongodb.net");
    QJsonObject strings{{QStringLiteral("standard"), memberList(host, {})},
                        {QStringLiteral("standardSrv"), QString(QStringLiteral("mongodb+srv://") + host + domain)}};
    // Computed at answer time: the peer's status moves on the clock, and a peer being deleted takes them away.
    const SandboxContainer *container = m_state.containerFor(cluster.groupId, cluster.provider, cluster.regionName);
    if (container && m_state.hasAvailablePeer(cluster.groupId, container->id)) {
        strings.insert(QStringLiteral("private"), memberList(host, QStringLiteral("-pri")));
        strings.insert(QStringLiteral("privateSrv"),
                       QString(QStringLiteral("mongodb+srv://") + host + QStringLiteral("-pri") + domain));
    }
    return strings;
}

QJsonObject ClusterEndpoints::render(const SandboxCluster &cluster, const QUrl &baseUrl, const QString &version)
{
    const QString provider = providerWireName(cluster.provider);
    const QString href = baseUrl.toString() + QStringLiteral("/api/atlas/v2/groups/") + cluster.groupId +
                         QStringLiteral("/clusters/") + cluster.name;
    QJsonObject json{
        {QStringLiteral("id"), cluster.id},
        {QStringLiteral("groupId"), cluster.groupId},
        {QStringLiteral("name"), cluster.name},
        {QStringLiteral("clusterType"), QStringLiteral("REPLICASET")},
        {QStringLiteral("stateName"), cluster.stateName},
        {QStringLiteral("createDate"), cluster.created.toString(Qt::ISODate)},
        {QStringLiteral("mongoDBMajorVersion"), QStringLiteral("8.0")},
        {QStringLiteral("mongoDBVersion"), QStringLiteral("8.0.4")},
        {QStringLiteral("paused"), false},
        {QStringLiteral("backupEnabled"), false},
        {QStringLiteral("pitEnabled"), false},
        {QStringLiteral("terminationProtectionEnabled"), false},
        {QStringLiteral("versionReleaseSystem"), QStringLiteral("LTS")},
        {QStringLiteral("connectionStrings"), connectionStrings(cluster)},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("href"), href}, {QStringLiteral("rel"), QStringLiteral("self")}}}},
    };

    if (version == v20230101) {
        // The legacy view: one provider and region in providerSettings, the nodes per region in a map.
        const QJsonObject regionSpec{{QStringLiteral("electableNodes"), nodeCount},
                                     {QStringLiteral("priority"), electablePriority},
                                     {QStringLiteral("readOnlyNodes"), 0},
                                     {QStringLiteral("analyticsNodes"), 0}};
        const QJsonObject regions{{cluster.regionName, regionSpec}};
        json.insert(QStringLiteral("providerSettings"),
                    QJsonObject{{QStringLiteral("providerName"), provider},
                                {QStringLiteral("regionName"), cluster.regionName},
                                {QStringLiteral("instanceSizeName"), cluster.instanceSize}});
        json.insert(QStringLiteral("numShards"), 1);
        json.insert(QStringLiteral("replicationFactor"), nodeCount);
        json.insert(QStringLiteral("diskSizeGB"), diskSizeGB);
        json.insert(QStringLiteral("providerBackupEnabled"), false);
        json.insert(QStringLiteral("replicationSpec"), regions);
        json.insert(QStringLiteral("replicationSpecs"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), derivedId(cluster, QLatin1Char('e'))},
                                           {QStringLiteral("numShards"), 1},
                                           {QStringLiteral("zoneName"), QStringLiteral("Zone 1")},
                                           {QStringLiteral("regionsConfig"), regions}}});
        const QJsonObject strings = json.value(QStringLiteral("connectionStrings")).toObject();
        json.insert(QStringLiteral("mongoURI"), strings.value(QStringLiteral("standard")));
        json.insert(QStringLiteral("mongoURIWithOptions"),
                    QString(strings.value(QStringLiteral("standard")).toString() +
                            QStringLiteral("/?ssl=true&authSource=admin&replicaSet=atlas-%1-shard-0")
                                .arg(SandboxSeed::clusterHostTag)));
        json.insert(QStringLiteral("srvAddress"), strings.value(QStringLiteral("standardSrv")));
        return json;
    }

    // 2023-02-01 and 2024-08-05: regionConfigs per replication spec. 2024-08-05 puts the disk size in the hardware
    // specs and drops numShards (each spec is one shard there).
    const bool newest = version == v20240805;
    QJsonObject regionConfig{{QStringLiteral("providerName"), provider},
                             {QStringLiteral("regionName"), cluster.regionName},
                             {QStringLiteral("priority"), electablePriority},
                             {QStringLiteral("electableSpecs"), hardware(cluster, nodeCount, newest)},
                             {QStringLiteral("readOnlySpecs"), hardware(cluster, 0, newest)},
                             {QStringLiteral("analyticsSpecs"), hardware(cluster, 0, newest)}};
    QJsonObject spec{{QStringLiteral("id"), derivedId(cluster, QLatin1Char('e'))},
                     {QStringLiteral("zoneId"), derivedId(cluster, QLatin1Char('f'))},
                     {QStringLiteral("zoneName"), QStringLiteral("Zone 1")},
                     {QStringLiteral("regionConfigs"), QJsonArray{regionConfig}}};
    if (!newest) {
        spec.insert(QStringLiteral("numShards"), 1);
        json.insert(QStringLiteral("diskSizeGB"), diskSizeGB);
    }
    json.insert(QStringLiteral("replicationSpecs"), QJsonArray{spec});
    return json;
}

ApiResult ClusterEndpoints::list(const QString &groupId, const QUrlQuery &query, const QUrl &self, const QUrl &baseUrl,
                                 const QString &version)
{
    QJsonArray all;
    for (const SandboxCluster &cluster : m_state.clusters(groupId))
        all.append(render(cluster, baseUrl, version));
    return ApiResult::list(Pagination(query).page(all, self));
}

ApiResult ClusterEndpoints::get(const QString &groupId, const QString &name, const QUrl &baseUrl,
                                const QString &version)
{
    const SandboxCluster *cluster = m_state.cluster(groupId, name);
    if (!cluster)
        return ApiResult::error(SandboxError(
            404, QStringLiteral("CLUSTER_NOT_FOUND"),
            QStringLiteral("No cluster named %1 exists in group %2.").arg(name, groupId), QJsonArray{name, groupId}));
    return ApiResult::ok(render(*cluster, baseUrl, version));
}

} // namespace PeeringDesk
