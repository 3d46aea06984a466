// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioning/FormPlanner.h"

#include "peering/FailureText.h"
#include "peering/PeeringIdentity.h"
#include "peering/PreflightCheck.h"

namespace PeeringDesk {

QString PlanItem::stateName(State state)
{
    switch (state) {
    case State::Exists:
        return QStringLiteral("exists");
    case State::ToCreate:
        return QStringLiteral("toCreate");
    case State::Differs:
        return QStringLiteral("differs");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Invalid:
        return QStringLiteral("invalid");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

namespace {

std::optional<PlanItem::AccessList> accessListPlan(const SavedRequest &saved, const ProjectState &project)
{
    if (!saved.accessList) {
        return std::nullopt;
    }
    PlanItem::AccessList plan;
    plan.missing = saved.accessList->withoutCovered(project.accessList).ranges();
    for (const QString &range : saved.accessList->ranges()) {
        if (!plan.missing.contains(range)) {
            plan.covered.append(range);
        }
    }
    return plan;
}

} // namespace

QList<PlanItem> FormPlanner::plan(const QList<SavedRequest> &requests, const QList<FieldProblems> &problems,
                                  const QHash<QString, ProjectState> &projects)
{
    QList<PlanItem> items;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const SavedRequest &saved = requests.at(i);
        PlanItem item;
        item.request = static_cast<int>(i);
        item.problems = problems.value(i);
        if (!item.problems.isEmpty()) {
            item.state = PlanItem::State::Invalid;
            items.append(item);
            continue;
        }
        const auto project = projects.constFind(saved.request.groupIdCleaned());
        if (project == projects.cend() || project->failure) {
            item.state = PlanItem::State::Unknown;
            item.reasons.append(
                project == projects.cend()
                    ? tr("Project %1 was not read.").arg(saved.request.groupIdCleaned())
                    : tr("Project %1 could not be read: %2")
                          .arg(saved.request.groupIdCleaned(), FailureText::oneLine(*project->failure)));
            items.append(item);
            continue;
        }
        item.accessList = accessListPlan(saved, *project);

        // The same peering asked for twice: the second would only ever draw a 409.
        for (qsizetype j = 0; j < i; ++j) {
            if (problems.value(j).isEmpty() && PeeringIdentity::sameIdentity(requests.at(j).request, saved.request)) {
                item.reasons.append(tr("Request %1 of this form asks for the same peering.").arg(j));
            }
        }
        if (!item.reasons.isEmpty()) {
            item.state = PlanItem::State::Conflict;
            items.append(item);
            continue;
        }

        if (const auto existing = PeeringIdentity::find(saved.request, project->peers)) {
            item.existing = existing;
            item.differences =
                PeeringIdentity::differences(saved.request, *existing, project->container(existing->containerId()));
            item.state = item.differences.isEmpty() ? PlanItem::State::Exists : PlanItem::State::Differs;
            items.append(item);
            continue;
        }

        // The same checks as the window's pre-flight: what Atlas would answer with a 409 or a FAILED peering.
        const PreflightFindings findings =
            PreflightCheck::run(saved.request, project->container(saved.request.containerId()), project->peers);
        for (const PreflightFinding &finding : findings) {
            if (finding.severity == PreflightFinding::Severity::Error) {
                item.reasons.append(finding.message);
            }
        }
        if (!project->container(saved.request.containerId())) {
            item.reasons.append(tr("Container %1 is not a container of project %2.")
                                    .arg(saved.request.containerId(), saved.request.groupIdCleaned()));
        }
        item.state = item.reasons.isEmpty() ? PlanItem::State::ToCreate : PlanItem::State::Conflict;
        items.append(item);
    }
    return items;
}

} // namespace PeeringDesk
