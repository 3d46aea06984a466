// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace PeeringDesk {

/// The Google Cloud container regions Atlas knows, in Atlas's spelling (CENTRAL_US, US_EAST_4): atlas-api.md §5.
class GcpRegions
{
public:
    static QStringList atlasNames();
};

} // namespace PeeringDesk
