// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Container.h"
#include "model/Peering.h"
#include "model/PeeringRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// One thing the pre-flight found, before the POST.
struct PreflightFinding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Info;
    /// A stable name for tests and for the UI to pick an icon or a field: "overlap-atlas-cidr", "duplicate", ….
    QString code;
    /// One translated sentence: what is wrong, and what to do.
    QString message;
};

using PreflightFindings = QList<PreflightFinding>;

/// The local checks Atlas would otherwise answer with a 409 (or a FAILED peering): overlaps, duplicates, limits,
/// provider mismatch, plus what is worth knowing (cross-region AWS peering). Pure functions over values.
class PreflightCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)

public:
    /// Fewer than this many peerings per project (user-needs.md §c).
    static constexpr int maxPeerings = 50;
    /// Fewer than this many peerings waiting for acceptance.
    static constexpr int maxPending = 25;

    /// `existingPeers`: every peering of the project, of every provider. `container`: the chosen container,
    /// when known.
    static PreflightFindings run(const PeeringRequest &request, const std::optional<Container> &container,
                                 const QList<Peering> &existingPeers);

    static bool hasErrors(const PreflightFindings &findings);
};

} // namespace PeeringDesk
