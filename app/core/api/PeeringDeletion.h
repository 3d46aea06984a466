// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace PeeringDesk {

/// How a deletion went, when it went well. Atlas answers an error when the peering is already gone or already
/// going; for whoever asked for the deletion that is the outcome they wanted, so it is a success too.
enum class PeeringDeletion {
    Accepted,         ///< 202: Atlas is deleting it now
    AlreadyGone,      ///< PEER_NOT_FOUND
    AlreadyRequested, ///< PEER_ALREADY_REQUESTED_DELETION
};

} // namespace PeeringDesk
