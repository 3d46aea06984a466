// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioning/ProjectStateReader.h"

#include "api/AtlasApi.h"
#include "peering/PeeringLog.h"

namespace PeeringDesk {

ProjectStateReader::ProjectStateReader(AtlasApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

ProjectStateReader::~ProjectStateReader() = default;

namespace {

using Step = std::function<void(std::function<void()> next)>;

// One list read into the project's state. Once a read of a project fails its other reads are skipped: a project
// read in half would plan wrong.
template <typename T, typename Call, typename Keep>
Step readStep(QHash<QString, ProjectState> *states, const QString &groupId, Call call, Keep keep)
{
    return [states, groupId, call, keep](std::function<void()> next) {
        if ((*states)[groupId].failure) {
            next();
            return;
        }
        call([states, groupId, keep, next](const AtlasResult<QList<T>> &result) {
            ProjectState &state = (*states)[groupId];
            if (result.isOk()) {
                keep(state, result.value());
            } else {
                state.failure = result.failure();
            }
            next();
        });
    };
}

} // namespace

void ProjectStateReader::read(const QStringList &groupIds, const QStringList &withAccessList, Done done)
{
    m_states.clear();
    m_steps.clear();
    m_done = std::move(done);
    for (const QString &groupId : groupIds) {
        m_states[groupId].groupId = groupId;
        for (const Provider provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
            m_steps.append(readStep<Peering>(
                &m_states, groupId,
                [this, groupId, provider](AtlasCallback<QList<Peering>> deliver) {
                    m_api->listPeerings(groupId, provider, this, std::move(deliver));
                },
                [](ProjectState &state, const QList<Peering> &peers) { state.peers.append(peers); }));
            m_steps.append(readStep<Container>(
                &m_states, groupId,
                [this, groupId, provider](AtlasCallback<QList<Container>> deliver) {
                    m_api->listContainers(groupId, provider, this, std::move(deliver));
                },
                [](ProjectState &state, const QList<Container> &containers) { state.containers.append(containers); }));
        }
        if (withAccessList.contains(groupId)) {
            m_steps.append(readStep<AccessListEntry>(
                &m_states, groupId,
                [this, groupId](AtlasCallback<QList<AccessListEntry>> deliver) {
                    m_api->listAccessList(groupId, this, std::move(deliver));
                },
                [](ProjectState &state, const QList<AccessListEntry> &entries) { state.accessList = entries; }));
        }
    }
    runSteps();
}

void ProjectStateReader::runSteps()
{
    if (m_steps.isEmpty()) {
        qCInfo(lcPeering) << "read" << m_states.size() << "project(s) for a plan";
        m_done(m_states);
        return;
    }
    const Step step = m_steps.takeFirst();
    step([this] { runSteps(); });
}

} // namespace PeeringDesk
