// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PeeringDesk {

/// The corrections the field rules know for sure: a value a rule rejects for a reason with exactly one right
/// answer (Atlas's US_EAST_1 in an AWS region field, a CIDR block with host bits, an account ID with dashes, a
/// Google Cloud network self-link) has a suggested value. Suggestions are offered, never applied unasked.
class FieldFix
{
public:
    using Rule = QString (*)(const QString &);

    /// The value that `rule` accepts in place of the cleaned `value`, or empty when `value` is fine, the rule
    /// knows no single fix, or the fixed value would still be refused for another reason.
    static QString suggestion(Rule rule, const QString &value);
    /// The same for a request field named by its wire name ("groupId", "vpcId", "networkName"…); `value` may be
    /// raw (it is cleaned first). Empty for names that are not request fields.
    static QString suggestionFor(const QString &wireName, const QString &value);
    /// The rule of a request field, by wire name, or null when there is no such field.
    static Rule ruleFor(const QString &wireName);
};

} // namespace PeeringDesk
