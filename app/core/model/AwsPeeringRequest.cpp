// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsPeeringRequest.h"

#include "FieldValidator.h"

#include <array>

namespace PeeringDesk {

std::span<const RequestField<AwsPeeringRequest>> AwsPeeringRequest::fields()
{
    static const std::array<RequestField<AwsPeeringRequest>, 5> table{{
        {"containerId", &AwsPeeringRequest::containerId, &FieldValidator::containerId},
        {"accepterRegionName", &AwsPeeringRequest::accepterRegionName, &FieldValidator::awsRegion},
        {"awsAccountId", &AwsPeeringRequest::awsAccountId, &FieldValidator::awsAccountId},
        {"routeTableCidrBlock", &AwsPeeringRequest::routeTableCidrBlock, &FieldValidator::routeTableCidrBlock},
        {"vpcId", &AwsPeeringRequest::vpcId, &FieldValidator::vpcId},
    }};
    return table;
}

FieldProblems AwsPeeringRequest::validate() const
{
    return RequestField<AwsPeeringRequest>::validate(*this);
}

QJsonObject AwsPeeringRequest::toJson() const
{
    return RequestField<AwsPeeringRequest>::toJson(*this, QStringLiteral("AWS"));
}

AwsPeeringRequest AwsPeeringRequest::fromJson(const QJsonObject &json)
{
    return RequestField<AwsPeeringRequest>::fromJson(json);
}

} // namespace PeeringDesk
