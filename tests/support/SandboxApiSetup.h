// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxedClient.h"
#include "api/AtlasApi.h"

#include <memory>

namespace PeeringDesk::TestSupport {

/// A SandboxedClient and the typed API over its client: where the tests of the API, the guided flow and its
/// widgets start from. Start in init(), stop in cleanup(), so every test meets a fresh Atlas.
struct SandboxApiSetup
{
    std::unique_ptr<SandboxedClient> sandboxed;
    SandboxServer *sandbox = nullptr;
    AtlasClient *client = nullptr;
    std::unique_ptr<AtlasApi> api;

    bool start()
    {
        sandboxed = std::make_unique<SandboxedClient>();
        if (!sandboxed->listen()) {
            return false;
        }
        sandbox = &sandboxed->server();
        client = &sandboxed->client();
        api = std::make_unique<AtlasApi>(client);
        return true;
    }

    /// In the order that leaves nothing pointing at what is gone.
    void stop()
    {
        api.reset();
        sandbox = nullptr;
        client = nullptr;
        sandboxed.reset();
    }
};

} // namespace PeeringDesk::TestSupport
