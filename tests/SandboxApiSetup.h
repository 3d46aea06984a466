// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxServer.h"
#include "api/AtlasApi.h"
#include "transport/AtlasClient.h"

#include <memory>

namespace PeeringDesk::TestSupport {

/// A fresh sandbox on loopback, a client signing with its API key (Digest), and the typed API over that client:
/// where the tests of the API, the guided flow and its widgets start from. Start in init(), stop in cleanup().
struct SandboxApiSetup
{
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<AtlasClient> client;
    std::unique_ptr<AtlasApi> api;

    bool start()
    {
        sandbox = std::make_unique<SandboxServer>();
        if (!sandbox->listen()) {
            return false;
        }
        client = std::make_unique<AtlasClient>();
        client->setBaseUrl(sandbox->baseUrl());
        client->setCredentials(Credentials::apiKey(sandbox->publicKey(), sandbox->privateKey()));
        api = std::make_unique<AtlasApi>(client.get());
        return true;
    }

    /// In the order that leaves nothing pointing at what is gone.
    void stop()
    {
        api.reset();
        client.reset();
        sandbox.reset();
    }
};

} // namespace PeeringDesk::TestSupport
