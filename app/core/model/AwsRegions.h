// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace PeeringDesk {

/// AWS region names in both spellings: Atlas's (US_EAST_1, on containers) and AWS's (us-east-1, on peers).
class AwsRegions
{
public:
    /// Every AWS region Atlas knows, in AWS's spelling (atlas-api.md §5, without Atlas's GLOBAL).
    static QStringList cloudNames();
    /// US_EAST_1 -> us-east-1.
    static QString toCloudName(const QString &atlasName);
    /// us-east-1 -> US_EAST_1.
    static QString toAtlasName(const QString &cloudName);
};

} // namespace PeeringDesk
