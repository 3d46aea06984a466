// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace PeeringDesk {

/// The Azure container regions Atlas knows, in Atlas's spelling (US_EAST_2, not eastus2): atlas-api.md §5.
/// Atlas adds regions over time, so responses with other names are still read.
class AzureRegions
{
public:
    static QStringList atlasNames();
};

} // namespace PeeringDesk
