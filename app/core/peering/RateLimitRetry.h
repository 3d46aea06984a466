// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace PeeringDesk {

struct SubmitOutcome;

/// When a create may be sent again: only after a 429, which says Atlas did not take it, and only a few times.
/// Anything else (an answer, an error, an outcome nobody knows) stands: a create is never sent twice otherwise.
class RateLimitRetry
{
public:
    static constexpr int maxRetries = 5;

    /// Seconds to wait before sending the same create again, or nothing when the outcome stands. `retriesSoFar`:
    /// how often this create was already sent again.
    static std::optional<int> delayFor(const SubmitOutcome &outcome, int retriesSoFar);
};

} // namespace PeeringDesk
