// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "AtlasSandboxState.h"

#include <QUrl>
#include <QUrlQuery>

namespace PeeringDesk {

/// /groups/{groupId}/peers[/{peerId}]. The router has already checked authentication, the project and the rate limit.
class PeerEndpoints
{
public:
    static constexpr int maxPeersPerProject = 50;

    explicit PeerEndpoints(AtlasSandboxState &state);

    ApiResult create(const QString &groupId, const QByteArray &body);
    ApiResult list(const QString &groupId, const QUrlQuery &query, const QUrl &self);
    ApiResult get(const QString &groupId, const QString &peerId);
    ApiResult remove(const QString &groupId, const QString &peerId);
    /// The next create that passes validation meets its own peer, made a moment before by someone else.
    void createNextElsewhere() { m_nextCreatedElsewhere = true; }
    /// The magic values that play that race on every create: AWS account 409409409409, an Azure VNet or a Google
    /// Cloud network whose name starts with "taken".
    static bool isTakenElsewhere(const SandboxPeer &peer);

private:
    std::optional<SandboxError> conflictFor(const QString &groupId, const SandboxPeer &candidate,
                                            const SandboxContainer &container);
    QJsonObject render(const SandboxPeer &peer) const;

    AtlasSandboxState &m_state;
    bool m_nextCreatedElsewhere = false;
};

} // namespace PeeringDesk
