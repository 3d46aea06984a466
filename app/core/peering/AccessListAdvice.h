// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccessListRequest.h"
#include "model/Container.h"
#include "model/Peering.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace PeeringDesk {

/// What to put on the project's IP access list so that the network behind a peering reaches the clusters, and
/// what the user needs to know to choose it (user-needs.md §(b)): the peered VPC's range for AWS; for Azure and
/// Google Cloud, whose peering bodies carry no range, a question, with the GKE Pod range explained.
struct AccessListAdvice
{
    Q_DECLARE_TR_FUNCTIONS(AccessListAdvice)

public:
    /// Offered as they are: the AWS VPC's CIDR block; empty for Azure and Google Cloud.
    QStringList suggestedRanges;
    /// What ranges to enter, for the field's helper line. Translated.
    QString rangesHint;
    /// Things that change what to enter. Translated.
    QStringList notes;
    /// "Peering Desk: AWS vpc-0abc… (peering 6a1…)", at most AccessListRequest::maxCommentLength characters.
    QString comment;

    static AccessListAdvice forPeering(const Peering &peering, const std::optional<Container> &container);
    /// The request the advice starts from: the suggested ranges and the comment.
    AccessListRequest request() const { return AccessListRequest(suggestedRanges, comment); }
};

} // namespace PeeringDesk
