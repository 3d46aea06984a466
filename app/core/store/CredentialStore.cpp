// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include "StoreLog.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace PeeringDesk {

namespace {

// Where QtKeychain's libsecret backend keeps what it writes: the Secret Service's default collection.
const QString secretService = QStringLiteral("org.freedesktop.secrets");
const QString defaultCollection = QStringLiteral("/org/freedesktop/secrets/aliases/default");
constexpr int lockedQueryTimeoutMs = 5000;

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    static KeychainResult failure(QKeychain::Error error, const QString &backendError, const QString &profile)
    {
        KeychainResult result;
        result.backendError = backendError;
        switch (error) {
        case QKeychain::EntryNotFound:
            result.status = KeychainResult::Status::NotFound;
            result.message =
                tr("No credentials are stored for profile \"%1\" yet. Enter an API key to continue.").arg(profile);
            break;
        case QKeychain::AccessDeniedByUser:
            result.status = KeychainResult::Status::Denied;
            result.message = tr("Access to the keychain was refused. Allow Peering Desk when the keychain asks, "
                                "then try again.");
            break;
        case QKeychain::AccessDenied:
            if (backendError.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
                result.status = KeychainResult::Status::Locked;
                result.message = tr("The keyring is locked. Unlock it (for example with your login password in "
                                    "Passwords and Keys) and try again.");
            } else {
                result.status = KeychainResult::Status::Denied;
                result.message = tr("The keychain denied access: %1").arg(backendError);
            }
            break;
        default:
            result.status = KeychainResult::Status::Unavailable;
            result.message = tr("No keychain is available (%1). Peering Desk keeps API keys only in the system "
                                "keychain: start a Secret Service such as GNOME Keyring or KWallet, then try again.")
                                 .arg(backendError);
            break;
        }
        return result;
    }

    static KeychainResult lockedOnRead(const QString &backendError, const QString &profile)
    {
        KeychainResult result;
        result.status = KeychainResult::Status::Locked;
        result.backendError = backendError;
        result.message =
            tr("The keyring is locked, so the API key of profile \"%1\" cannot be read. Unlock it, then try again: "
               "log in to your desktop session, or unlock \"Login\" in Passwords and Keys (Seahorse); on a machine "
               "without a desktop, run gnome-keyring-daemon --unlock, which reads the keyring password from its "
               "standard input.")
                .arg(profile);
        return result;
    }
};

QByteArray encode(const Credentials &credentials)
{
    const QString type = credentials.kind() == Credentials::Kind::ServiceAccount ? QStringLiteral("serviceAccount")
                                                                                 : QStringLiteral("apiKey");
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), type},
                                     {QStringLiteral("id"), credentials.id()},
                                     {QStringLiteral("secret"), credentials.secret()}})
        .toJson(QJsonDocument::Compact);
}

Credentials decode(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    const QString id = json.value(QLatin1String("id")).toString();
    const QString secret = json.value(QLatin1String("secret")).toString();
    if (json.value(QLatin1String("type")).toString() == QLatin1String("serviceAccount")) {
        return Credentials::serviceAccount(id, secret);
    }
    return Credentials::apiKey(id, secret);
}

} // namespace

QString CredentialStore::defaultServiceName()
{
    return QStringLiteral("io.github.peeringdesk.PeeringDesk");
}

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultServiceName(), parent)
{}

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{}

CredentialStore::~CredentialStore()
{
    // Jobs that were never started can simply go. The running one is not ours to delete (see enqueue()); its
    // connection to us ends with us, so it finishes unobserved and deletes itself.
    for (const Operation &operation : std::as_const(m_queue)) {
        delete operation.job;
    }
}

QString CredentialStore::entryKey(const QString &profile)
{
    return QStringLiteral("profile/%1").arg(profile);
}

void CredentialStore::read(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(entryKey(profile));
    enqueue({job, context, std::move(callback), profile});
}

