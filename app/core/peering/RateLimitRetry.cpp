// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimitRetry.h"

#include "peering/SubmitOutcome.h"

#include <QtGlobal>

namespace PeeringDesk {

std::optional<int> RateLimitRetry::delayFor(const SubmitOutcome &outcome, int retriesSoFar)
{
    if (!outcome.failure || outcome.httpStatus != 429 || outcome.mayHaveBeenCreated() || retriesSoFar >= maxRetries) {
        return std::nullopt;
    }
    // Without Retry-After, a short pause; a huge one is a broken server, not a reason to wait for hours.
    return qBound(1, outcome.failure->retryAfterSeconds().value_or(5), 3600);
}

} // namespace PeeringDesk
