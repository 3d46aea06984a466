// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/KeychainResult.h"

#include <QString>

namespace PeeringDesk {

/// Why a connection could not be made ready, so that nothing was sent: there is no profile, a rule refused it
/// (plain http to another computer), or the keychain could not give the credentials. Value type.
struct ConnectionFailure
{
    enum class Kind {
        NoConnection, ///< no profile chosen yet
        Refused,      ///< a rule forbids this connection (plain http to another computer)
        Keychain,     ///< the credentials could not be read
        Changed,      ///< the user switched to another connection while this one was being prepared
    };

    Kind kind = Kind::NoConnection;
    /// Translated: what happened and what to do.
    QString message;
    /// Set for Kind::Keychain.
    KeychainResult keychain;
};

} // namespace PeeringDesk
