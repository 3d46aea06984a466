// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/ConnectionFailure.h"
#include "model/Peering.h"
#include "transport/RequestFailure.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace PeeringDesk {

/// What one create ended in. Value type: the window and the command line render it; neither decides again
/// what counts as created.
struct SubmitOutcome
{
    enum class Kind {
        Created,       ///< a 2xx with a peering that has an id
        RequestFailed, ///< Atlas, or something on the way, answered with a failure
        NotSent,       ///< nothing left this computer: no connection, a rule refused it, or no credentials
        MaybeCreated,  ///< a 2xx whose answer could not be read: Atlas may well have created the peering
    };

    Kind kind = Kind::RequestFailed;
    std::optional<Peering> peering;
    /// Set for RequestFailed and MaybeCreated.
    std::optional<RequestFailure> failure;
    /// Set for NotSent.
    std::optional<ConnectionFailure> notSent;
    /// The request was handed to the network (a cancel while the keychain was read sends nothing).
    bool sent = false;
    int httpStatus = 0;
    QByteArray rawBody;
    QUrl url;
    /// The profile whose credentials were used (or could not be read); empty for fixed credentials.
    QString profile;

    /// True when the request may have reached Atlas and done its work although no peering came back: the user
    /// must look at the project's peerings before sending it again.
    bool mayHaveBeenCreated() const;
    /// The body as received, indented when it is JSON, for the raw view.
    QString prettyBody() const;
};

} // namespace PeeringDesk
