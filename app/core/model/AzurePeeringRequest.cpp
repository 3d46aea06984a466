// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzurePeeringRequest.h"

#include "FieldValidator.h"

#include <array>

namespace PeeringDesk {

std::span<const RequestField<AzurePeeringRequest>> AzurePeeringRequest::fields()
{
    static const std::array<RequestField<AzurePeeringRequest>, 5> table{{
        {"containerId", &AzurePeeringRequest::containerId, &FieldValidator::containerId},
        {"azureDirectoryId", &AzurePeeringRequest::azureDirectoryId, &FieldValidator::azureDirectoryId},
        {"azureSubscriptionId", &AzurePeeringRequest::azureSubscriptionId, &FieldValidator::azureSubscriptionId},
        {"resourceGroupName", &AzurePeeringRequest::resourceGroupName, &FieldValidator::azureResourceGroupName},
        {"vnetName", &AzurePeeringRequest::vnetName, &FieldValidator::azureVnetName},
    }};
    return table;
}

FieldProblems AzurePeeringRequest::validate() const
{
    return RequestField<AzurePeeringRequest>::validate(*this);
}

QJsonObject AzurePeeringRequest::toJson() const
{
    return RequestField<AzurePeeringRequest>::toJson(*this, QStringLiteral("AZURE"));
}

AzurePeeringRequest AzurePeeringRequest::fromJson(const QJsonObject &json)
{
    return RequestField<AzurePeeringRequest>::fromJson(json);
}

} // namespace PeeringDesk
