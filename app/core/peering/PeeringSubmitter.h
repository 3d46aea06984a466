// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/RequestOptions.h"
#include "peering/SubmitOutcome.h"
#include "model/PeeringRequest.h"

#include <QObject>
#include <QPointer>

namespace PeeringDesk {

class AtlasClient;
class AtlasReply;
class CredentialStore;

/// Runs one "create peering": reads the profile's credentials from the keychain (asynchronously, at
/// submit time), hands them to the client, posts the request, and reports one SubmitOutcome.
/// One submission at a time: a second submit while busy is refused, so there is never a double POST.
class PeeringSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeeringSubmitter)

public:
    enum class State { Idle, ReadingCredentials, Sending };
    Q_ENUM(State)

    PeeringSubmitter(AtlasClient *client, CredentialStore *store, QObject *parent = nullptr);

    void setProfile(const QString &profile) { m_profile = profile; }
    QString profile() const { return m_profile; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }

    /// Starts a submission. Returns false, and does nothing, when busy or when the request is not valid.
    bool submit(const PeeringRequest &request, RequestOptions options);
    /// Aborts the submission in flight; finished() still comes, once, with a Cancelled failure.
    void cancel();

Q_SIGNALS:
    void stateChanged(PeeringDesk::PeeringSubmitter::State state);
    void finished(const PeeringDesk::SubmitOutcome &outcome);

private:
    void setState(State state);
    void send();
    void onReplyFinished(AtlasReply *reply);
    void finish(const SubmitOutcome &outcome);

    AtlasClient *m_client;
    CredentialStore *m_store;
    QString m_profile = QStringLiteral("default");
    State m_state = State::Idle;
    PeeringRequest m_request;
    RequestOptions m_options;
    QPointer<AtlasReply> m_reply;
    bool m_cancelled = false;
    quint64 m_generation = 0;
    Credentials m_lastCredentials;
};

} // namespace PeeringDesk
