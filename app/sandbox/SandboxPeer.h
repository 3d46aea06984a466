// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provider.h"

#include <QJsonObject>
#include <QString>

namespace PeeringDesk {

/// A peering connection as created. Its status is not stored: PeerTimeline derives it from the timestamps.
struct SandboxPeer
{
    QString id;
    QString groupId;
    Provider provider = Provider::Aws;
    QString containerId;
    /// The provider-specific fields of the create request, echoed back as Atlas does.
    QJsonObject requestFields;
    QString connectionId; ///< AWS only: the pcx- id shown once the request reaches AWS.
    qint64 createdAtMs = 0;
    qint64 deletedAtMs = -1; ///< -1 while not being deleted.
    /// AWS and GCP: waits at PENDING_ACCEPTANCE / WAITING_FOR_USER until accepted (SandboxServer::acceptPeer()).
    bool needsAcceptance = false;
    qint64 acceptedAtMs = -1; ///< -1 until accepted.
};

} // namespace PeeringDesk
