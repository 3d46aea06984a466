// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/NextSteps.h"

#include "model/FieldValidator.h"

namespace PeeringDesk {

namespace {

QString field(const Peering &peering, const char *key)
{
    return peering.json().value(QLatin1String(key)).toString();
}

QString orPlaceholder(const QString &value, const char *placeholder)
{
    return value.isEmpty() ? QLatin1String(placeholder) : value;
}

QString vnetScope(const QString &subscription, const QString &resourceGroup, const QString &vnet)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/virtualNetworks/%3")
        .arg(subscription, resourceGroup, vnet);
}

} // namespace

QString NextSteps::awsRegion(const Peering &peering, const std::optional<Container> &container)
{
    if (!peering.accepterRegionName().isEmpty()) {
        return peering.accepterRegionName();
    }
    return container ? container->awsCloudRegion() : QString();
}

QDateTime NextSteps::awsAcceptanceDeadline(const QDateTime &pendingSince)
{
    return pendingSince.addDays(awsAcceptanceDays);
}

QList<NextStep> NextSteps::forPeering(const Peering &peering, const std::optional<Container> &container)
{
    QList<NextStep> steps;
    if (peering.phase() != Peering::Phase::NeedsUserAction) {
        return steps;
    }
    const QString atlasCidr = orPlaceholder(container ? container->atlasCidrBlock : QString(), "<atlas-cidr>");
    if (peering.provider() == Provider::Aws) {
        const QString pcx = orPlaceholder(peering.connectionId(), "<pcx-…>");
        const QString region = orPlaceholder(awsRegion(peering, container), "<vpc-region>");
        steps.append({tr("Accept the peering request in AWS"),
                      tr("Run this in account %1, in region %2 where VPC %3 lives. AWS expires the request after "
                         "7 days.")
                          .arg(field(peering, "awsAccountId"), region, field(peering, "vpcId")),
                      QStringLiteral("aws ec2 accept-vpc-peering-connection --vpc-peering-connection-id %1 "
                                     "--region %2")
                          .arg(pcx, region)});
        steps.append({tr("Route traffic for Atlas through the peering"),
                      tr("Add this route to every route table your application's subnets use."),
                      QStringLiteral("aws ec2 create-route --route-table-id <rtb-…> --destination-cidr-block %1 "
                                     "--vpc-peering-connection-id %2 --region %3")
                          .arg(atlasCidr, pcx, region)});
        steps.append({tr("Allow outbound traffic to Atlas"),
                      tr("Only needed when your security groups restrict egress: MongoDB uses TCP 27015 to 27017."),
                      QStringLiteral("aws ec2 authorize-security-group-egress --group-id <sg-…> --protocol tcp "
                                     "--port 27015-27017 --cidr %1 --region %2")
                          .arg(atlasCidr, region)});
    } else if (peering.provider() == Provider::Gcp) {
        const QString atlasProject = orPlaceholder(container ? container->gcpProjectId : QString(), "<p-…>");
        const QString atlasNetwork = orPlaceholder(container ? container->networkName : QString(), "<nt-…>");
        steps.append(
            {tr("Create the peering from your Google Cloud network to Atlas"),
             tr("Atlas waits until your network %1 in project %2 peers back with Atlas's project %3 and "
                "network %4. Leave custom route import and export off.")
                 .arg(field(peering, "networkName"), field(peering, "gcpProjectId"), atlasProject, atlasNetwork),
             QStringLiteral("gcloud compute networks peerings create mongodb-atlas --project %1 --network "
                            "%2 --peer-project %3 --peer-network %4")
                 .arg(field(peering, "gcpProjectId"), field(peering, "networkName"), atlasProject, atlasNetwork)});
    }
    return steps;
}

