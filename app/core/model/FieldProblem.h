// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace PeeringDesk {

/// One thing wrong with one field, found before anything is sent.
struct FieldProblem
{
    /// The field's wire name ("vpcId", "routeTableCidrBlock"), or "groupId" for the path parameter.
    QString field;
    /// A translated sentence that says what is wrong and how to fix it.
    QString message;
    /// The value that fixes it, when the check knows exactly one correction ("prod" for a network self-link,
    /// "10.20.0.0/16" for 10.20.1.0/16); empty otherwise. Only ever offered: nothing applies it unasked.
    QString suggestion = {};

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

using FieldProblems = QList<FieldProblem>;

} // namespace PeeringDesk
