// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/FailureText.h"

#include "peering/ErrorGuidance.h"

namespace PeeringDesk {

namespace {

bool unreadableSuccess(const RequestFailure &failure, FailureText::Act act)
{
    return act == FailureText::Act::Create && failure.httpStatus() >= 200 && failure.httpStatus() < 300;
}

} // namespace

QString FailureText::title(const RequestFailure &failure, Act act)
{
    return unreadableSuccess(failure, act) ? tr("Unreadable answer: the peering may have been created")
                                           : failure.title();
}

QString FailureText::explain(const RequestFailure &failure, Act act)
{
    if (unreadableSuccess(failure, act)) {
        // Atlas said yes; only its answer was lost. Saying "failed" here would invite a second create.
        return tr("Atlas answered HTTP %1, so it accepted the request, but its answer could not be read (%2). The "
                  "peering may well have been created: look at the project's peerings before you send it again.")
            .arg(failure.httpStatus())
            .arg(failure.detail());
    }
    QStringList paragraphs{failure.message()};
    if (failure.apiError()) {
        if (const QString advice = ErrorGuidance::forError(*failure.apiError()); !advice.isEmpty()) {
            paragraphs.append(tr("What to do: %1").arg(advice));
        }
    }
    if (act == Act::Create) {
        if (const auto seconds = failure.retryAfterSeconds()) {
            paragraphs.append(tr("Atlas asks to wait %n second(s) before the next request. Peering Desk never sends "
                                 "a create again by itself: send it again once the time has passed.",
                                 nullptr, *seconds));
        }
        if (failure.kind() == RequestFailure::Kind::Network) {
            paragraphs.append(tr("The request may have reached Atlas before the connection failed: look at the "
                                 "project's peerings before you send it again."));
        }
        if (failure.httpStatus() == 502 || failure.httpStatus() == 504) {
            // A gateway that gave up may have passed the request on first.
            paragraphs.append(tr("A gateway error does not prove that nothing was created: check the project's "
                                 "peerings before you send it again."));
        }
    } else if (const auto seconds = failure.retryAfterSeconds()) {
        paragraphs.append(tr("Atlas asks to wait %n second(s) before the next request.", nullptr, *seconds));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString FailureText::oneLine(const RequestFailure &failure, Act act)
{
    return explain(failure, act).replace(QStringLiteral("\n\n"), QStringLiteral(" "));
}

QStringList FailureText::apiErrorLines(const RequestFailure &failure)
{
    QStringList lines;
    if (!failure.apiError()) {
        return lines;
    }
    const ApiError &error = *failure.apiError();
    if (!error.errorCode().isEmpty()) {
        lines.append(tr("errorCode: %1").arg(error.errorCode()));
    }
    if (!error.reason().isEmpty()) {
        lines.append(tr("reason: %1").arg(error.reason()));
    }
    if (!error.detail().isEmpty()) {
        lines.append(tr("detail: %1").arg(error.detail()));
    }
    if (const QString parameters = error.parametersText(); !parameters.isEmpty()) {
        lines.append(tr("parameters: %1").arg(parameters));
    }
    for (const FieldViolation &violation : error.fieldViolations()) {
        lines.append(tr("field %1: %2").arg(violation.field, violation.description));
    }
    return lines;
}

} // namespace PeeringDesk
