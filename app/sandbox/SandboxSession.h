// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/AtlasConnection.h"
#include "connection/SandboxControl.h"
#include "model/Provider.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace PeeringDesk {

class CredentialStore;
class SandboxServer;

/// The built-in fake Atlas, for trying every flow without an Atlas account: a SandboxServer on loopback,
/// with its API key put in the keychain under the "sandbox" profile, so that requests take the same path
/// as real ones, keychain included.
class SandboxSession final : public QObject, public SandboxControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)

public:
    /// The keychain entry its key is written to: AtlasConnection::forSandbox reads it from there.
    static QString profileName() { return AtlasConnection::sandboxProfileName(); }

    explicit SandboxSession(CredentialStore *store, QObject *parent = nullptr);
    ~SandboxSession() override;

    /// Starts the server and stores its key; calls back once. `context` going away, or stop() before the key is
    /// stored, drops the callback.
    void start(QObject *context, Started done) override;
    void stop() override;
    bool isRunning() const override;

    QUrl baseUrl() const override;
    QString demoGroupId() const override;
    QString containerId(Provider provider) const override;
    void completeCloudStep(const QString &groupId, const QString &peerId) override;
    /// The server itself, for tests and the screenshot tour (faults, the clock).
    SandboxServer *server() const { return m_server.get(); }

private:
    CredentialStore *m_store;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace PeeringDesk
