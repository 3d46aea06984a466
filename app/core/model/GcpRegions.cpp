// SPDX-License-Identifier: GPL-3.0-or-later
#include "GcpRegions.h"

namespace PeeringDesk {

QStringList GcpRegions::atlasNames()
{
    // The GCP container regions[] enum of the Atlas API (2026-08 spec), in its order.
    return {
        QStringLiteral("AFRICA_SOUTH_1"),
        QStringLiteral("ASIA_EAST_2"),
        QStringLiteral("ASIA_NORTHEAST_2"),
        QStringLiteral("ASIA_NORTHEAST_3"),
        QStringLiteral("ASIA_SOUTH_1"),
        QStringLiteral("ASIA_SOUTH_2"),
        QStringLiteral("ASIA_SOUTHEAST_2"),
        QStringLiteral("AUSTRALIA_SOUTHEAST_1"),
        QStringLiteral("AUSTRALIA_SOUTHEAST_2"),
        QStringLiteral("CENTRAL_US"),
        QStringLiteral("EASTERN_ASIA_PACIFIC"),
        QStringLiteral("EASTERN_US"),
        QStringLiteral("EUROPE_CENTRAL_2"),
        QStringLiteral("EUROPE_NORTH_1"),
        QStringLiteral("EUROPE_WEST_2"),
        QStringLiteral("EUROPE_WEST_3"),
        QStringLiteral("EUROPE_WEST_4"),
        QStringLiteral("EUROPE_WEST_6"),
        QStringLiteral("EUROPE_WEST_10"),
        QStringLiteral("EUROPE_WEST_12"),
        QStringLiteral("MIDDLE_EAST_CENTRAL_1"),
        QStringLiteral("MIDDLE_EAST_CENTRAL_2"),
        QStringLiteral("MIDDLE_EAST_WEST_1"),
        QStringLiteral("NORTH_AMERICA_NORTHEAST_1"),
        QStringLiteral("NORTH_AMERICA_NORTHEAST_2"),
        QStringLiteral("NORTH_AMERICA_SOUTH_1"),
        QStringLiteral("NORTHEASTERN_ASIA_PACIFIC"),
        QStringLiteral("SOUTH_AMERICA_EAST_1"),
        QStringLiteral("SOUTH_AMERICA_WEST_1"),
        QStringLiteral("SOUTHEASTERN_ASIA_PACIFIC"),
        QStringLiteral("US_EAST_4"),
        QStringLiteral("US_EAST_5"),
        QStringLiteral("US_WEST_2"),
        QStringLiteral("US_WEST_3"),
        QStringLiteral("US_WEST_4"),
        QStringLiteral("US_SOUTH_1"),
        QStringLiteral("WESTERN_EUROPE"),
        QStringLiteral("WESTERN_US"),
    };
}

} // namespace PeeringDesk
