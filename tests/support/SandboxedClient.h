// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxServer.h"
#include "transport/AtlasClient.h"

#include <memory>

namespace PeeringDesk::TestSupport {

/// A fresh sandbox on a free loopback port and an AtlasClient pointed at it, signing with the sandbox's API key.
class SandboxedClient
{
public:
    /// Builds both; the server is not listening until listen() (a test may give it a TLS identity first).
    SandboxedClient();
    ~SandboxedClient();

    /// Listens on a free port (or `port`), points the client at it and signs with the sandbox's API key.
    bool listen(quint16 port = 0);
    /// Replaces the server by a new one on the same port: a restarted Atlas that remembers nothing.
    bool restartServer();

    SandboxServer &server() { return *m_server; }
    AtlasClient &client() { return *m_client; }
    SandboxClock &clock() { return *m_server->clock(); }

    void useApiKey();
    void useServiceAccount();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<AtlasClient> m_client;
};

} // namespace PeeringDesk::TestSupport
