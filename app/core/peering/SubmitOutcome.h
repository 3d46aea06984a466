// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestFailure.h"
#include "model/Peering.h"
#include "store/KeychainResult.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace PeeringDesk {

/// What one press of Create ended in: a peering, a failed request, or no request at all because the
/// credentials could not be read. Value type; the results panel renders it without parsing anything.
struct SubmitOutcome
{
    enum class Kind { Created, RequestFailed, CredentialsUnavailable };

    Kind kind = Kind::RequestFailed;
    std::optional<Peering> peering;
    std::optional<RequestFailure> failure;
    KeychainResult keychain;
    int httpStatus = 0;
    QByteArray rawBody;
    QUrl url;
    /// The profile whose credentials were used (or could not be read).
    QString profile;
};

} // namespace PeeringDesk
