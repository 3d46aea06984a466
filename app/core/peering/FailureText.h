// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestFailure.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PeeringDesk {

/// The one place that turns a failed Atlas call into words, for every front end: the window's panels, the
/// results panel and the command line all say the same thing about the same failure.
class FailureText
{
    Q_DECLARE_TR_FUNCTIONS(FailureText)

public:
    /// What the failed call was: a create adds what a Retry-After or a gateway error means for sending it again.
    enum class Act { Read, Create };

    /// The failure's message, Atlas's advice for its error code, and (for a create) the Retry-After and gateway
    /// sentences. Paragraphs are separated by a blank line.
    static QString explain(const RequestFailure &failure, Act act = Act::Read);
    /// A short title: the failure's own, except for a create answered 2xx that could not be read.
    static QString title(const RequestFailure &failure, Act act = Act::Read);
    /// The same in one line, for status lines and lists.
    static QString oneLine(const RequestFailure &failure, Act act = Act::Read);
    /// Every fact of an Atlas error on a line of its own, for text front ends: errorCode, reason, detail,
    /// parameters, each field violation. Empty when the failure carries no Atlas error.
    static QStringList apiErrorLines(const RequestFailure &failure);
};

} // namespace PeeringDesk
