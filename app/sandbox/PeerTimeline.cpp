// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeerTimeline.h"

#include <QJsonValue>

#include <algorithm>

namespace PeeringDesk {

namespace {

const QString statusName = QStringLiteral("statusName");
const QString status = QStringLiteral("status");

/// Atlas reports accepterRegionName as null when the peer VPC sits in the container's own region.
QJsonValue accepterRegionFor(const QString &accepterRegion, const SandboxContainer &container)
{
    const QString containerRegionAwsStyle = container.regionName.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (accepterRegion == containerRegionAwsStyle)
        return QJsonValue::Null;
    return accepterRegion;
}

} // namespace

PeerTimeline::PeerTimeline(qint64 nowMs, int stepMs)
    : m_nowMs(nowMs)
    , m_stepMs(std::max(1, stepMs))
{}

qint64 PeerTimeline::stepsSince(qint64 startMs) const
{
    return std::max<qint64>(0, (m_nowMs - startMs) / m_stepMs);
}

bool PeerTimeline::isGone(const SandboxPeer &peer) const
{
    return peer.deletedAtMs >= 0 && stepsSince(peer.deletedAtMs) >= 1;
}

bool PeerTimeline::isMagicFailure(const SandboxPeer &peer)
{
    const QJsonObject &f = peer.requestFields;
    switch (peer.provider) {
    case Provider::Aws:
        return f.value(QStringLiteral("awsAccountId")).toString() == QStringLiteral("000000000000");
    case Provider::Azure:
        return f.value(QStringLiteral("resourceGroupName")).toString().startsWith(QStringLiteral("fail"));
    case Provider::Gcp:
        return f.value(QStringLiteral("networkName")).toString().startsWith(QStringLiteral("fail"));
    }
    return false;
}

QJsonObject PeerTimeline::render(const SandboxPeer &peer, const SandboxContainer &container) const
{
    QJsonObject json = peer.requestFields;
    json.insert(QStringLiteral("id"), peer.id);
    json.insert(QStringLiteral("providerName"), providerWireName(peer.provider));
    json.insert(QStringLiteral("containerId"), peer.containerId);
    const qint64 step = stepsSince(peer.createdAtMs);
    const bool deleting = peer.deletedAtMs >= 0;
    const bool fails = isMagicFailure(peer);

    switch (peer.provider) {
    case Provider::Aws: {
        json.insert(
            QStringLiteral("accepterRegionName"),
            accepterRegionFor(peer.requestFields.value(QStringLiteral("accepterRegionName")).toString(), container));
        QString state;
        QJsonValue errorState = QJsonValue::Null;
        if (deleting)
            state = QStringLiteral("TERMINATING");
        else if (step == 0)
            state = QStringLiteral("INITIATING");
        else if (fails && step >= 2) {
            state = QStringLiteral("FAILED");
            errorState = QStringLiteral("REJECTED");
        } else if (peer.needsAcceptance && peer.acceptedAtMs < 0)
            state = QStringLiteral("PENDING_ACCEPTANCE");
        else if (peer.needsAcceptance)
            state = stepsSince(peer.acceptedAtMs) == 0 ? QStringLiteral("FINALIZING") : QStringLiteral("AVAILABLE");
        else if (step <= 2)
            state = QStringLiteral("PENDING_ACCEPTANCE");
        else if (step == 3)
            state = QStringLiteral("FINALIZING");
        else
            state = QStringLiteral("AVAILABLE");
        json.insert(statusName, state);
        json.insert(QStringLiteral("errorStateName"), errorState);
        // The pcx- id exists only once the request has reached AWS. Before that the key is left out rather than
        // null: the spec declares a plain string and says nothing of null.
        if (step >= 1 || deleting)
            json.insert(QStringLiteral("connectionId"), peer.connectionId);
        break;
    }
    case Provider::Azure: {
        QJsonValue errorState = QJsonValue::Null;
        QString state = QStringLiteral("ADDING_PEER");
        if (deleting)
            state = QStringLiteral("DELETING");
        else if (step >= 1 && fails) {
            state = QStringLiteral("FAILED");
            errorState = QStringLiteral("Atlas could not create the peering: the service principal has no "
                                        "Network Contributor role on resource group %1.")
                             .arg(peer.requestFields.value(QStringLiteral("resourceGroupName")).toString());
        } else if (step >= 1)
            state = QStringLiteral("AVAILABLE");
        json.insert(status, state);
        json.insert(QStringLiteral("errorState"), errorState);
        break;
    }
    case Provider::Gcp: {
        QJsonValue errorMessage = QJsonValue::Null;
        QString state = QStringLiteral("ADDING_PEER");
        if (deleting)
            state = QStringLiteral("DELETING");
        else if (step >= 1 && fails) {
            state = QStringLiteral("FAILED");
            errorMessage = QStringLiteral("Network %1 was not found in GCP project %2.")
                               .arg(peer.requestFields.value(QStringLiteral("networkName")).toString(),
                                    peer.requestFields.value(QStringLiteral("gcpProjectId")).toString());
        } else if (peer.needsAcceptance && step == 0 && peer.acceptedAtMs < 0)
            state = QStringLiteral("ADDING_PEER"); // Atlas builds its side before it waits for yours
        else if (peer.needsAcceptance)
            state = peer.acceptedAtMs < 0 || stepsSince(peer.acceptedAtMs) == 0 ? QStringLiteral("WAITING_FOR_USER")
                                                                                : QStringLiteral("AVAILABLE");
        else if (step == 1)
            state = QStringLiteral("WAITING_FOR_USER");
        else if (step >= 2)
            state = QStringLiteral("AVAILABLE");
        json.insert(status, state);
        json.insert(QStringLiteral("errorMessage"), errorMessage);
        break;
    }
    }
    return json;
}

} // namespace PeeringDesk
