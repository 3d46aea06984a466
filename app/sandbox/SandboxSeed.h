// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PeeringDesk::SandboxSeed {

// Everything below is fake and fixed so tests, docs and screenshots can name it.

/// The project the default API key may write to (Project Network Access Manager).
inline const QString demoGroupId = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0e");
inline const QString demoGroupName = QStringLiteral("Sandbox Demo");
/// A project the key can read but not write: POST/DELETE there answers 403.
inline const QString readOnlyGroupId = QStringLiteral("5f0a1b2c3d4e5f6a7b8c9d0f");
inline const QString readOnlyGroupName = QStringLiteral("Sandbox Read Only");
inline const QString orgId = QStringLiteral("5f0a00000000000000000001");

inline const QString awsContainerId = QStringLiteral("64b0aa00000000000000a001");
inline const QString awsRegionName = QStringLiteral("US_EAST_1");
inline const QString awsAtlasCidrBlock = QStringLiteral("192.168.248.0/21");
inline const QString awsContainerVpcId = QStringLiteral("vpc-0a1b2c3d4e5f60718");

inline const QString azureContainerId = QStringLiteral("64b0aa00000000000000b002");
inline const QString azureRegion = QStringLiteral("US_EAST_2");
inline const QString azureAtlasCidrBlock = QStringLiteral("192.168.0.0/21");
inline const QString azureContainerSubscriptionId = QStringLiteral("64b0ab00000000000000b0aa");
inline const QString azureContainerVnetName = QStringLiteral("vnet_64b0aa00000000000000b002");

inline const QString gcpContainerId = QStringLiteral("64b0aa00000000000000c003");
inline const QString gcpRegion = QStringLiteral("CENTRAL_US");
inline const QString gcpAtlasCidrBlock = QStringLiteral("10.8.0.0/18");
inline const QString gcpContainerProjectId = QStringLiteral("p-sandbox00000000000000gcp");
inline const QString gcpContainerNetworkName = QStringLiteral("nt-64b0aa00000000000000c003-sandbox1");

/// One cluster per provider in the demo project, each in the region of that provider's container. Their host names
/// share the project's host tag, as Atlas's do.
inline const QString clusterHostTag = QStringLiteral("ab1cd");
inline const QString awsClusterId = QStringLiteral("64c0cc00000000000000a001");
inline const QString awsClusterName = QStringLiteral("demo-aws");
inline const QString azureClusterId = QStringLiteral("64c0cc00000000000000b002");
inline const QString azureClusterName = QStringLiteral("demo-azure");
inline const QString gcpClusterId = QStringLiteral("64c0cc00000000000000c003");
inline const QString gcpClusterName = QStringLiteral("demo-gcp");

/// Programmatic API key: digest user name and password.
inline const QString publicKey = QStringLiteral("sandboxpub");
inline const QString privateKey = QStringLiteral("00000000-5a4d-4b0c-8a11-fa4e5a4db0c5");
/// Service account for the OAuth client-credentials flow.
inline const QString clientId = QStringLiteral("mdb_sa_id_5a4db0c5fa4e00000000000");
inline const QString clientSecret = QStringLiteral("mdb_sa_sk_sandbox0fake0secret0do0not0use");

} // namespace PeeringDesk::SandboxSeed
