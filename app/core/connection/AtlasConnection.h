// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "model/Provider.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace PeeringDesk {

/// Which Atlas, with which credentials: a base URL and either a profile (whose secret is in the keychain) or
/// credentials given outright (the headless sandbox, whose key is no secret). Value type.
///
/// The rules that protect the user are decided here and nowhere else: plain http only to this computer, Atlas
/// for Government without Azure. Every front end (the window, --submit, the exports, the profile test) builds
/// one of these and hands it to a ConnectionSession.
class AtlasConnection
{
    Q_DECLARE_TR_FUNCTIONS(AtlasConnection)

public:
    /// No connection chosen: the first start, before any profile exists.
    AtlasConnection() = default;

    static AtlasConnection forProfile(const Profile &profile);
    /// The built-in sandbox used from the window: its key is in the keychain under the "sandbox" entry, so that
    /// requests take the same path as real ones.
    static AtlasConnection forSandbox(const QUrl &baseUrl);
    /// Credentials given outright, never read from or written to the keychain.
    static AtlasConnection withCredentials(const QUrl &baseUrl, const Credentials &credentials, const QString &label);

    static QString sandboxProfileName() { return QStringLiteral("sandbox"); }

    bool isNull() const { return !m_baseUrl.isValid() || m_baseUrl.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }
    /// The keychain entry to read; empty when the credentials are fixed.
    QString profileName() const { return m_profileName; }
    const std::optional<Credentials> &fixedCredentials() const { return m_fixed; }
    bool isSandbox() const { return m_sandbox; }
    Profile::Environment environment() const { return m_environment; }
    Credentials::Kind credentialsKind() const { return m_credentialsKind; }
    QString defaultGroupId() const { return m_defaultGroupId; }
    /// Translated, for messages: "profile \"prod\"", "the sandbox".
    QString label() const;

    /// Why nothing may be sent over this connection (no profile, an invalid or insecure URL); empty when it may.
    QString problem() const;
    /// Why `provider` cannot be peered over this connection; empty when it can.
    QString unsupportedReason(Provider provider) const;

    friend bool operator==(const AtlasConnection &, const AtlasConnection &) = default;

private:
    QUrl m_baseUrl;
    QString m_profileName;
    std::optional<Credentials> m_fixed;
    QString m_label;
    bool m_sandbox = false;
    Profile::Environment m_environment = Profile::Environment::Atlas;
    Credentials::Kind m_credentialsKind = Credentials::Kind::ApiKey;
    QString m_defaultGroupId;
};

} // namespace PeeringDesk
