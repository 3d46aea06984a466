// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldProblem.h"
#include "RequestField.h"

#include <QJsonObject>
#include <QString>

#include <span>

namespace PeeringDesk {

/// The body of an Azure peering request (AzureNetworkPeeringConnectionSettings).
struct AzurePeeringRequest
{
    QString containerId;
    QString azureDirectoryId;
    QString azureSubscriptionId;
    QString resourceGroupName;
    QString vnetName;

    /// The fields, each described once: wire name, member, rule.
    static std::span<const RequestField<AzurePeeringRequest>> fields();

    FieldProblems validate() const;
    QJsonObject toJson() const;
    static AzurePeeringRequest fromJson(const QJsonObject &json);

    friend bool operator==(const AzurePeeringRequest &, const AzurePeeringRequest &) = default;
};

} // namespace PeeringDesk
