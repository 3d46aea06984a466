// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldProblem.h"
#include "RequestField.h"

#include <QJsonObject>
#include <QString>

#include <span>

namespace PeeringDesk {

/// The body of an AWS peering request (AwsNetworkPeeringConnectionSettings). Fields hold what the user typed;
/// validate() and toJson() work on the cleaned values, so nothing typed is ever rewritten behind their back.
struct AwsPeeringRequest
{
    QString containerId;
    QString accepterRegionName;
    QString awsAccountId;
    QString routeTableCidrBlock;
    QString vpcId;

    /// The fields, each described once: wire name, member, rule.
    static std::span<const RequestField<AwsPeeringRequest>> fields();

    FieldProblems validate() const;
    QJsonObject toJson() const;
    static AwsPeeringRequest fromJson(const QJsonObject &json);

    friend bool operator==(const AwsPeeringRequest &, const AwsPeeringRequest &) = default;
};

} // namespace PeeringDesk
