// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxError.h"
#include "model/Provider.h"

#include <QJsonObject>
#include <QList>

namespace PeeringDesk {

/// Field-level checks of a create-peer body, per provider. Collects every violation rather than stopping at the
/// first, so one round trip tells the user everything that is wrong.
///
/// Uses the corrected rules (real CIDRs for routeTableCidrBlock, 8- or 17-hex VPC ids, anchored GCP patterns),
/// not the spec's broken regexes. Semantic checks (private range, overlaps, duplicates) happen later.
class PeerValidator
{
public:
    static QList<SandboxError::FieldViolation> validate(const QJsonObject &body, Provider provider);
    /// The fields a create request of this provider may carry and Atlas echoes back.
    static QStringList requestFieldNames(Provider provider);
};

} // namespace PeeringDesk
