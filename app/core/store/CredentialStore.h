// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

namespace QKeychain {
class Job;
}

namespace PeeringDesk {

/// Atlas credentials in the OS keychain (Secret Service, KWallet, Keychain, Credential Manager) through
/// QtKeychain, one entry per profile under the app's service name. There is no plaintext fallback.
///
/// Every operation is asynchronous and runs after the ones queued before it, so that a write followed by a
/// read sees the write. Callbacks run once, on the main thread, unless their context object is gone.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using Callback = std::function<void(const KeychainResult &)>;

    static QString defaultServiceName();

    explicit CredentialStore(QObject *parent = nullptr);
    /// `serviceName` separates test entries from the real ones.
    explicit CredentialStore(const QString &serviceName, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString serviceName() const { return m_serviceName; }

    void read(const QString &profile, QObject *context, Callback callback);
    void write(const QString &profile, const Credentials &credentials, QObject *context, Callback callback);
    void remove(const QString &profile, QObject *context, Callback callback);

    /// Operations queued or running: for tests and the busy indicator.
    int pendingCount() const { return static_cast<int>(m_queue.size()) + (m_running ? 1 : 0); }

private:
    struct Operation
    {
        QKeychain::Job *job;
        QPointer<QObject> context;
        Callback callback;
        QString profile;
    };

    void enqueue(Operation operation);
    void runNext();
    void onJobFinished(QKeychain::Job *job);
    /// Turns a failed read into Locked when the Secret Service's default collection is locked; then finish().
    void askWhetherLocked(KeychainResult failure);
    /// Calls back for the running operation and starts the next one.
    void finish(KeychainResult result);
    static QString entryKey(const QString &profile);

    QString m_serviceName;
    QQueue<Operation> m_queue;
    std::optional<Operation> m_running;
};

} // namespace PeeringDesk
