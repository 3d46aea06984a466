// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
class SandboxSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)

public:
    using Callback = std::function<void(bool ok, const QString &message)>;

    static QString profileName() { return QStringLiteral("sandbox"); }

    explicit SandboxSession(CredentialStore *store, QObject *parent = nullptr);
    ~SandboxSession() override;

    /// Starts the server and stores its key; calls back once. `context` going away drops the callback.
    void start(QObject *context, Callback callback);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const;
    QString demoGroupId() const;
    QString containerId(Provider provider) const;
    SandboxServer *server() const { return m_server.get(); }

private:
    CredentialStore *m_store;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace PeeringDesk
