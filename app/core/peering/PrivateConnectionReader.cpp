// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PrivateConnectionReader.h"

#include "api/AtlasApi.h"
#include "peering/PeeringLog.h"

namespace PeeringDesk {

PrivateConnectionReader::PrivateConnectionReader(AtlasApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

PrivateConnectionReader::~PrivateConnectionReader() = default;

void PrivateConnectionReader::readContainer(const QString &groupId, const Peering &peering, ContainerDone done)
{
    const QString containerId = peering.containerId();
    if (const auto cached = m_containers.constFind(containerId); cached != m_containers.cend()) {
        done(std::optional<Container>(*cached));
        return;
    }
    const Provider provider = peering.provider().value_or(Provider::Aws);
    m_api->listContainers(groupId, provider, this,
                          [this, containerId, done](const AtlasResult<QList<Container>> &listed) {
                              if (!listed.isOk()) {
                                  done(listed.failure());
                                  return;
                              }
                              for (const Container &container : listed.value()) {
                                  m_containers.insert(container.id, container);
                              }
                              const auto found = m_containers.constFind(containerId);
                              done(found == m_containers.cend() ? std::nullopt : std::optional<Container>(*found));
                          });
}

void PrivateConnectionReader::read(const QString &groupId, const Peering &peering, Done done)
{
    readContainer(
        groupId, peering, [this, groupId, peering, done](const AtlasResult<std::optional<Container>> &container) {
            if (!container.isOk()) {
                done(container.failure());
                return;
            }
            const std::optional<Container> peered = container.value();
            m_api->listClusters(groupId, this, [peering, peered, done](const AtlasResult<QList<Cluster>> &clusters) {
                if (!clusters.isOk()) {
                    done(clusters.failure());
                    return;
                }
                const PrivateConnection found = PrivateConnection::find(peering, peered, clusters.value());
                qCDebug(lcPeering) << "private connection of" << peering.id() << ":" << found.clusters.size()
                                   << "cluster(s) in the peered region";
                done(found);
            });
        });
}

} // namespace PeeringDesk
