// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PrivateConnection.h"

namespace PeeringDesk {

namespace {

QList<NextStep> awsDnsSteps(const Peering &peering, const std::optional<Container> &container)
{
    const QString vpcId = peering.json().value(QLatin1String("vpcId")).toString();
    const QString region = NextSteps::awsRegion(peering, container);
    const QString command = QStringLiteral("aws ec2 modify-vpc-attribute --region %1 --vpc-id %2 %3 "
                                           "\"{\\\"Value\\\":true}\"");
    return {
        {PrivateConnection::tr("Turn on DNS resolution and DNS hostnames in the VPC"),
         PrivateConnection::tr("Without them the cluster's private host names resolve to public addresses, and the "
                               "application does not use the peering. Run both, one after the other (AWS takes one "
                               "attribute per call). A VPC with its own DNS servers also needs Atlas's custom DNS "
                               "for AWS turned on in the project."),
         command.arg(region, vpcId, QStringLiteral("--enable-dns-support")) + QLatin1Char('\n') +
             command.arg(region, vpcId, QStringLiteral("--enable-dns-hostnames"))},
    };
}

} // namespace

PrivateConnection PrivateConnection::find(const Peering &peering, const std::optional<Container> &container,
                                          const QList<Cluster> &projectClusters)
{
    PrivateConnection found;
    const Provider provider = peering.provider().value_or(Provider::Aws);
    const QString region = container ? container->regionName : QString();
    for (const Cluster &cluster : projectClusters) {
        if (cluster.isIn(provider, region)) {
            found.clusters.append(cluster);
        }
    }
    if (provider == Provider::Aws) {
        found.dnsSteps = awsDnsSteps(peering, container);
    }
    const QString where = provider == Provider::Gcp ? providerDisplayName(provider)
                                                    : tr("%1 %2").arg(providerDisplayName(provider), region);
    if (found.clusters.isEmpty()) {
        found.whyNone = tr("No cluster of this project runs in %1, where the peered container is. A cluster "
                           "created there uses this peering; clusters elsewhere need a peering of their own.")
                            .arg(where);
        return found;
    }
    bool anyPrivate = false;
    for (const Cluster &cluster : std::as_const(found.clusters)) {
        anyPrivate = anyPrivate || cluster.hasPrivateStrings();
    }
    if (anyPrivate) {
        return found;
    }
    if (peering.phase() != Peering::Phase::Available) {
        found.whyNone = tr("Atlas publishes the private connection strings once the peering is AVAILABLE; it is %1 "
                           "now.")
                            .arg(peering.status().isEmpty() ? tr("not yet known") : peering.status());
    } else {
        found.whyNone = tr("The peering is AVAILABLE, but Atlas has not published the private connection strings "
                           "yet: a cluster created before the peering takes a few minutes more. Refresh in a "
                           "moment.");
    }
    return found;
}

} // namespace PeeringDesk
