// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeeringFollower.h"

#include "atlas/AtlasClient.h"
#include "atlas/AtlasReply.h"

#include <QJsonObject>

#include <algorithm>

namespace PeeringDesk {

PeeringFollower::PeeringFollower(AtlasClient *client, int scale, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_initialMs(realInitialMs / std::max(scale, 1))
    , m_maxMs(realMaxMs / std::max(scale, 1))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PeeringFollower::poll);
}

void PeeringFollower::follow(const QString &groupId, const QString &peerId)
{
    m_groupId = groupId;
    m_peerId = peerId;
    m_polls = 0;
    m_clock.start();
    m_nextWaitMs = m_initialMs;
    m_timer.start(m_initialMs);
}

void PeeringFollower::poll()
{
    ++m_polls;
    AtlasReply *reply = m_client->getPeering(m_groupId, m_peerId);
    connect(reply, &AtlasReply::finished, this, [this, reply] { onReply(reply); });
}

void PeeringFollower::onReply(AtlasReply *reply)
{
    reply->deleteLater();
    if (!reply->isOk()) {
        Q_EMIT finished(QStringLiteral("error %1").arg(reply->httpStatus()));
        return;
    }
    const QJsonObject peer = reply->json().toObject();
    m_lastStatus = peer.contains(QLatin1String("statusName")) ? peer.value(QLatin1String("statusName")).toString()
                                                              : peer.value(QLatin1String("status")).toString();
    if (m_lastStatus == QLatin1String("AVAILABLE") || m_lastStatus == QLatin1String("FAILED")) {
        Q_EMIT finished(m_lastStatus);
        return;
    }
    m_nextWaitMs = std::min(m_nextWaitMs * backoffFactor, static_cast<double>(m_maxMs));
    m_timer.start(static_cast<int>(m_nextWaitMs));
}

} // namespace PeeringDesk
