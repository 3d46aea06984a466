// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPlanReader.h"

#include "connection/ConnectionSession.h"
#include "peering/PeeringSubmitter.h"
#include "provisioning/FormPlanner.h"
#include "provisioning/ProjectStateReader.h"

namespace PeeringDesk {

FormPlanReader::FormPlanReader(PeeringSubmitter *submitter, AtlasApi *api, QObject *parent)
    : QObject(parent)
    , m_submitter(submitter)
    , m_stateReader(new ProjectStateReader(api, this))
{}

FormPlanReader::~FormPlanReader() = default;

FieldProblems FormPlanReader::problems(const SavedRequest &saved) const
{
    FieldProblems problems = m_submitter->problems(saved.request);
    if (saved.accessList) {
        for (FieldProblem problem : saved.accessList->validate()) {
            problem.field.prepend(QLatin1String("accessList."));
            problems.append(problem);
        }
    }
    return problems;
}

void FormPlanReader::cancel()
{
    m_finished = ++m_generation;
}

void FormPlanReader::read(const QList<SavedRequest> &requests, Done done)
{
    const int generation = ++m_generation;
    QList<FieldProblems> allProblems;
    QStringList groups;
    QStringList withAccessList;
    for (const SavedRequest &saved : requests) {
        allProblems.append(problems(saved));
        if (!allProblems.constLast().isEmpty()) {
            continue; // never read on behalf of a request Create would refuse
        }
        const QString groupId = saved.request.groupIdCleaned();
        if (!groups.contains(groupId)) {
            groups.append(groupId);
        }
        if (saved.accessList && !withAccessList.contains(groupId)) {
            withAccessList.append(groupId);
        }
    }
    auto finish = [this, generation, requests, allProblems, done](const QHash<QString, ProjectState> &projects,
                                                                  const std::optional<ConnectionFailure> &notSent) {
        if (generation != m_generation) {
            return;
        }
        m_finished = generation;
        done(FormPlanner::plan(requests, allProblems, projects), notSent);
    };
    if (groups.isEmpty()) {
        finish({}, std::nullopt); // every request is invalid: nothing to read
        return;
    }
    m_submitter->session()->prepare(this, [this, generation, groups, withAccessList,
                                           finish](const std::optional<ConnectionFailure> &failure) {
        if (generation != m_generation) {
            return;
        }
        if (failure) {
            finish({}, failure);
            return;
        }
        m_stateReader->read(groups, withAccessList,
                            [finish](const QHash<QString, ProjectState> &projects) { finish(projects, std::nullopt); });
    });
}

} // namespace PeeringDesk