void CredentialStore::write(const QString &profile, const Credentials &credentials, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(entryKey(profile));
    job->setTextData(QString::fromUtf8(encode(credentials)));
    enqueue({job, context, std::move(callback), profile});
}

void CredentialStore::remove(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(entryKey(profile));
    enqueue({job, context, std::move(callback), profile});
}

void CredentialStore::enqueue(Operation operation)
{
    // Why a started job must live until it has finished: QtKeychain's libsecret backend hands a raw pointer to
    // the job's private data to libsecret's asynchronous call, with no GCancellable, and ~Job neither cancels
    // the call nor tells the callback. Deleting a started job before it finishes makes the callback write into
    // freed memory when the Secret Service answers (docs/HARDENING.md). So a job is never our child, or a store
    // destroyed early (or inside its own callback) would take it along: it belongs to the application object,
    // which outlives every answer the event loop can deliver, and QtKeychain deletes it after it has finished.
    operation.job->setParent(QCoreApplication::instance());
    operation.job->setAutoDelete(true);
    // Never a plaintext copy: QtKeychain would otherwise fall back to QSettings on some KWallet setups.
    operation.job->setInsecureFallback(false);
    connect(operation.job, &QKeychain::Job::finished, this, &CredentialStore::onJobFinished);
    m_queue.enqueue(std::move(operation));
    if (!m_running) {
        runNext();
    }
}

void CredentialStore::runNext()
{
    if (m_queue.isEmpty()) {
        return;
    }
    m_running = m_queue.dequeue();
    m_running->job->start();
}

void CredentialStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_running || m_running->job != job) {
        return;
    }
    // QtKeychain deletes the job once this signal is over; the operation may outlive it (askWhetherLocked).
    m_running->job = nullptr;

    KeychainResult result;
    if (job->error() != QKeychain::NoError) {
        result = Messages::failure(job->error(), job->errorString(), m_running->profile);
        qCInfo(lcStore) << "keychain" << job->metaObject()->className() << "for" << m_running->profile
                        << "failed:" << job->error() << job->errorString();
        if (qobject_cast<QKeychain::ReadPasswordJob *>(job) && result.status != KeychainResult::Status::Locked) {
            askWhetherLocked(std::move(result));
            return;
        }
    } else if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
        result.credentials = decode(readJob->textData().toUtf8());
    }
    finish(std::move(result));
}

void CredentialStore::askWhetherLocked(KeychainResult failure)
{
    // libsecret does not see the items of a locked collection (and cannot prompt without a display), so QtKeychain
    // reports a stored key as EntryNotFound; telling the user to enter it again would be wrong. Only the Secret
    // Service knows, so ask it, without waiting: the queue stays on this operation until the answer comes.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        // No bus, no Secret Service to be locked; and a call on it would never report back to a watcher.
        finish(std::move(failure));
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(
        secretService, defaultCollection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    // With no Secret Service running (KWallet, say) nothing of it can be locked; asking must not start one.
    get.setAutoStartService(false);
    // Not our child: the watcher must not be deleted while it emits, and a store destroyed meanwhile simply drops
    // the answer (the connection goes with it), after which the watcher still deletes itself.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, lockedQueryTimeoutMs));
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher, &QObject::deleteLater);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, failure = std::move(failure)](QDBusPendingCallWatcher *answered) {
                const QDBusPendingReply<QDBusVariant> reply = *answered;
                if (reply.isError()) {
                    qCInfo(lcStore) << "cannot tell whether the keyring is locked:" << reply.error().message();
                    finish(failure);
                } else if (reply.value().variant().toBool()) {
                    finish(Messages::lockedOnRead(failure.backendError, m_running->profile));
                } else {
                    finish(failure);
                }
            });
}

void CredentialStore::finish(KeychainResult result)
{
    Operation operation = std::move(*m_running);
    m_running.reset();
    // The callback may destroy the store (a dialog that owns it closing, say).
    const QPointer<CredentialStore> alive(this);
    if (operation.context) {
        operation.callback(result);
    }
    if (alive) {
        runNext();
    }
}

} // namespace PeeringDesk
