// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AppSettings.h"
#include "store/CredentialStore.h"
#include "store/ProfileStore.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <utility>

namespace PeeringDesk::TestSupport {

/// A settings file in a private temporary folder and a keychain service of the suite's own, with the ProfileStore
/// over them: nothing a suite writes can reach the user's profiles or another suite's. Also turns the stores'
/// callbacks into plain waits.
class IsolatedStores
{
public:
    /// `keychainService` names the suite's entries in the (private, see scripts/with-keyring.sh) gnome-keyring.
    explicit IsolatedStores(const QString &keychainService);
    /// Lets the keychain finish what was asked of it first, so that one test's writes cannot land in the next.
    ~IsolatedStores();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    AppSettings &settings() { return *m_settings; }
    CredentialStore &credentials() { return *m_credentials; }
    ProfileStore &profiles() { return *m_profiles; }

    /// The settings file as it is on disk, after a sync.
    QByteArray settingsFileContents();
    /// Waits for every queued keychain job.
    bool drainKeychain(int timeoutMs = 10000);

    /// Runs a ProfileStore call and waits for its callback; {false, "timed out"} if none came.
    std::pair<bool, QString> await(const std::function<void(QObject *, ProfileStore::Callback)> &start,
                                   int timeoutMs = 10000);
    /// Saves a new profile with its secret and waits; true if it was saved.
    bool saveProfile(const Profile &profile, const Credentials &secret, int timeoutMs = 10000);
    /// The keychain entry of `profile`, or Unavailable if no answer came in time.
    KeychainResult readSecret(const QString &profile, int timeoutMs = 10000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace PeeringDesk::TestSupport
