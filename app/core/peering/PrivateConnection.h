// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Cluster.h"
#include "model/Container.h"
#include "model/Peering.h"
#include "peering/NextSteps.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// The clusters an application reaches over one peering, with their private connection strings, or, when there
/// is none to show, why: the peering is not AVAILABLE yet, no cluster runs in the peered container's region, or
/// Atlas has not published the private strings yet.
struct PrivateConnection
{
    Q_DECLARE_TR_FUNCTIONS(PrivateConnection)

public:
    /// The clusters in the peered provider and region; each may or may not have its private strings yet.
    QList<Cluster> clusters;
    /// Why no private string can be shown; empty when at least one cluster has one. Translated.
    QString whyNone;
    /// AWS: turning on DNS resolution and DNS hostnames in the VPC, without which the private host names do not
    /// resolve to the peered addresses.
    QList<NextStep> dnsSteps;

    static PrivateConnection find(const Peering &peering, const std::optional<Container> &container,
                                  const QList<Cluster> &projectClusters);
};

} // namespace PeeringDesk
