// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioning/PlanItem.h"
#include "provisioning/ProjectState.h"
#include "provisioning/SavedForm.h"

#include <QCoreApplication>
#include <QHash>

namespace PeeringDesk {

/// Compares a form with what Atlas has (Atlas is the state: no state file) and says, per request, what applying
/// it would do. Pure: the caller reads the projects (ProjectStateReader) and checks each request with the same
/// rules as Create (PeeringSubmitter::problems).
class FormPlanner
{
    Q_DECLARE_TR_FUNCTIONS(FormPlanner)

public:
    /// `problems[i]`: the form's own problems with request i. `projects`: by group id.
    static QList<PlanItem> plan(const QList<SavedRequest> &requests, const QList<FieldProblems> &problems,
                                const QHash<QString, ProjectState> &projects);
};

} // namespace PeeringDesk
