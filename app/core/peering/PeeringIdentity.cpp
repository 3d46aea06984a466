// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PeeringIdentity.h"

#include "model/AwsRegions.h"
#include "model/FieldValidator.h"
#include "model/Ipv4Cidr.h"

namespace PeeringDesk {

namespace {

QString field(const Peering &peer, const char *key)
{
    return peer.json().value(QLatin1String(key)).toString();
}

bool same(const QString &a, const QString &b, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return FieldValidator::clean(a).compare(FieldValidator::clean(b), cs) == 0;
}

// Azure names and ids are case-insensitive (ARM); AWS and Google Cloud ids are not.
QStringList identity(const PeeringRequest &request)
{
    const QString container = FieldValidator::clean(request.containerId());
    if (const auto *aws = std::get_if<AwsPeeringRequest>(&request.body())) {
        return {QStringLiteral("AWS"), container, FieldValidator::clean(aws->awsAccountId),
                FieldValidator::clean(aws->vpcId)};
    }
    if (const auto *azure = std::get_if<AzurePeeringRequest>(&request.body())) {
        return {QStringLiteral("AZURE"), container, FieldValidator::clean(azure->azureSubscriptionId).toLower(),
                FieldValidator::clean(azure->resourceGroupName).toLower(),
                FieldValidator::clean(azure->vnetName).toLower()};
    }
    const auto &gcp = std::get<GcpPeeringRequest>(request.body());
    return {QStringLiteral("GCP"), container, FieldValidator::clean(gcp.gcpProjectId),
            FieldValidator::clean(gcp.networkName)};
}

QString canonicalCidr(const QString &text)
{
    const auto cidr = Ipv4Cidr::parse(FieldValidator::clean(text));
    return cidr ? cidr->canonical().toString() : FieldValidator::clean(text);
}

} // namespace

QString PeeringIdentity::describe(const PeeringRequest &request)
{
    if (const auto *aws = std::get_if<AwsPeeringRequest>(&request.body())) {
        return tr("AWS VPC %1 of account %2")
            .arg(FieldValidator::clean(aws->vpcId), FieldValidator::clean(aws->awsAccountId));
    }
    if (const auto *azure = std::get_if<AzurePeeringRequest>(&request.body())) {
        return tr("Azure VNet %1 in resource group %2")
            .arg(FieldValidator::clean(azure->vnetName), FieldValidator::clean(azure->resourceGroupName));
    }
    const auto &gcp = std::get<GcpPeeringRequest>(request.body());
    return tr("Google Cloud network %1 of project %2")
        .arg(FieldValidator::clean(gcp.networkName), FieldValidator::clean(gcp.gcpProjectId));
}

bool PeeringIdentity::matches(const PeeringRequest &request, const Peering &peer)
{
    if (peer.provider() != request.provider() || !same(peer.containerId(), request.containerId())) {
        return false;
    }
    if (const auto *aws = std::get_if<AwsPeeringRequest>(&request.body())) {
        return same(field(peer, "awsAccountId"), aws->awsAccountId) && same(field(peer, "vpcId"), aws->vpcId);
    }
    if (const auto *azure = std::get_if<AzurePeeringRequest>(&request.body())) {
        return same(field(peer, "azureSubscriptionId"), azure->azureSubscriptionId, Qt::CaseInsensitive) &&
               same(field(peer, "resourceGroupName"), azure->resourceGroupName, Qt::CaseInsensitive) &&
               same(field(peer, "vnetName"), azure->vnetName, Qt::CaseInsensitive);
    }
    const auto &gcp = std::get<GcpPeeringRequest>(request.body());
    return same(field(peer, "gcpProjectId"), gcp.gcpProjectId) && same(field(peer, "networkName"), gcp.networkName);
}

std::optional<Peering> PeeringIdentity::find(const PeeringRequest &request, const QList<Peering> &peers)
{
    for (const Peering &peer : peers) {
        if (peer.phase() != Peering::Phase::Deleting && matches(request, peer)) {
            return peer;
        }
    }
    return std::nullopt;
}

bool PeeringIdentity::sameIdentity(const PeeringRequest &a, const PeeringRequest &b)
{
    return FieldValidator::clean(a.groupId()) == FieldValidator::clean(b.groupId()) && identity(a) == identity(b);
}

FieldDifferences PeeringIdentity::differences(const PeeringRequest &request, const Peering &peer,
                                              const std::optional<Container> &container)
{
    FieldDifferences found;
    if (const auto *aws = std::get_if<AwsPeeringRequest>(&request.body())) {
        const QString formCidr = canonicalCidr(aws->routeTableCidrBlock);
        const QString atlasCidr = canonicalCidr(field(peer, "routeTableCidrBlock"));
        if (formCidr != atlasCidr) {
            found.append({QStringLiteral("routeTableCidrBlock"), FieldValidator::clean(aws->routeTableCidrBlock),
                          field(peer, "routeTableCidrBlock")});
        }
        // Atlas answers null for the container's own region: only a region it names, or a form that names
        // another region than the container's, can differ.
        const QString formRegion = FieldValidator::clean(aws->accepterRegionName);
        QString atlasRegion = field(peer, "accepterRegionName");
        if (atlasRegion.isEmpty() && container) {
            atlasRegion = container->awsCloudRegion();
        }
        if (!formRegion.isEmpty() && !atlasRegion.isEmpty() &&
            AwsRegions::toAtlasName(formRegion) != AwsRegions::toAtlasName(atlasRegion)) {
            found.append({QStringLiteral("accepterRegionName"), formRegion, atlasRegion});
        }
    } else if (const auto *azure = std::get_if<AzurePeeringRequest>(&request.body())) {
        if (!same(field(peer, "azureDirectoryId"), azure->azureDirectoryId, Qt::CaseInsensitive)) {
            found.append({QStringLiteral("azureDirectoryId"), FieldValidator::clean(azure->azureDirectoryId),
                          field(peer, "azureDirectoryId")});
        }
    }
    return found;
}

} // namespace PeeringDesk
