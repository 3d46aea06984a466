// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsPeeringRequest.h"

#include "FieldCheck.h"

namespace PeeringDesk {

FieldProblems AwsPeeringRequest::validate() const
{
    FieldCheck check;
    check.check("containerId", containerId, &FieldValidator::containerId);
    check.check("accepterRegionName", accepterRegionName, &FieldValidator::awsRegion);
    check.check("awsAccountId", awsAccountId, &FieldValidator::awsAccountId);
    check.check("routeTableCidrBlock", routeTableCidrBlock, &FieldValidator::routeTableCidrBlock);
    check.check("vpcId", vpcId, &FieldValidator::vpcId);
    return check.problems();
}

QJsonObject AwsPeeringRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("providerName"), QStringLiteral("AWS")}};
    FieldCheck::put(json, "containerId", containerId);
    FieldCheck::put(json, "accepterRegionName", accepterRegionName);
    FieldCheck::put(json, "awsAccountId", awsAccountId);
    FieldCheck::put(json, "routeTableCidrBlock", routeTableCidrBlock);
    FieldCheck::put(json, "vpcId", vpcId);
    return json;
}

AwsPeeringRequest AwsPeeringRequest::fromJson(const QJsonObject &json)
{
    AwsPeeringRequest request;
    request.containerId = FieldCheck::get(json, "containerId");
    request.accepterRegionName = FieldCheck::get(json, "accepterRegionName");
    request.awsAccountId = FieldCheck::get(json, "awsAccountId");
    request.routeTableCidrBlock = FieldCheck::get(json, "routeTableCidrBlock");
    request.vpcId = FieldCheck::get(json, "vpcId");
    return request;
}

} // namespace PeeringDesk
