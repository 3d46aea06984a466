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
    /// The AWS spelling of a name written the Atlas way (US_EAST_1 -> us-east-1, US_GOV_WEST_1 -> us-gov-west-1),
    /// or empty when `atlasName` is not in Atlas's form (GLOBAL, us-east-1, a typo). Regions newer than the list
    /// convert too: only the form is checked.
    static QString fromAtlasName(const QString &atlasName);
    /// us-east-1 -> US_EAST_1.
    static QString toAtlasName(const QString &cloudName);
};

} // namespace PeeringDesk
