// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AtlasResult.h"
#include "model/Peering.h"
#include "transport/RequestFailure.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace PeeringDesk {

class AtlasApi;
class AtlasCall;

/// Follows one peering (GET /groups/{g}/peers/{id}) until it needs nobody's attention any more, politely: the
/// delay grows after every read that shows no change, starts again after a change, and a 429 or 503 waits at
/// least as long as Retry-After says. Timers only; never a nested event loop.
///
/// It stops by itself at AVAILABLE and FAILED, and pauses at PENDING_ACCEPTANCE / WAITING_FOR_USER, where only
/// the user can move things on; resume() follows again once they say they have done the cloud-side step.
class PeeringWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringWatcher)

public:
    enum class State {
        Idle,           ///< not started, or cancelled
        Following,      ///< reading, or waiting for the next read
        WaitingForUser, ///< paused at PENDING_ACCEPTANCE / WAITING_FOR_USER
        Available,      ///< done: AVAILABLE
        Failed,         ///< done: FAILED or DELETION_FAILED
        Gone,           ///< done: Atlas no longer knows the peering (404)
        Error,          ///< stopped: a request failed for good (credentials, too many transport failures)
    };
    Q_ENUM(State)

    struct Backoff
    {
        int initialMs = 2000;
        double factor = 1.5;
        int maxMs = 30'000;
        /// Consecutive transport failures (timeouts, resets, 5xx without Retry-After) tolerated before giving up.
        int maxTransportFailures = 5;
    };

    explicit PeeringWatcher(AtlasApi *api, QObject *parent = nullptr);
    ~PeeringWatcher() override;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    Backoff backoff() const { return m_backoff; }

    /// Starts following `peerId`; the first read goes out at once. Replaces whatever was followed before.
    void watch(const QString &groupId, const QString &peerId);
    /// After the user did the cloud-side step: follows again from the shortest delay. Ignored unless paused.
    void resume();
    /// Stops reading; no signal follows.
    void cancel();

    State state() const { return m_state; }
    QString groupId() const { return m_groupId; }
    QString peerId() const { return m_peerId; }
    std::optional<Peering> lastPeering() const { return m_last; }
    /// When the current status was first seen, e.g. for the 7-day AWS acceptance deadline.
    QDateTime statusSince() const { return m_statusSince; }
    /// The delay before the next read, for tests and the "next check in" hint.
    int nextDelayMs() const { return m_nextDelayMs; }

Q_SIGNALS:
    /// A status seen for the first time (including the first read), with when it was seen.
    void statusChanged(const PeeringDesk::Peering &peering, const QDateTime &seenAt);
    /// Atlas asked to slow down (429/503) or a read failed in transit; the next read comes after `delayMs`.
    void retrying(const QString &reason, int delayMs);
    void stateChanged(PeeringDesk::PeeringWatcher::State state);
    /// The following stopped because of a request failure (Error or Gone).
    void failed(const PeeringDesk::RequestFailure &failure);

private:
    void poll();
    void onRead(const AtlasResult<Peering> &result);
    void schedule(int delayMs);
    void setState(State state);
    bool isTransient(const RequestFailure &failure) const;

    AtlasApi *m_api;
    QTimer m_timer;
    Backoff m_backoff;
    QString m_groupId;
    QString m_peerId;
    State m_state = State::Idle;
    QPointer<AtlasCall> m_call;
    std::optional<Peering> m_last;
    QDateTime m_statusSince;
    int m_nextDelayMs = 0;
    int m_transportFailures = 0;
};

} // namespace PeeringDesk
