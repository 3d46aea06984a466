// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PeeringRequest.h"

namespace PeeringDesk::TestSupport {

/// Requests that the sandbox accepts as they are, one per cloud, for the seeded demo project and its containers.
/// Tests change the one field they are about, so that any failure points at that field.
class ValidPeeringRequests
{
public:
    static AwsPeeringRequest awsBody(const QString &vpcId = QStringLiteral("vpc-0123456789abcdef0"));
    static AzurePeeringRequest azureBody();
    static GcpPeeringRequest gcpBody();

    static PeeringRequest aws(const QString &vpcId = QStringLiteral("vpc-0123456789abcdef0"));
    static PeeringRequest azure();
    static PeeringRequest gcp();
};

} // namespace PeeringDesk::TestSupport
