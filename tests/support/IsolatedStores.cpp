// SPDX-License-Identifier: GPL-3.0-or-later
#include "IsolatedStores.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace PeeringDesk::TestSupport {

IsolatedStores::IsolatedStores(const QString &keychainService)
    : m_settings(std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini"))))
    , m_credentials(std::make_unique<CredentialStore>(keychainService))
    , m_profiles(std::make_unique<ProfileStore>(m_settings.get(), m_credentials.get()))
{}

IsolatedStores::~IsolatedStores()
{
    m_profiles.reset();
    if (!drainKeychain())
        qWarning("the keychain still had work queued after 10 s");
    m_credentials.reset();
    m_settings.reset();
}

QByteArray IsolatedStores::settingsFileContents()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool IsolatedStores::drainKeychain(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_credentials->pendingCount() == 0; }, timeoutMs);
}

std::pair<bool, QString> IsolatedStores::await(const std::function<void(QObject *, ProfileStore::Callback)> &start,
                                               int timeoutMs)
{
    std::optional<std::pair<bool, QString>> result;
    QObject context; // the callback must not outlive this wait
    start(&context, [&result](bool ok, const QString &message) { result = {ok, message}; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return {false, QStringLiteral("timed out")};
    return *result;
}

bool IsolatedStores::saveProfile(const Profile &profile, const Credentials &secret, int timeoutMs)
{
    return await(
               [this, &profile, &secret](QObject *context, ProfileStore::Callback done) {
                   m_profiles->save(profile, {}, secret, context, done);
               },
               timeoutMs)
        .first;
}

KeychainResult IsolatedStores::readSecret(const QString &profile, int timeoutMs)
{
    std::optional<KeychainResult> result;
    QObject context;
    m_credentials->read(profile, &context, [&result](const KeychainResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result.value_or(KeychainResult{KeychainResult::Status::Unavailable, {}, {}, {}});
}

} // namespace PeeringDesk::TestSupport
