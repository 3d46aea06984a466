// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PeeringDesk {

/// Quoting for the languages exports are written in, so any value a user typed stays one value.
class ExportSyntax
{
public:
    /// Single-quoted for POSIX shells when it needs quoting at all: safe for spaces, quotes and "$".
    static QString shellQuote(const QString &value);
    /// A Terraform (HCL) string literal: backslashes, quotes and "${" interpolation escaped.
    static QString hclString(const QString &value);
    /// A Terraform resource name from any text: lower case, [a-z0-9_] only.
    static QString hclName(const QString &text);
};

} // namespace PeeringDesk
