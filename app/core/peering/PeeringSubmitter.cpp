// SPDX-License-Identifier: GPL-3.0-or-later
#include "peering/PeeringSubmitter.h"

#include "transport/AtlasClient.h"
#include "transport/AtlasLog.h"
#include "store/CredentialStore.h"

namespace PeeringDesk {

PeeringSubmitter::PeeringSubmitter(AtlasClient *client, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

void PeeringSubmitter::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

bool PeeringSubmitter::submit(const PeeringRequest &request, RequestOptions options)
{
    if (isBusy() || !request.isValid()) {
        return false;
    }
    m_request = request;
    m_options = options;
    m_cancelled = false;
    const quint64 generation = ++m_generation;
    setState(State::ReadingCredentials);
    m_store->read(m_profile, this, [this, generation](const KeychainResult &result) {
        if (generation != m_generation || m_state != State::ReadingCredentials) {
            return; // cancelled while the keychain was busy
        }
        if (!result.ok()) {
            SubmitOutcome outcome;
            outcome.kind = SubmitOutcome::Kind::CredentialsUnavailable;
            outcome.keychain = result;
            finish(outcome);
            return;
        }
        // Only a real change clears the client's digest cache and token.
        if (!m_client->hasCredentials() || result.credentials.kind() != m_client->credentialsKind() ||
            m_lastCredentials != result.credentials) {
            m_lastCredentials = result.credentials;
            m_client->setCredentials(result.credentials);
        }
        send();
    });
    return true;
}

void PeeringSubmitter::send()
{
    setState(State::Sending);
    AtlasReply *reply = m_client->createPeering(m_request, m_options);
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
        outcome.failure = RequestFailure(RequestFailure::Kind::Cancelled, m_client->baseUrl());
        finish(outcome);
    }
}

void PeeringSubmitter::onReplyFinished(AtlasReply *reply)
{
    reply->deleteLater();
    SubmitOutcome outcome;
    outcome.httpStatus = reply->httpStatus();
    outcome.rawBody = reply->rawBody();
    outcome.url = reply->url();
    if (reply->isOk()) {
        QString reason;
        outcome.peering = Peering::fromJson(reply->json().toObject(), &reason);
        if (outcome.peering) {
            outcome.kind = SubmitOutcome::Kind::Created;
        } else {
            RequestFailure failure(RequestFailure::Kind::InvalidResponse, reply->url(), reason);
            failure.setHttpStatus(reply->httpStatus());
            outcome.failure = failure;
        }
    } else {
        outcome.failure = reply->failure();
    }
    finish(outcome);
}

void PeeringSubmitter::finish(const SubmitOutcome &result)
{
    SubmitOutcome outcome = result;
    outcome.profile = m_profile;
    m_reply = nullptr;
    setState(State::Idle);
    Q_EMIT finished(outcome);
}

} // namespace PeeringDesk
