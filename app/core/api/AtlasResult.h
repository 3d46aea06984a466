// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestFailure.h"

#include <utility>
#include <variant>

namespace PeeringDesk {

/// What one AtlasApi call produced: a decoded value, or the reason there is none. Never both, never neither, so a
/// caller cannot mistake an answer that did not decode for an empty list. Value type.
template <typename T>
class AtlasResult
{
public:
    AtlasResult(T value)
        : m_outcome(std::in_place_index<0>, std::move(value))
    {}
    AtlasResult(RequestFailure failure)
        : m_outcome(std::in_place_index<1>, std::move(failure))
    {}

    bool isOk() const { return m_outcome.index() == 0; }
    /// Only when isOk().
    const T &value() const { return std::get<0>(m_outcome); }
    /// Only when !isOk().
    const RequestFailure &failure() const { return std::get<1>(m_outcome); }
    bool isCancelled() const { return !isOk() && failure().kind() == RequestFailure::Kind::Cancelled; }

private:
    std::variant<T, RequestFailure> m_outcome;
};

} // namespace PeeringDesk
