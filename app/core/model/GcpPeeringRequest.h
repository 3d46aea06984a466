// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldProblem.h"
#include "RequestField.h"

#include <QJsonObject>
#include <QString>

#include <span>

namespace PeeringDesk {

/// The body of a Google Cloud peering request (GCPNetworkPeeringConnectionSettings).
struct GcpPeeringRequest
{
    QString containerId;
    QString gcpProjectId;
    QString networkName;

    /// The fields, each described once: wire name, member, rule.
    static std::span<const RequestField<GcpPeeringRequest>> fields();

    FieldProblems validate() const;
    QJsonObject toJson() const;
    static GcpPeeringRequest fromJson(const QJsonObject &json);

    friend bool operator==(const GcpPeeringRequest &, const GcpPeeringRequest &) = default;
};

} // namespace PeeringDesk
