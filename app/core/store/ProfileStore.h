// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"
#include "store/KeychainResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace PeeringDesk {

class AppSettings;
class CredentialStore;

/// The user's profiles: their non-secret parts in the settings, their secrets in the keychain (one entry
/// per profile). Every change that touches a secret goes to the keychain first, so a keychain failure leaves
/// nothing half-saved.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// Called once: ok, or a translated message that says what went wrong and what to do.
    using Callback = std::function<void(bool ok, const QString &message)>;

    ProfileStore(AppSettings *settings, CredentialStore *credentials, QObject *parent = nullptr);

    /// The settings the profiles live in, for preferences shared by all profiles (the request timeout).
    AppSettings *settings() const { return m_settings; }

    /// All profiles, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }

    QString activeProfileName() const;
    std::optional<Profile> activeProfile() const;
    void setActiveProfileName(const QString &name);

    /// Creates (originalName empty) or updates the profile `originalName`, renaming it when the name
    /// changed. `secret` replaces the stored one; a new profile needs one, and so does a change of method.
    void save(const Profile &profile, const QString &originalName, const std::optional<Credentials> &secret,
              QObject *context, Callback callback);
    /// Copies the profile and its secret under a new name.
    void duplicate(const QString &name, const QString &newName, QObject *context, Callback callback);
    /// Deletes the profile and its keychain entry.
    void remove(const QString &name, QObject *context, Callback callback);
    /// Reads the profile's secret from the keychain.
    void readCredentials(const QString &name, QObject *context, std::function<void(const KeychainResult &)> callback);

    CredentialStore *credentialStore() const { return m_credentials; }

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString &name);

private:
    void writeSettings(const Profile &profile, const QString &replacedName);
    void moveSecret(const QString &from, const QString &to, QObject *context, Callback callback);
    static QString secretProblem(const Profile &profile, const Credentials &secret);

    AppSettings *m_settings;
    CredentialStore *m_credentials;
};

} // namespace PeeringDesk
