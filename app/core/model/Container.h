// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Provider.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace PeeringDesk {

/// A network peering container: the Atlas side of every peering in one provider (and, for AWS and Azure, one
/// region). Value type. Atlas-side ids are empty while Atlas has none (no cluster or peer yet), whether the answer
/// leaves them out or sends null.
struct Container
{
    QString id;
    std::optional<Provider> provider;
    /// AWS regionName or Azure region, in Atlas's spelling (US_EAST_1); for GCP the first of `regions`.
    QString regionName;
    /// GCP only: the regions a small container is limited to; empty for a container that allows every region.
    QStringList regions;
    QString atlasCidrBlock;
    /// Whether clusters exist in it; its CIDR can no longer change then.
    bool provisioned = false;
    QString vpcId; ///< AWS: Atlas's VPC.
    QString azureSubscriptionId;
    QString vnetName;
    QString gcpProjectId; ///< GCP: Atlas's project (p-…), the peer project of the reverse peering.
    QString networkName;  ///< GCP: Atlas's network (nt-…).
    QJsonObject json;

    /// Reads a container of any provider; unknown fields and providers are kept in `json`. Fails only without id.
    static std::optional<Container> fromJson(const QJsonObject &json);

    /// The region(s) for people: "US_EAST_1", or "CENTRAL_US, EASTERN_US" for GCP.
    QString regionText() const;
    /// AWS: the region in AWS's spelling (us-east-1), the accepter region of a same-region peering.
    QString awsCloudRegion() const;
};

} // namespace PeeringDesk
