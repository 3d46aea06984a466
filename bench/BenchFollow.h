// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace PeeringDesk {

class AtlasClient;
class PeeringWatcher;

/// The benchmark's use of the app's PeeringWatcher: follows one peering to AVAILABLE or FAILED with the app's
/// backoff divided by the time scale (the sandbox's status step is divided by the same scale, so the number of
/// reads is the unscaled one), plays the user who confirms the cloud-side step at once when the watcher pauses
/// for it, and counts the reads (GET /groups/{g}/peers/{id}) the client's network manager finishes.
class BenchFollow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchFollow)

public:
    BenchFollow(AtlasClient *client, int scale, QObject *parent = nullptr);

    void follow(const QString &groupId, const QString &peerId);
    int polls() const { return m_polls; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    /// AVAILABLE, FAILED, or the watcher's final state name when it stopped otherwise.
    void finished(const QString &status);

private:
    PeeringWatcher *m_watcher;
    QString m_peerId;
    int m_polls = 0;
    QElapsedTimer m_clock;
};

} // namespace PeeringDesk
