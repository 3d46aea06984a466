// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSession.h"

#include "SandboxLog.h"
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "store/CredentialStore.h"

#include <QPointer>

namespace PeeringDesk {

SandboxSession::SandboxSession(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

SandboxSession::~SandboxSession() = default;

bool SandboxSession::isRunning() const
{
    return m_server != nullptr;
}

void SandboxSession::start(QObject *context, Started callback)
{
    if (!m_server) {
        m_server = std::make_unique<SandboxServer>();
        if (!m_server->listen()) {
            m_server.reset();
            callback(false, tr("The sandbox could not listen on 127.0.0.1."));
            return;
        }
        // Like real Atlas, AWS and Google Cloud peerings wait for the step in the cloud (the tracker's button).
        m_server->setRequireAcceptance(true);
        qCInfo(lcSandbox) << "sandbox listening on" << m_server->baseUrl().toString();
    }
    const Credentials key = Credentials::apiKey(m_server->publicKey(), m_server->privateKey());
    QPointer<QObject> guard(context);
    m_store->write(profileName(), key, this, [this, guard, callback](const KeychainResult &result) {
        if (!guard || !m_server) {
            return; // the window is gone, or the sandbox was turned off while its key was being stored
        }
        if (!result.ok()) {
            stop();
            callback(false, result.message);
            return;
        }
        callback(true, {});
    });
}

void SandboxSession::stop()
{
    m_server.reset();
}

QUrl SandboxSession::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString SandboxSession::demoGroupId() const
{
    return SandboxSeed::demoGroupId;
}

QString SandboxSession::containerId(Provider provider) const
{
    switch (provider) {
    case Provider::Aws:
        return SandboxSeed::awsContainerId;
    case Provider::Azure:
        return SandboxSeed::azureContainerId;
    case Provider::Gcp:
        return SandboxSeed::gcpContainerId;
    }
    return {};
}

void SandboxSession::completeCloudStep(const QString &groupId, const QString &peerId)
{
    if (m_server) {
        m_server->acceptPeer(groupId, peerId);
    }
}

} // namespace PeeringDesk
