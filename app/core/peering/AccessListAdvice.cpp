// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/AccessListAdvice.h"

#include "peering/NextSteps.h"

namespace PeeringDesk {

namespace {

QString field(const Peering &peering, const char *name)
{
    return peering.json().value(QLatin1String(name)).toString();
}

QString commentFor(const Peering &peering, const QString &network)
{
    // Names the network and the peering, so the entry can be traced in the Atlas UI; Atlas keeps 80 characters.
    QString comment =
        QStringLiteral("Peering Desk: %1 %2 (peering %3)")
            .arg(peering.provider() ? providerWireName(*peering.provider()) : QString(), network, peering.id());
    if (comment.size() > AccessListRequest::maxCommentLength) {
        comment = QStringLiteral("Peering Desk: peering %1").arg(peering.id());
    }
    return comment.left(AccessListRequest::maxCommentLength);
}

} // namespace

AccessListAdvice AccessListAdvice::forPeering(const Peering &peering, const std::optional<Container> &container)
{
    AccessListAdvice advice;
    switch (peering.provider().value_or(Provider::Aws)) {
    case Provider::Aws: {
        const QString cidr = field(peering, "routeTableCidrBlock");
        if (!cidr.isEmpty()) {
            advice.suggestedRanges.append(cidr);
        }
        advice.rangesHint =
            tr("The VPC's CIDR block is offered; narrow it to the subnets of your application if you prefer.");
        const QString vpcRegion = NextSteps::awsRegion(peering, container);
        const QString atlasRegion = container ? container->awsCloudRegion() : QString();
        if (!vpcRegion.isEmpty() && !atlasRegion.isEmpty() && vpcRegion != atlasRegion) {
            advice.notes.append(tr("This peering crosses regions (%1 to %2): AWS does not let a security group be "
                                   "referenced across regions, so the access list needs the CIDR blocks, not a "
                                   "security group.")
                                    .arg(vpcRegion, atlasRegion));
        }
        advice.comment = commentFor(peering, field(peering, "vpcId"));
        break;
    }
    case Provider::Azure:
        advice.rangesHint = tr("Atlas does not know your VNet's ranges: enter its address space, or the subnets "
                               "your application runs in (az network vnet show --query addressSpace).");
        advice.comment = commentFor(peering, field(peering, "vnetName"));
        break;
    case Provider::Gcp:
        advice.rangesHint = tr("Atlas does not know your network's ranges: enter the subnet ranges your application "
                               "runs in (gcloud compute networks subnets list --network=%1).")
                                .arg(field(peering, "networkName"));
        advice.notes.append(tr("On GKE, add the cluster's Pod range too: GKE does not translate Pod addresses to the "
                               "node's, so connections arrive from the Pod range."));
        advice.comment = commentFor(peering, field(peering, "networkName"));
        break;
    }
    return advice;
}

} // namespace PeeringDesk
