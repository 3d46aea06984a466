// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidPeeringRequests.h"

#include "SandboxSeed.h"

namespace PeeringDesk::TestSupport {

AwsPeeringRequest ValidPeeringRequests::awsBody(const QString &vpcId)
{
    return {SandboxSeed::awsContainerId, QStringLiteral("us-west-2"), QStringLiteral("012345678901"),
            QStringLiteral("10.10.0.0/16"), vpcId};
}

AzurePeeringRequest ValidPeeringRequests::azureBody()
{
    return {SandboxSeed::azureContainerId, QStringLiteral("8a2d3b4c-1e2f-4a5b-9c8d-7e6f5a4b3c2d"),
            QStringLiteral("1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d"), QStringLiteral("prod-rg"),
            QStringLiteral("prod-vnet")};
}

GcpPeeringRequest ValidPeeringRequests::gcpBody()
{
    return {SandboxSeed::gcpContainerId, QStringLiteral("my-gcp-project"), QStringLiteral("default")};
}

PeeringRequest ValidPeeringRequests::aws(const QString &vpcId)
{
    return PeeringRequest(SandboxSeed::demoGroupId, awsBody(vpcId));
}

PeeringRequest ValidPeeringRequests::azure()
{
    return PeeringRequest(SandboxSeed::demoGroupId, azureBody());
}

PeeringRequest ValidPeeringRequests::gcp()
{
    return PeeringRequest(SandboxSeed::demoGroupId, gcpBody());
}

} // namespace PeeringDesk::TestSupport
