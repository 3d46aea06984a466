// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchFollow.h"

#include "api/AtlasApi.h"
#include "peering/PeeringWatcher.h"
#include "transport/AtlasClient.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace PeeringDesk {

BenchFollow::BenchFollow(AtlasClient *client, int scale, QObject *parent)
    : QObject(parent)
    , m_watcher(new PeeringWatcher(new AtlasApi(client, this), this))
{
    const int divisor = std::max(scale, 1);
    PeeringWatcher::Backoff backoff = m_watcher->backoff();
    backoff.initialMs /= divisor;
    backoff.maxMs /= divisor;
    m_watcher->setBackoff(backoff);
    // AtlasClient keeps its QNetworkAccessManager as a child: every read of the peering finishes there once,
    // its digest challenge (if any) included.
    if (auto *network = client->findChild<QNetworkAccessManager *>()) {
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            // AtlasClient sends every call as a custom request with its verb.
            const bool get = reply->operation() == QNetworkAccessManager::GetOperation ||
                             reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "GET";
            if (!m_peerId.isEmpty() && get && reply->url().path().endsWith(QLatin1String("/peers/") + m_peerId)) {
                ++m_polls;
            }
        });
    }
    connect(m_watcher, &PeeringWatcher::stateChanged, this, [this](PeeringWatcher::State state) {
        switch (state) {
        case PeeringWatcher::State::Following:
            return;
        case PeeringWatcher::State::WaitingForUser:
            m_watcher->resume(); // the user has done the cloud-side step at once
            return;
        case PeeringWatcher::State::Available:
            Q_EMIT finished(QStringLiteral("AVAILABLE"));
            return;
        case PeeringWatcher::State::Failed:
            Q_EMIT finished(QStringLiteral("FAILED"));
            return;
        case PeeringWatcher::State::Idle:
        case PeeringWatcher::State::Gone:
        case PeeringWatcher::State::Error:
            Q_EMIT finished(QString::fromLatin1(QMetaEnum::fromType<PeeringWatcher::State>().valueToKey(int(state))));
            return;
        }
    });
}

void BenchFollow::follow(const QString &groupId, const QString &peerId)
{
    m_peerId = peerId;
    m_polls = 0;
    m_clock.start();
    m_watcher->watch(groupId, peerId);
}

} // namespace PeeringDesk
