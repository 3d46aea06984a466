// SPDX-License-Identifier: GPL-3.0-or-later
#include "GcpPeeringRequest.h"

#include "FieldValidator.h"

#include <array>

namespace PeeringDesk {

std::span<const RequestField<GcpPeeringRequest>> GcpPeeringRequest::fields()
{
    static const std::array<RequestField<GcpPeeringRequest>, 3> table{{
        {"containerId", &GcpPeeringRequest::containerId, &FieldValidator::containerId},
        {"gcpProjectId", &GcpPeeringRequest::gcpProjectId, &FieldValidator::gcpProjectId},
        {"networkName", &GcpPeeringRequest::networkName, &FieldValidator::gcpNetworkName},
    }};
    return table;
}

FieldProblems GcpPeeringRequest::validate() const
{
    return RequestField<GcpPeeringRequest>::validate(*this);
}

QJsonObject GcpPeeringRequest::toJson() const
{
    return RequestField<GcpPeeringRequest>::toJson(*this, QStringLiteral("GCP"));
}

GcpPeeringRequest GcpPeeringRequest::fromJson(const QJsonObject &json)
{
    return RequestField<GcpPeeringRequest>::fromJson(json);
}

} // namespace PeeringDesk
