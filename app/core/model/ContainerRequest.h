// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Container.h"
#include "FieldProblem.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace PeeringDesk {

/// The body of POST /groups/{groupId}/containers, with the CIDR rules Atlas applies (user-needs.md §c) checked
/// before anything is sent. Fields hold what the user chose or typed.
struct ContainerRequest
{
    Q_DECLARE_TR_FUNCTIONS(ContainerRequest)

public:
    Provider provider = Provider::Aws;
    /// AWS regionName or Azure region, in Atlas's spelling (US_EAST_1).
    QString region;
    /// GCP only: the regions of a small (/21 to /24) container; empty for a /18-or-larger one.
    QStringList regions;
    QString atlasCidrBlock;

    /// Problems per field: "regionName" (AWS), "region" (Azure), "regions" (GCP) and "atlasCidrBlock".
    FieldProblems validate() const;
    bool isValid() const { return validate().isEmpty(); }
    QJsonObject toJson() const;

    /// The existing container Atlas would use instead of creating this one: same provider and, for AWS and Azure,
    /// the same region (Google Cloud allows one container per project).
    std::optional<Container> existingIn(const QList<Container> &containers) const;
    /// A translated warning when an existing container's CIDR silently wins over the one typed; empty otherwise.
    QString cidrWinsWarning(const QList<Container> &containers) const;

    /// The largest number of regions a small GCP container of this prefix length may list (2^(24-prefix)).
    static int maxGcpRegions(int prefixLength);
};

} // namespace PeeringDesk
