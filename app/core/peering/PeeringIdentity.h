// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Container.h"
#include "model/Peering.h"
#include "model/PeeringRequest.h"
#include "peering/FieldDifference.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PeeringDesk {

/// Which existing peering a request stands for: the same container and the same network (AWS account + VPC, Azure
/// subscription + resource group + VNet, Google Cloud project + network), and in what the rest of it differs.
/// What makes re-running a form safe: a request whose peering exists is not sent again. Pure functions.
class PeeringIdentity
{
    Q_DECLARE_TR_FUNCTIONS(PeeringIdentity)

public:
    /// The network a request peers, in words: "AWS VPC vpc-… of account 0123…". Translated.
    static QString describe(const PeeringRequest &request);
    /// True when `peer` is the peering `request` would create.
    static bool matches(const PeeringRequest &request, const Peering &peer);
    /// The first peering of `peers` that `request` stands for, leaving out those being deleted.
    static std::optional<Peering> find(const PeeringRequest &request, const QList<Peering> &peers);
    /// True when two requests would create the same peering (a form that asks twice).
    static bool sameIdentity(const PeeringRequest &a, const PeeringRequest &b);
    /// The fields outside the identity whose values differ. `container`: the peering's container, needed because
    /// Atlas leaves accepterRegionName out when the VPC is in the container's region.
    static FieldDifferences differences(const PeeringRequest &request, const Peering &peer,
                                        const std::optional<Container> &container);
};

} // namespace PeeringDesk
