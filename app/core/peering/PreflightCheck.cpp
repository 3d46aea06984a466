// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PreflightCheck.h"

#include "model/AwsRegions.h"
#include "model/FieldValidator.h"
#include "model/Ipv4Cidr.h"

#include <algorithm>

namespace PeeringDesk {

namespace {

using Severity = PreflightFinding::Severity;

QString field(const Peering &peer, const char *key)
{
    return peer.json().value(QLatin1String(key)).toString();
}

bool isLive(const Peering &peer)
{
    return peer.phase() != Peering::Phase::Deleting;
}

/// Atlas knows a peer by its network until the peer is gone, not only while it is live: a create for a network
/// whose peering is still being deleted draws the same 409 as a live duplicate. `network` names it for the user.
void addDuplicate(PreflightFindings &findings, const Peering &peer, const QString &network)
{
    if (isLive(peer)) {
        findings.append({PreflightFinding::Severity::Error, QStringLiteral("duplicate"),
                         PreflightCheck::tr("%1 is already peered with this project (peering %2, %3).")
                             .arg(network, peer.id(), peer.status())});
        return;
    }
    findings.append({PreflightFinding::Severity::Error, QStringLiteral("still-deleting"),
                     PreflightCheck::tr("%1 is still being removed from this project (peering %2, %3). Atlas accepts "
                                        "it again once that peering is gone: refresh the peerings in a few minutes, "
                                        "then create it.")
                         .arg(network, peer.id(), peer.status())});
}

} // namespace

bool PreflightCheck::hasErrors(const PreflightFindings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const PreflightFinding &finding) { return finding.severity == Severity::Error; });
}

PreflightFindings PreflightCheck::run(const PeeringRequest &request, const std::optional<Container> &container,
                                      const QList<Peering> &existingPeers)
{
    PreflightFindings findings;
    const Provider provider = request.provider();

    if (container && container->provider && *container->provider != provider) {
        findings.append({Severity::Error, QStringLiteral("provider-mismatch"),
                         tr("The container is a %1 container, but the peering is for %2: choose a %2 container.")
                             .arg(providerDisplayName(*container->provider), providerDisplayName(provider))});
    }

    QList<Peering> live;
    for (const Peering &peer : existingPeers) {
        if (isLive(peer)) {
            live.append(peer);
        }
    }

    if (const auto *aws = std::get_if<AwsPeeringRequest>(&request.body())) {
        const QString vpcId = FieldValidator::clean(aws->vpcId);
        const QString accountId = FieldValidator::clean(aws->awsAccountId);
        const auto routeTable = Ipv4Cidr::parse(FieldValidator::clean(aws->routeTableCidrBlock));
        if (routeTable && container) {
            const auto atlasCidr = Ipv4Cidr::parse(container->atlasCidrBlock);
            if (atlasCidr && routeTable->overlaps(*atlasCidr)) {
                findings.append({Severity::Error, QStringLiteral("overlap-atlas-cidr"),
                                 tr("Your VPC block %1 overlaps the container's Atlas block %2: traffic could not "
                                    "be routed. Choose a VPC block outside %2, or another container.")
                                     .arg(routeTable->toString(), atlasCidr->toString())});
            }
        }
        for (const Peering &peer : existingPeers) {
            if (peer.provider() == Provider::Aws && field(peer, "awsAccountId") == accountId &&
                field(peer, "vpcId") == vpcId) {
                addDuplicate(findings, peer, tr("VPC %1 of account %2").arg(vpcId, accountId));
            }
        }
        for (const Peering &peer : std::as_const(live)) {
            if (peer.provider() != Provider::Aws) {
                continue;
            }
            const auto other = Ipv4Cidr::parse(field(peer, "routeTableCidrBlock"));
            if (routeTable && other && routeTable->overlaps(*other)) {
                findings.append({Severity::Error, QStringLiteral("overlap-peer-cidr"),
                                 tr("Your VPC block %1 overlaps %2 of peering %3 (VPC %4): Atlas could not tell the "
                                    "two networks apart. Use a block that overlaps no other peer.")
                                     .arg(routeTable->toString(), other->toString(), peer.id(), field(peer, "vpcId"))});
            }
        }
        const QString accepter = FieldValidator::clean(aws->accepterRegionName);
        if (container && !container->regionName.isEmpty() && !accepter.isEmpty() &&
            AwsRegions::toAtlasName(accepter) != container->regionName) {
            findings.append({Severity::Info, QStringLiteral("cross-region"),
                             tr("Cross-region peering: Atlas is in %1 (%2) and your VPC in %3. Accept the request "
                                "in %3; security-group references do not work across regions, so use CIDR "
                                "blocks in the access list.")
                                 .arg(container->regionName, container->awsCloudRegion(), accepter)});
        }
    } else if (const auto *azure = std::get_if<AzurePeeringRequest>(&request.body())) {
        const QString subscription = FieldValidator::clean(azure->azureSubscriptionId);
        const QString vnet = FieldValidator::clean(azure->vnetName);
        for (const Peering &peer : existingPeers) {
            // Azure resource names are case-insensitive: MyVNet and myvnet are one network.
            if (peer.provider() == Provider::Azure &&
                field(peer, "azureSubscriptionId").compare(subscription, Qt::CaseInsensitive) == 0 &&
                field(peer, "vnetName").compare(vnet, Qt::CaseInsensitive) == 0) {
                addDuplicate(findings, peer, tr("VNet %1 of subscription %2").arg(vnet, subscription));
            }
        }
    } else if (const auto *gcp = std::get_if<GcpPeeringRequest>(&request.body())) {
        const QString project = FieldValidator::clean(gcp->gcpProjectId);
        const QString network = FieldValidator::clean(gcp->networkName);
        for (const Peering &peer : existingPeers) {
            if (peer.provider() == Provider::Gcp && field(peer, "gcpProjectId") == project &&
                field(peer, "networkName") == network) {
                addDuplicate(findings, peer, tr("Network %1 of Google Cloud project %2").arg(network, project));
            }
        }
    }

    if (live.size() >= maxPeerings) {
        findings.append({Severity::Error, QStringLiteral("limit-total"),
                         tr("The project already has %1 peerings, the most Atlas allows (%2). Delete one you no "
                            "longer need first.")
                             .arg(live.size())
                             .arg(maxPeerings)});
    }
    const auto pending = std::count_if(live.cbegin(), live.cend(), [](const Peering &peer) {
        return peer.phase() == Peering::Phase::NeedsUserAction;
    });
    if (pending >= maxPending) {
        findings.append({Severity::Error, QStringLiteral("limit-pending"),
                         tr("%1 peerings are waiting for acceptance, the most Atlas allows (%2). Accept or delete "
                            "some of them first.")
                             .arg(pending)
                             .arg(maxPending)});
    }
    return findings;
}

} // namespace PeeringDesk
