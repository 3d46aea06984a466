// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace PeeringDesk {

/// Atlas error codes in plain words: one translated sentence that says what to fix, shown beside the raw ApiError
/// (atlas-api.md §3.3, user-needs.md "Error codes worth mapping to human guidance").
class ErrorGuidance
{
    Q_DECLARE_TR_FUNCTIONS(ErrorGuidance)

public:
    /// The advice for `errorCode`; empty for a code this version does not know.
    static QString forCode(const QString &errorCode);
    /// The advice for an ApiError; falls back to empty like forCode().
    static QString forError(const ApiError &error);
};

} // namespace PeeringDesk
