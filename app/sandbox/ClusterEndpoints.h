// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "AtlasSandboxState.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace PeeringDesk {

/// /groups/{groupId}/clusters[/{clusterName}], read only, in each media-type version Atlas serves for clusters.
/// The router has negotiated the version and checked authentication and the project.
class ClusterEndpoints
{
public:
    /// Newest first: the order in which a client that accepts several gets them.
    static const QStringList &versions();

    explicit ClusterEndpoints(AtlasSandboxState &state);

    ApiResult list(const QString &groupId, const QUrlQuery &query, const QUrl &self, const QUrl &baseUrl,
                   const QString &version);
    ApiResult get(const QString &groupId, const QString &name, const QUrl &baseUrl, const QString &version);

private:
    QJsonObject render(const SandboxCluster &cluster, const QUrl &baseUrl, const QString &version);
    /// standard and standardSrv always; private and privateSrv only while the cluster's container has an
    /// AVAILABLE peer, as Atlas shows them once a peering connection exists.
    QJsonObject connectionStrings(const SandboxCluster &cluster);

    AtlasSandboxState &m_state;
};

} // namespace PeeringDesk
