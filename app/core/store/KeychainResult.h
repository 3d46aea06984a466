// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"

#include <QString>

namespace PeeringDesk {

/// The outcome of one keychain operation, with a message a person can act on. Value type.
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound,    ///< nothing stored under that profile yet
        Locked,      ///< the keyring exists but is locked
        Denied,      ///< the user or the system refused access
        Unavailable, ///< no Secret Service / keychain at all, or it failed
    };

    Status status = Status::Ok;
    /// Filled by reads that succeed.
    Credentials credentials;
    /// Translated: what happened and what to do. Empty for Ok.
    QString message;
    /// The keychain's own words, for the details view and the log.
    QString backendError;

    bool ok() const { return status == Status::Ok; }
};

} // namespace PeeringDesk
