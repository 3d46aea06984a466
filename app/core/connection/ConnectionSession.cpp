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
    // A key read for the old connection must not land on the new one.
    ++m_generation;
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

void ConnectionSession::prepare(QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    auto report = [this, guard, callback](const std::optional<ConnectionFailure> &failure) {
        QMetaObject::invokeMethod(
            this,
            [guard, callback, failure] {
                if (guard) {
                    callback(failure);
                }
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
    const quint64 generation = m_generation;
    m_store->read(m_connection.profileName(), this, [this, generation, report](const KeychainResult &result) {
        if (generation != m_generation) {
            report(ConnectionFailure{ConnectionFailure::Kind::NoConnection,
                                     tr("The connection changed while its key was being read: nothing was sent."),
                                     {}});
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
