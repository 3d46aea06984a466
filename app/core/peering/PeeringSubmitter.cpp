// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PeeringSubmitter.h"

#include "connection/ConnectionSession.h"
#include "transport/AtlasClient.h"
#include "transport/AtlasLog.h"

namespace PeeringDesk {

PeeringSubmitter::PeeringSubmitter(ConnectionSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void PeeringSubmitter::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

FieldProblems PeeringSubmitter::problems(const PeeringRequest &request) const
{
    FieldProblems problems = request.validate();
    if (const QString reason = m_session->connection().unsupportedReason(request.provider()); !reason.isEmpty()) {
        problems.append({QStringLiteral("providerName"), reason});
    }
    return problems;
}

bool PeeringSubmitter::submit(const PeeringRequest &request, RequestOptions options)
{
    if (isBusy() || !problems(request).isEmpty()) {
        return false;
    }
    m_request = request;
    m_options = options;
    m_profile = m_session->connection().profileName(); // the outcome names the profile it was sent with
    const quint64 generation = ++m_generation;
    setState(State::ReadingCredentials);
    m_session->prepare(this, [this, generation](const std::optional<ConnectionFailure> &failure) {
        if (generation != m_generation || m_state != State::ReadingCredentials) {
            return; // cancelled while the keychain was busy
        }
        if (failure) {
            SubmitOutcome outcome;
            outcome.kind = SubmitOutcome::Kind::NotSent;
            outcome.notSent = failure;
            finish(outcome);
            return;
        }
        send();
    });
    return true;
}

void PeeringSubmitter::send()
{
    setState(State::Sending);
    AtlasReply *reply = m_session->client()->createPeering(m_request, m_options);
    m_reply = reply;
    connect(reply, &AtlasReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void PeeringSubmitter::cancel()
{
    if (m_state == State::Sending && m_reply) {
        m_reply->cancel();
        return;
    }
    if (m_state == State::ReadingCredentials) {
        ++m_generation;
        SubmitOutcome outcome;
        outcome.kind = SubmitOutcome::Kind::RequestFailed;
        outcome.failure = RequestFailure(RequestFailure::Kind::Cancelled, m_session->client()->baseUrl());
        finish(outcome);
    }
}

void PeeringSubmitter::onReplyFinished(AtlasReply *reply)
{
    reply->deleteLater();
    SubmitOutcome outcome;
    outcome.sent = true;
    outcome.httpStatus = reply->httpStatus();
    outcome.rawBody = reply->rawBody();
    outcome.url = reply->url();
    const bool success = reply->httpStatus() >= 200 && reply->httpStatus() < 300;
    if (reply->isOk()) {
        QString reason;
        outcome.peering = Peering::fromJson(reply->json().toObject(), &reason);
        if (outcome.peering) {
            outcome.kind = SubmitOutcome::Kind::Created;
        } else {
            // A 2xx means Atlas took the request; an answer without a peering does not mean it did nothing.
            outcome.kind = SubmitOutcome::Kind::MaybeCreated;
            RequestFailure failure(RequestFailure::Kind::InvalidResponse, reply->url(), reason);
            failure.setHttpStatus(reply->httpStatus());
            outcome.failure = failure;
        }
    } else {
        outcome.failure = reply->failure();
        // Empty, truncated or non-JSON bodies with a 2xx, or a 2xx whose body was cut off: the same doubt.
        const RequestFailure::Kind kind = outcome.failure->kind();
        const bool answerLost = kind == RequestFailure::Kind::InvalidResponse ||
                                kind == RequestFailure::Kind::Network || kind == RequestFailure::Kind::Timeout;
        outcome.kind = success && answerLost ? SubmitOutcome::Kind::MaybeCreated : SubmitOutcome::Kind::RequestFailed;
    }
    qCInfo(lcAtlas) << "create ended:" << static_cast<int>(outcome.kind) << outcome.httpStatus;
    finish(outcome);
}

void PeeringSubmitter::finish(SubmitOutcome outcome)
{
    outcome.profile = m_profile;
    m_reply = nullptr;
    setState(State::Idle);
    Q_EMIT finished(outcome);
}

} // namespace PeeringDesk
