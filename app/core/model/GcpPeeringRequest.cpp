// SPDX-License-Identifier: GPL-3.0-or-later
#include "GcpPeeringRequest.h"

#include "FieldCheck.h"

namespace PeeringDesk {

FieldProblems GcpPeeringRequest::validate() const
{
    FieldCheck check;
    check.check("containerId", containerId, &FieldValidator::containerId);
    check.check("gcpProjectId", gcpProjectId, &FieldValidator::gcpProjectId);
    check.check("networkName", networkName, &FieldValidator::gcpNetworkName);
    return check.problems();
}

QJsonObject GcpPeeringRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("providerName"), QStringLiteral("GCP")}};
    FieldCheck::put(json, "containerId", containerId);
    FieldCheck::put(json, "gcpProjectId", gcpProjectId);
    FieldCheck::put(json, "networkName", networkName);
    return json;
}

GcpPeeringRequest GcpPeeringRequest::fromJson(const QJsonObject &json)
{
    GcpPeeringRequest request;
    request.containerId = FieldCheck::get(json, "containerId");
    request.gcpProjectId = FieldCheck::get(json, "gcpProjectId");
    request.networkName = FieldCheck::get(json, "networkName");
    return request;
}

} // namespace PeeringDesk
