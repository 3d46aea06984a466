// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxedClient.h"

namespace PeeringDesk::TestSupport {

SandboxedClient::SandboxedClient()
    : m_server(std::make_unique<SandboxServer>())
    , m_client(std::make_unique<AtlasClient>())
{}

// The client goes first: its replies may still hold sockets to the server.
SandboxedClient::~SandboxedClient()
{
    m_client.reset();
    m_server.reset();
}

bool SandboxedClient::listen(quint16 port)
{
    if (!m_server->listen(port))
        return false;
    m_client->setBaseUrl(m_server->baseUrl());
    useApiKey();
    return true;
}

bool SandboxedClient::restartServer()
{
    const quint16 port = m_server->port();
    m_server = std::make_unique<SandboxServer>();
    return m_server->listen(port);
}

void SandboxedClient::useApiKey()
{
    m_client->setCredentials(Credentials::apiKey(m_server->publicKey(), m_server->privateKey()));
}

void SandboxedClient::useServiceAccount()
{
    m_client->setCredentials(Credentials::serviceAccount(m_server->clientId(), m_server->clientSecret()));
}

} // namespace PeeringDesk::TestSupport
