// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasResult.h"
#include "model/Container.h"
#include "model/Peering.h"
#include "peering/PrivateConnection.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;

/// Reads what PrivateConnection::find needs about one peering from Atlas: the peered container (for its region,
/// unless the caller already has it) and the project's clusters. For callers without a window's state, such as
/// `--submit --wait`; the window's panel holds the container already and reads the clusters itself.
class PrivateConnectionReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivateConnectionReader)

public:
    using ContainerDone = std::function<void(const AtlasResult<std::optional<Container>> &)>;
    using Done = std::function<void(const AtlasResult<PrivateConnection> &)>;

    explicit PrivateConnectionReader(AtlasApi *api, QObject *parent = nullptr);
    ~PrivateConnectionReader() override;

    /// The container the peering belongs to; nothing when Atlas no longer lists it. Read once per container.
    void readContainer(const QString &groupId, const Peering &peering, ContainerDone done);
    /// The container (unless `known`) and the clusters, then the private connection of the peering as it is now.
    void read(const QString &groupId, const Peering &peering, Done done);

private:
    AtlasApi *m_api;
    /// Containers already read, by id: a form often peers several networks with the same container.
    QHash<QString, Container> m_containers;
};

} // namespace PeeringDesk
