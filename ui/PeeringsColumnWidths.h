// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace PeeringDesk {

/// Sizes the columns of the peerings table to what they hold: short values (provider, status, region, CIDR,
/// connection id) whole, ids at a width that keeps both ends readable around the middle elision, the peer network up
/// to a cap. Reads each distinct value once, so a table of thousands of rows is sized in a few milliseconds.
class PeeringsColumnWidths
{
public:
    /// Widths for the rows the table's PeeringsModel holds now; the user may still drag them.
    static void apply(QTableView *table);
};

} // namespace PeeringDesk
