// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace PeeringDesk {

/// One field whose value in a form differs from the peering Atlas has for the same network. Value type.
struct FieldDifference
{
    /// The wire name: "routeTableCidrBlock", "azureDirectoryId".
    QString field;
    QString inForm;
    /// Empty when Atlas does not say.
    QString inAtlas;

    friend bool operator==(const FieldDifference &, const FieldDifference &) = default;
};

using FieldDifferences = QList<FieldDifference>;

} // namespace PeeringDesk
