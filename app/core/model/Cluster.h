// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Provider.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// A cluster of a project, as GET /groups/{groupId}/clusters lists it, reduced to what connecting over a peering
/// needs: where its nodes are and its connection strings. Value type.
///
/// The endpoint has three versions with different shapes (2024-08-05 and 2023-02-01 place nodes in
/// replicationSpecs[].regionConfigs[], the legacy 2023-01-01 in providerSettings and a regionsConfig map);
/// fromJson reads any of them.
struct Cluster
{
    /// One cloud region that holds nodes of the cluster.
    struct Placement
    {
        Provider provider = Provider::Aws;
        /// Atlas's spelling: US_EAST_1, EUROPE_WEST, CENTRAL_US.
        QString regionName;

        friend bool operator==(const Placement &, const Placement &) = default;
    };

    QString id;
    QString name;
    /// IDLE, CREATING, UPDATING, DELETING, REPAIRING: Atlas's words.
    QString stateName;
    bool paused = false;
    QList<Placement> placements;
    QString standard;
    QString standardSrv;
    /// connectionStrings.private / privateSrv: present once a peering to the cluster's network is available.
    QString privateString;
    QString privateSrv;

    /// Fails only when the object has no name.
    static std::optional<Cluster> fromJson(const QJsonObject &json);

    /// True when it has nodes in that provider's region (for Google Cloud, any region: one container spans them).
    bool isIn(Provider provider, const QString &regionName) const;
    bool hasPrivateStrings() const { return !privateString.isEmpty() || !privateSrv.isEmpty(); }

    friend bool operator==(const Cluster &, const Cluster &) = default;
};

} // namespace PeeringDesk
