// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/ConnectionSession.h"

#include "connection/ConnectionLog.h"
#include "store/CredentialStore.h"
#include "transport/AtlasClient.h"

#include <QPointer>

namespace PeeringDesk {

ConnectionSession::ConnectionSession(AtlasClient *client, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::setConnection(const AtlasConnection &connection)
{
    if (connection == m_connection) {
        return;
    }
    m_connection = connection;
    // A key read for the old connection must not land on the new one, and the old key must not go to the new host:
    // until prepare() reads the new one, requests fail as having no credentials.
    ++m_generation;
    m_client->setCredentials(Credentials());
    m_client->setBaseUrl(connection.isNull() ? AtlasClient::defaultBaseUrl() : connection.baseUrl());
    qCInfo(lcConnection) << "connection:" << connection.baseUrl().host() << (connection.isSandbox() ? "(sandbox)" : "");
    Q_EMIT connectionChanged(connection);
}

void ConnectionSession::setTimeoutSeconds(int seconds)
{
    m_client->setTransferTimeout(seconds * 1000);
}

void ConnectionSession::applyCredentials(const Credentials &credentials)
{
    m_client->setBaseUrl(m_connection.baseUrl());
    // The client keeps its nonce and token when the key is the same one.
    m_client->setCredentials(credentials);
}

ConnectionFailure ConnectionSession::changedFailure()
{
    return {ConnectionFailure::Kind::Changed,
            tr("The profile or the sandbox was switched while the request was being prepared: nothing was sent."),
            {}};
}

void ConnectionSession::prepare(QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    const quint64 generation = m_generation;
    auto report = [this, guard, callback, generation](const std::optional<ConnectionFailure> &failure) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, callback, failure, generation] {
                if (!guard) {
                    return;
                }
                // Ready for a connection that has been replaced since: the caller must not send on the new one.
                if (!failure && generation != m_generation) {
                    callback(changedFailure());
                    return;
                }
                callback(failure);
            },
            Qt::QueuedConnection);
    };
    if (const QString problem = m_connection.problem(); !problem.isEmpty()) {
        const bool none = m_connection.isNull() && m_connection.profileName().isEmpty();
        qCWarning(lcConnection) << "not sent:" << (none ? "no connection" : "refused by a rule");
        report(ConnectionFailure{
            none ? ConnectionFailure::Kind::NoConnection : ConnectionFailure::Kind::Refused, problem, {}});
        return;
    }
    if (m_connection.fixedCredentials()) {
        applyCredentials(*m_connection.fixedCredentials());
        report(std::nullopt);
        return;
    }
    m_store->read(m_connection.profileName(), this, [this, generation, report](const KeychainResult &result) {
        if (generation != m_generation) {
            report(changedFailure());
            return;
        }
        if (!result.ok()) {
            report(ConnectionFailure{ConnectionFailure::Kind::Keychain, result.message, result});
            return;
        }
        applyCredentials(result.credentials);
        report(std::nullopt);
    });
}

} // namespace PeeringDesk
