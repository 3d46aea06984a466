// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/AtlasConnection.h"
#include "connection/ConnectionFailure.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PeeringDesk {

class AtlasClient;
class CredentialStore;

/// The one object that turns an AtlasConnection into a configured AtlasClient: it applies the connection's rules,
/// reads the credentials from the keychain (asynchronously, each time, so a key changed elsewhere is used), and
/// hands base URL, credentials and timeout to the client. The window, --submit, the lists and the profile test
/// all prepare their requests through one of these; none configures a client itself.
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    /// Called once: nothing when the client is ready, otherwise why nothing may be sent.
    using Callback = std::function<void(const std::optional<ConnectionFailure> &failure)>;

    ConnectionSession(AtlasClient *client, CredentialStore *store, QObject *parent = nullptr);
    ~ConnectionSession() override;

    AtlasClient *client() const { return m_client; }
    CredentialStore *credentialStore() const { return m_store; }

    /// Chooses where requests go. The base URL is applied at once (previews show it); the credentials only when
    /// prepare() reads them.
    void setConnection(const AtlasConnection &connection);
    AtlasConnection connection() const { return m_connection; }
    /// The deadline of every request, in seconds (AppSettings' timeout).
    void setTimeoutSeconds(int seconds);

    /// Makes the client ready for this connection, then calls back; `context` going away drops the callback.
    /// Never sends anything itself, and never calls back from inside the call.
    void prepare(QObject *context, Callback callback);

Q_SIGNALS:
    void connectionChanged(const PeeringDesk::AtlasConnection &connection);

private:
    void applyCredentials(const Credentials &credentials);
    static ConnectionFailure changedFailure();

    AtlasClient *m_client;
    CredentialStore *m_store;
    AtlasConnection m_connection;
    quint64 m_generation = 0;
};

} // namespace PeeringDesk
