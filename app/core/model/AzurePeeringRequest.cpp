// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzurePeeringRequest.h"

#include "FieldCheck.h"

namespace PeeringDesk {

FieldProblems AzurePeeringRequest::validate() const
{
    FieldCheck check;
    check.check("containerId", containerId, &FieldValidator::containerId);
    check.check("azureDirectoryId", azureDirectoryId, &FieldValidator::azureDirectoryId);
    check.check("azureSubscriptionId", azureSubscriptionId, &FieldValidator::azureSubscriptionId);
    check.check("resourceGroupName", resourceGroupName, &FieldValidator::azureResourceGroupName);
    check.check("vnetName", vnetName, &FieldValidator::azureVnetName);
    return check.problems();
}

QJsonObject AzurePeeringRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("providerName"), QStringLiteral("AZURE")}};
    FieldCheck::put(json, "containerId", containerId);
    FieldCheck::put(json, "azureDirectoryId", azureDirectoryId);
    FieldCheck::put(json, "azureSubscriptionId", azureSubscriptionId);
    FieldCheck::put(json, "resourceGroupName", resourceGroupName);
    FieldCheck::put(json, "vnetName", vnetName);
    return json;
}

AzurePeeringRequest AzurePeeringRequest::fromJson(const QJsonObject &json)
{
    AzurePeeringRequest request;
    request.containerId = FieldCheck::get(json, "containerId");
    request.azureDirectoryId = FieldCheck::get(json, "azureDirectoryId");
    request.azureSubscriptionId = FieldCheck::get(json, "azureSubscriptionId");
    request.resourceGroupName = FieldCheck::get(json, "resourceGroupName");
    request.vnetName = FieldCheck::get(json, "vnetName");
    return request;
}

} // namespace PeeringDesk
