// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QString>
#include <QStringList>

namespace PeeringDesk {

/// A network peering container: the Atlas-side VPC/VNet of one project in one provider (and region).
struct SandboxContainer
{
    QString id;
    QString groupId;
    Provider provider = Provider::Aws;
    QString atlasCidrBlock;
    QString regionName;  ///< AWS regionName or Azure region (Atlas constants such as US_EAST_1).
    QStringList regions; ///< GCP only.
    QString vpcId;       ///< AWS only: the Atlas VPC.
    QString azureSubscriptionId;
    QString vnetName;
    QString gcpProjectId;
    QString networkName;
};

} // namespace PeeringDesk
