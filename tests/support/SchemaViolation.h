// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PeeringDesk::TestSupport {

/// One way a JSON value breaks a schema, as JsonSchemaValidator reports it.
struct SchemaViolation
{
    /// Where in the value: "results[3].statusName"; empty for the value itself.
    QString path;
    /// Where in the schema facts: "#/definitions/ApiError/properties/parameters/items".
    QString schemaLocation;
    /// The keyword that failed: "pattern", "required", "oneOf", …
    QString keyword;
    QString message;
    /// Set when a KnownSpecDeviation took the keyword's place and its own check passed: the value is right and the
    /// spec is wrong, for the reason given here. Empty for a real violation.
    QString waivedBecause;

    bool isWaived() const { return !waivedBecause.isEmpty(); }
    QString toString() const
    {
        QString text = (path.isEmpty() ? QStringLiteral("(value)") : path) + QStringLiteral(": ") + message;
        if (isWaived())
            text += QStringLiteral(" [known spec bug: ") + waivedBecause + u']';
        return text;
    }
};

} // namespace PeeringDesk::TestSupport
