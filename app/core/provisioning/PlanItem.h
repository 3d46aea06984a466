// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FieldProblem.h"
#include "model/Peering.h"
#include "peering/FieldDifference.h"

#include <QStringList>

#include <optional>

namespace PeeringDesk {

/// What a plan found for one request of a form, compared with Atlas. Value type.
struct PlanItem
{
    enum class State {
        Exists,   ///< a peering with the same identity is there, with the same values: nothing to do
        ToCreate, ///< nothing stands for it: apply creates it
        Differs,  ///< a peering with the same identity has other values: reported, never applied over
        Conflict, ///< creating it would collide with something else (reasons say with what)
        Invalid,  ///< the form's own checks refuse it
        Unknown,  ///< its project could not be read
    };

    /// The IP access list part of a request that asks for an entry.
    struct AccessList
    {
        /// Ranges no entry allows yet: what apply adds. Empty means the entry exists.
        QStringList missing;
        /// Ranges an entry already allows.
        QStringList covered;
    };

    int request = -1;
    State state = State::Unknown;
    /// Exists and Differs: the peering Atlas has.
    std::optional<Peering> existing;
    FieldDifferences differences;
    /// Conflict and Unknown: translated sentences.
    QStringList reasons;
    /// Invalid: the form's problems.
    FieldProblems problems;
    std::optional<AccessList> accessList;

    /// The word used in JSON Lines: exists, toCreate, differs, conflict, invalid, unknown.
    static QString stateName(State state);
};

} // namespace PeeringDesk
