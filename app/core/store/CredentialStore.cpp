// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include "StoreLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace PeeringDesk {

namespace {

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
    // A job libsecret is still working on must outlive the store: its callback would otherwise land in freed
    // memory. It deletes itself once the Secret Service answers; queued jobs never started and go with us.
    if (m_running) {
        QKeychain::Job *job = m_running->job;
        job->disconnect(this);
        job->setParent(nullptr);
        connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    }
}

QString CredentialStore::entryKey(const QString &profile)
{
    return QStringLiteral("profile/%1").arg(profile);
}

void CredentialStore::read(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(entryKey(profile));
    enqueue({job, context, std::move(callback), profile});
}

void CredentialStore::write(const QString &profile, const Credentials &credentials, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setKey(entryKey(profile));
    job->setTextData(QString::fromUtf8(encode(credentials)));
    enqueue({job, context, std::move(callback), profile});
}

void CredentialStore::remove(const QString &profile, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setKey(entryKey(profile));
    enqueue({job, context, std::move(callback), profile});
}

void CredentialStore::enqueue(Operation operation)
{
    operation.job->setAutoDelete(false);
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
    Operation operation = std::move(*m_running);
    m_running.reset();
    job->deleteLater();

    KeychainResult result;
    if (job->error() != QKeychain::NoError) {
        result = Messages::failure(job->error(), job->errorString(), operation.profile);
        qCInfo(lcStore) << "keychain" << job->metaObject()->className() << "for" << operation.profile
                        << "failed:" << job->error() << job->errorString();
    } else if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
        result.credentials = decode(readJob->textData().toUtf8());
    }
    if (operation.context) {
        operation.callback(result);
    }
    runNext();
}

} // namespace PeeringDesk
