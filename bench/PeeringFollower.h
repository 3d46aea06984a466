// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace PeeringDesk {

class AtlasClient;
class AtlasReply;

/// The benchmark's stand-in for the app's coming PeeringWatcher: GET /groups/{g}/peers/{id} with polite
/// backoff until the peering is AVAILABLE or FAILED. The first poll comes after `initialMs`, each later wait
/// is 1.5 × the previous one, capped at `maxMs`. Real use is 2 s and 30 s; the benchmark divides both, and the
/// sandbox's status step, by the same scale, so the number of polls is what it would be unscaled.
class PeeringFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringFollower)

public:
    static constexpr int realInitialMs = 2000;
    static constexpr int realMaxMs = 30000;
    static constexpr double backoffFactor = 1.5;

    PeeringFollower(AtlasClient *client, int scale, QObject *parent = nullptr);

    void follow(const QString &groupId, const QString &peerId);
    int polls() const { return m_polls; }
    QString lastStatus() const { return m_lastStatus; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    /// AVAILABLE, FAILED, or an error text when a poll failed.
    void finished(const QString &status);

private:
    void poll();
    void onReply(AtlasReply *reply);

    AtlasClient *m_client;
    int m_initialMs;
    int m_maxMs;
    double m_nextWaitMs = 0;
    QString m_groupId;
    QString m_peerId;
    QString m_lastStatus;
    int m_polls = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace PeeringDesk
