// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/SubmitOutcome.h"

#include <QJsonDocument>

namespace PeeringDesk {

bool SubmitOutcome::mayHaveBeenCreated() const
{
    if (kind == Kind::MaybeCreated) {
        return true;
    }
    if (kind != Kind::RequestFailed || !failure || !sent) {
        return false;
    }
    switch (failure->kind()) {
    case RequestFailure::Kind::Timeout:
    case RequestFailure::Kind::Network:
    case RequestFailure::Kind::Cancelled:
        // The body may have been read by Atlas before the answer was lost.
        return true;
    case RequestFailure::Kind::Api:
    case RequestFailure::Kind::Http:
        // A gateway that gave up may have passed the request on first.
        return failure->httpStatus() == 502 || failure->httpStatus() == 504;
    default:
        return false;
    }
}

QString SubmitOutcome::prettyBody() const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(rawBody, &error);
    return error.error == QJsonParseError::NoError && !document.isNull()
               ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
               : QString::fromUtf8(rawBody);
}

} // namespace PeeringDesk
