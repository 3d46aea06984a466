// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FieldProblem.h"
#include "model/PeeringRequest.h"
#include "peering/SubmitOutcome.h"
#include "transport/RequestOptions.h"

#include <QObject>
#include <QPointer>

namespace PeeringDesk {

class AtlasReply;
class ConnectionSession;

/// The one "create a peering" workflow, whatever the front end: checks the request against the connection,
/// has the session make the client ready (keychain read at submit time), posts, and decides what the answer
/// means (SubmitOutcome). One submission at a time: a second submit while busy is refused, so there is never a
/// double POST.
class PeeringSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringSubmitter)

public:
    enum class State { Idle, ReadingCredentials, Sending };
    Q_ENUM(State)

    explicit PeeringSubmitter(ConnectionSession *session, QObject *parent = nullptr);

    ConnectionSession *session() const { return m_session; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }

    /// Everything that keeps `request` from being sent over the current connection: its own field checks and
    /// what the connection does not offer (Azure on Atlas for Government).
    FieldProblems problems(const PeeringRequest &request) const;

    /// Starts a submission. Returns false, and does nothing, when busy or when problems() is not empty.
    bool submit(const PeeringRequest &request, RequestOptions options);
    /// Aborts the submission; finished() still comes, once, with a Cancelled failure.
    void cancel();

Q_SIGNALS:
    void stateChanged(PeeringDesk::PeeringSubmitter::State state);
    void finished(const PeeringDesk::SubmitOutcome &outcome);

private:
    void setState(State state);
    void send();
    void onReplyFinished(AtlasReply *reply);
    void finish(SubmitOutcome outcome);

    ConnectionSession *m_session;
    State m_state = State::Idle;
    PeeringRequest m_request;
    RequestOptions m_options;
    QPointer<AtlasReply> m_reply;
    quint64 m_generation = 0;
    QString m_profile;
};

} // namespace PeeringDesk
