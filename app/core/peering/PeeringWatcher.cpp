// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PeeringWatcher.h"

#include "api/AtlasApi.h"
#include "transport/AtlasLog.h"

#include <QSignalBlocker>

#include <algorithm>

namespace PeeringDesk {

PeeringWatcher::PeeringWatcher(AtlasApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PeeringWatcher::poll);
}

PeeringWatcher::~PeeringWatcher()
{
    // No signals from a destructor: the listener (often our parent widget) may be half destroyed already.
    const QSignalBlocker blocker(this);
    cancel();
}

void PeeringWatcher::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void PeeringWatcher::watch(const QString &groupId, const QString &peerId)
{
    cancel();
    m_groupId = groupId;
    m_peerId = peerId;
    m_last.reset();
    m_statusSince = {};
    m_transportFailures = 0;
    m_nextDelayMs = m_backoff.initialMs;
    setState(State::Following);
    schedule(0);
}

void PeeringWatcher::resume()
{
    if (m_state != State::WaitingForUser) {
        return;
    }
    m_nextDelayMs = m_backoff.initialMs;
    setState(State::Following);
    schedule(0);
}

void PeeringWatcher::cancel()
{
    m_timer.stop();
    if (m_call) {
        m_call->abandon(); // a read of the peering followed before must not report into this one
        m_call = nullptr;
    }
    if (m_state == State::Following || m_state == State::WaitingForUser) {
        setState(State::Idle);
    }
}

void PeeringWatcher::schedule(int delayMs)
{
    m_timer.start(std::max(0, delayMs));
}

void PeeringWatcher::poll()
{
    if (m_state != State::Following) {
        return;
    }
    m_call =
        m_api->getPeering(m_groupId, m_peerId, this, [this](const AtlasResult<Peering> &result) { onRead(result); });
}

bool PeeringWatcher::isTransient(const RequestFailure &failure) const
{
    switch (failure.kind()) {
    case RequestFailure::Kind::Timeout:
    case RequestFailure::Kind::Network:
    case RequestFailure::Kind::ConnectionRefused:
    case RequestFailure::Kind::InvalidResponse:
        return true;
    case RequestFailure::Kind::Api:
    case RequestFailure::Kind::Http:
        return failure.httpStatus() >= 500;
    default:
        return false;
    }
}

void PeeringWatcher::onRead(const AtlasResult<Peering> &result)
{
    m_call = nullptr;
    if (!result.isOk()) {
        const RequestFailure &failure = result.failure();
        const int status = failure.httpStatus();
        // Atlas says how long to wait; waiting less would only earn another 429.
        if ((status == 429 || status == 503) && failure.retryAfterSeconds()) {
            const int delay = std::max(*failure.retryAfterSeconds() * 1000, m_nextDelayMs);
            qCInfo(lcAtlas) << "peering" << m_peerId << "read got" << status << "; next read in" << delay << "ms";
            Q_EMIT retrying(
                tr("Atlas asked to wait %n second(s) before the next check.", nullptr, *failure.retryAfterSeconds()),
                delay);
            schedule(delay);
            return;
        }
        if (status == 429 || (isTransient(failure) && ++m_transportFailures <= m_backoff.maxTransportFailures)) {
            const int delay = m_nextDelayMs;
            m_nextDelayMs = std::min(m_backoff.maxMs, int(m_nextDelayMs * m_backoff.factor));
            Q_EMIT retrying(failure.title(), delay);
            schedule(delay);
            return;
        }
        setState(status == 404 ? State::Gone : State::Error);
        Q_EMIT failed(failure);
        return;
    }
    m_transportFailures = 0;
    const Peering &peering = result.value();
    const bool changed = !m_last || m_last->status() != peering.status();
    m_last = peering;
    if (changed) {
        m_statusSince = QDateTime::currentDateTimeUtc();
        m_nextDelayMs = m_backoff.initialMs;
        Q_EMIT statusChanged(peering, m_statusSince);
    } else {
        m_nextDelayMs = std::min(m_backoff.maxMs, int(m_nextDelayMs * m_backoff.factor));
    }
    switch (peering.phase()) {
    case Peering::Phase::Available:
        setState(State::Available);
        return;
    case Peering::Phase::Failed:
        setState(State::Failed);
        return;
    case Peering::Phase::NeedsUserAction:
        // A resume() that found the status unchanged means the cloud side is still settling: keep following
        // for a while rather than pausing again, or the user's click would seem to do nothing.
        if (changed) {
            setState(State::WaitingForUser);
            return;
        }
        break;
    case Peering::Phase::InProgress:
    case Peering::Phase::Deleting:
    case Peering::Phase::Unknown:
        break;
    }
    schedule(changed ? m_backoff.initialMs : m_nextDelayMs);
}

} // namespace PeeringDesk
