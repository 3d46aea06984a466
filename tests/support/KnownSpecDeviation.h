// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>

namespace PeeringDesk::TestSupport {

/// A keyword of the Atlas spec that is known to be wrong, and the check that replaces it for one schema location.
/// The validator still evaluates the keyword; only where it fails does the substitute decide, so a deviation can
/// neither hide a value that the spec accepts nor let through one that the substitute rejects.
struct KnownSpecDeviation
{
    /// Exactly one place in the facts, e.g. "#/definitions/AwsNetworkPeeringConnectionSettings/properties/
    /// routeTableCidrBlock".
    QString schemaLocation;
    QString keyword;
    /// Why the spec is wrong, with its source.
    QString reason;
    /// What the value must satisfy instead: returns an empty string when it does, else what is wrong.
    std::function<QString(const QJsonValue &)> substitute;
    /// For what only Atlas's answers do: a request breaking the keyword still fails.
    bool answersOnly = false;
};

} // namespace PeeringDesk::TestSupport
