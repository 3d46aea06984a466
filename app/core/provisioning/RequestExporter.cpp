// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestExporter.h"

#include "ExportSyntax.h"
#include "PostExport.h"
#include "model/AwsRegions.h"
#include "model/FieldValidator.h"
#include "transport/AtlasClient.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace PeeringDesk {

namespace {

QString clean(const QString &value)
{
    return FieldValidator::clean(value);
}

QString shellQuote(const QString &value)
{
    return ExportSyntax::shellQuote(value);
}

QString hclString(const QString &value)
{
    return ExportSyntax::hclString(value);
}

// A Terraform resource name from the peer's identity, e.g. aws_vpc_0123456789abcdef0.
QString resourceName(const PeeringRequest &request)
{
    QString name;
    switch (request.provider()) {
    case Provider::Aws:
        name = QStringLiteral("aws_") + clean(std::get<AwsPeeringRequest>(request.body()).vpcId);
        break;
    case Provider::Azure:
        name = QStringLiteral("azure_") + clean(std::get<AzurePeeringRequest>(request.body()).vnetName);
        break;
    case Provider::Gcp:
        name = QStringLiteral("gcp_") + clean(std::get<GcpPeeringRequest>(request.body()).networkName);
        break;
    }
    return ExportSyntax::hclName(name);
}

} // namespace

QUrl RequestExporter::url(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options)
{
    return AtlasClient::buildUrl(baseUrl, QStringLiteral("/groups/%1/peers").arg(request.groupIdCleaned()), {},
                                 options);
}

Export RequestExporter::preview(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options,
                                Credentials::Kind auth)
{
    return PostExport::http(url(request, baseUrl, options), QJsonDocument(request.toJson()).toJson(), auth);
}

Export RequestExporter::curl(const PeeringRequest &request, const QUrl &baseUrl, RequestOptions options,
                             Credentials::Kind auth)
{
    return PostExport::curl(url(request, baseUrl, options), request.toJsonBytes(), baseUrl, auth);
}

Export RequestExporter::atlasCli(const PeeringRequest &request)
{
    Export result;
    QStringList args{QStringLiteral("atlas"), QStringLiteral("networking"), QStringLiteral("peering"),
                     QStringLiteral("create")};
    const QString group = request.groupIdCleaned();
    switch (request.provider()) {
    case Provider::Aws: {
        const auto &aws = std::get<AwsPeeringRequest>(request.body());
        args << QStringLiteral("aws") << QStringLiteral("--accountId") << shellQuote(clean(aws.awsAccountId))
             << QStringLiteral("--region") << shellQuote(clean(aws.accepterRegionName))
             << QStringLiteral("--routeTableCidrBlock") << shellQuote(clean(aws.routeTableCidrBlock))
             << QStringLiteral("--vpcId") << shellQuote(clean(aws.vpcId));
        result.notes << tr("The Atlas CLI uses one --region for both the Atlas container and your VPC, and picks (or "
                           "creates) the container of that region itself: it cannot target container %1, and it "
                           "cannot peer across regions. Use curl or Terraform when the container's region is not %2.")
                            .arg(clean(aws.containerId), AwsRegions::toAtlasName(clean(aws.accepterRegionName)));
        break;
    }
    case Provider::Azure: {
        const auto &azure = std::get<AzurePeeringRequest>(request.body());
        args << QStringLiteral("azure") << QStringLiteral("--directoryId") << shellQuote(clean(azure.azureDirectoryId))
             << QStringLiteral("--subscriptionId") << shellQuote(clean(azure.azureSubscriptionId))
             << QStringLiteral("--resourceGroup") << shellQuote(clean(azure.resourceGroupName))
             << QStringLiteral("--vnet") << shellQuote(clean(azure.vnetName)) << QStringLiteral("--region")
             << QStringLiteral("<ATLAS_REGION>");
        result.notes << tr("Replace <ATLAS_REGION> with the Atlas region of container %1 (for example US_EAST_2): "
                           "the CLI finds the container by region, not by id. It also lower-cases the resource "
                           "group name.")
                            .arg(clean(azure.containerId));
        break;
    }
    case Provider::Gcp: {
        const auto &gcp = std::get<GcpPeeringRequest>(request.body());
        args << QStringLiteral("gcp") << QStringLiteral("--gcpProjectId") << shellQuote(clean(gcp.gcpProjectId))
             << QStringLiteral("--network") << shellQuote(clean(gcp.networkName)) << QStringLiteral("--atlasCidrBlock")
             << QStringLiteral("<ATLAS_CIDR>");
        result.notes << tr("The CLI requires --atlasCidrBlock even though it reuses the project's existing Google "
                           "Cloud container (%1): replace <ATLAS_CIDR> with that container's Atlas CIDR.")
                            .arg(clean(gcp.containerId));
        break;
    }
    }
    args << QStringLiteral("--projectId") << shellQuote(group) << QStringLiteral("--output") << QStringLiteral("json");
    result.text = args.join(u' ');
    return result;
}

Export RequestExporter::terraform(const PeeringRequest &request)
{
    QList<QPair<QString, QString>> arguments{{QStringLiteral("project_id"), request.groupIdCleaned()},
                                             {QStringLiteral("container_id"), clean(request.containerId())},
                                             {QStringLiteral("provider_name"), providerWireName(request.provider())}};
    switch (request.provider()) {
    case Provider::Aws: {
        const auto &aws = std::get<AwsPeeringRequest>(request.body());
        arguments << qMakePair(QStringLiteral("accepter_region_name"), clean(aws.accepterRegionName))
                  << qMakePair(QStringLiteral("aws_account_id"), clean(aws.awsAccountId))
                  << qMakePair(QStringLiteral("vpc_id"), clean(aws.vpcId))
                  << qMakePair(QStringLiteral("route_table_cidr_block"), clean(aws.routeTableCidrBlock));
        break;
    }
    case Provider::Azure: {
        const auto &azure = std::get<AzurePeeringRequest>(request.body());
        arguments << qMakePair(QStringLiteral("azure_directory_id"), clean(azure.azureDirectoryId))
                  << qMakePair(QStringLiteral("azure_subscription_id"), clean(azure.azureSubscriptionId))
                  << qMakePair(QStringLiteral("resource_group_name"), clean(azure.resourceGroupName))
                  << qMakePair(QStringLiteral("vnet_name"), clean(azure.vnetName));
        break;
    }
    case Provider::Gcp: {
        const auto &gcp = std::get<GcpPeeringRequest>(request.body());
        arguments << qMakePair(QStringLiteral("gcp_project_id"), clean(gcp.gcpProjectId))
                  << qMakePair(QStringLiteral("network_name"), clean(gcp.networkName));
        break;
    }
    }
    qsizetype width = 0;
    for (const auto &argument : arguments) {
        width = qMax(width, argument.first.size());
    }
    QStringList lines{QStringLiteral("resource \"mongodbatlas_network_peering\" \"%1\" {").arg(resourceName(request))};
    for (const auto &[name, value] : arguments) {
        lines << QStringLiteral("  %1 = %2").arg(name.leftJustified(width), hclString(value));
    }
    lines << QStringLiteral("}");
    Export result;
    result.text = lines.join(u'\n');
    result.notes << tr("Credentials come from the provider block or the MONGODB_ATLAS_* environment variables, "
                       "never from this file.");
    return result;
}

} // namespace PeeringDesk