QString NextSteps::azureRoleDefinition(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &vnetName)
{
    const QString scope = vnetScope(subscriptionId, resourceGroup, vnetName);
    return QStringLiteral("{\n"
                          "  \"Name\": \"AtlasPeering/%1/%2/%3\",\n"
                          "  \"IsCustom\": true,\n"
                          "  \"Description\": \"Grants MongoDB access to manage peering connections on network "
                          "%4\",\n"
                          "  \"Actions\": [\n"
                          "    \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings/read\",\n"
                          "    \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings/write\",\n"
                          "    \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings/delete\",\n"
                          "    \"Microsoft.Network/virtualNetworks/peer/action\"\n"
                          "  ],\n"
                          "  \"AssignableScopes\": [\"%4\"]\n"
                          "}\n")
        .arg(subscriptionId, resourceGroup, vnetName, scope);
}

QList<NextStep> NextSteps::azureBeforeSubmit(const AzurePeeringRequest &request)
{
    const QString subscription = orPlaceholder(FieldValidator::clean(request.azureSubscriptionId), "<subscription>");
    const QString resourceGroup = orPlaceholder(FieldValidator::clean(request.resourceGroupName), "<resource-group>");
    const QString vnet = orPlaceholder(FieldValidator::clean(request.vnetName), "<vnet>");
    const QString appId = QLatin1String(atlasAzureAppId);
    QList<NextStep> steps;
    steps.append({tr("Create the Atlas service principal"),
                  tr("Once per tenant. \"Another object with the same value … already exists\" means it was done "
                     "before: go on."),
                  QStringLiteral("az ad sp create --id %1").arg(appId)});
    steps.append({tr("Save the custom role as peering-role.json"),
                  tr("It lets Atlas manage peerings on this VNet only."),
                  azureRoleDefinition(subscription, resourceGroup, vnet)});
    steps.append({tr("Create the role and assign it to Atlas"),
                  tr("Needs Owner or User Access Administrator on the VNet. Role assignments can take a minute to "
                     "take effect."),
                  QStringLiteral("az role definition create --role-definition peering-role.json\n"
                                 "az role assignment create --role \"AtlasPeering/%1/%2/%3\" --assignee %4 "
                                 "--scope %5")
                      .arg(subscription, resourceGroup, vnet, appId, vnetScope(subscription, resourceGroup, vnet))});
    return steps;
}

QString NextSteps::failureExplanation(const Peering &peering)
{
    if (peering.phase() != Peering::Phase::Failed) {
        return {};
    }
    const QString error = peering.errorState();
    if (peering.provider() == Provider::Aws) {
        if (error == QLatin1String("REJECTED")) {
            return tr("The peering request was rejected in AWS. Delete this peering and create it again, then "
                      "accept it (do not reject it) in account %1.")
                .arg(field(peering, "awsAccountId"));
        }
        if (error == QLatin1String("EXPIRED")) {
            return tr("Nobody accepted the request in AWS within 7 days, so it expired. Delete this peering, "
                      "create it again, and accept it in AWS in time.");
        }
        if (error == QLatin1String("INVALID_ARGUMENT")) {
            return tr("AWS could not find VPC %1 in account %2 and region %3. Check the three values, then "
                      "delete this peering and create it again.")
                .arg(field(peering, "vpcId"), field(peering, "awsAccountId"),
                     peering.accepterRegionName().isEmpty() ? tr("of the container") : peering.accepterRegionName());
        }
    }
    if (error.isEmpty()) {
        return tr("The peering failed and Atlas gave no reason. Delete it and create it again; if it fails "
                  "again, contact MongoDB support with the peering ID %1.")
            .arg(peering.id());
    }
    if (peering.provider() == Provider::Azure) {
        return tr("Azure refused: %1 Check that Atlas's service principal has the peering role on the VNet, then "
                  "delete this peering and create it again.")
            .arg(error);
    }
    if (peering.provider() == Provider::Gcp) {
        return tr("Google Cloud refused: %1 Check the project ID and network name, then delete this peering and "
                  "create it again.")
            .arg(error);
    }
    return tr("The peering failed: %1").arg(error);
}

} // namespace PeeringDesk
