// SPDX-License-Identifier: GPL-3.0-or-later
#include "Container.h"

#include "AwsRegions.h"

#include <QJsonArray>

namespace PeeringDesk {

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<Container> Container::fromJson(const QJsonObject &json)
{
    Container container;
    container.id = text(json, "id");
    if (container.id.isEmpty()) {
        return std::nullopt;
    }
    container.json = json;
    container.provider = providerFromWireName(text(json, "providerName"));
    for (const QJsonValue &region : json.value(QLatin1String("regions")).toArray()) {
        if (region.isString()) {
            container.regions.append(region.toString());
        }
    }
    container.regionName = text(json, "regionName");
    if (container.regionName.isEmpty()) {
        container.regionName = text(json, "region");
    }
    if (container.regionName.isEmpty() && !container.regions.isEmpty()) {
        container.regionName = container.regions.first();
    }
    container.atlasCidrBlock = text(json, "atlasCidrBlock");
    container.provisioned = json.value(QLatin1String("provisioned")).toBool();
    container.vpcId = text(json, "vpcId");
    container.azureSubscriptionId = text(json, "azureSubscriptionId");
    container.vnetName = text(json, "vnetName");
    container.gcpProjectId = text(json, "gcpProjectId");
    container.networkName = text(json, "networkName");
    return container;
}

QString Container::regionText() const
{
    return regions.isEmpty() ? regionName : regions.join(QStringLiteral(", "));
}

QString Container::awsCloudRegion() const
{
    return provider == Provider::Aws && !regionName.isEmpty() ? AwsRegions::toCloudName(regionName) : QString();
}

} // namespace PeeringDesk
