// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace PeeringDesk {

/// What AtlasClient authenticates with: a programmatic API key (HTTP Digest) or a service account
/// (OAuth 2.0 client credentials). Held in memory only; the keychain is the only place it is stored.
class Credentials
{
public:
    enum class Kind { None, ApiKey, ServiceAccount };

    Credentials() = default;
    static Credentials apiKey(const QString &publicKey, const QString &privateKey);
    static Credentials serviceAccount(const QString &clientId, const QString &clientSecret);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None || m_id.isEmpty() || m_secret.isEmpty(); }
    /// The public key or the client id: not a secret, safe to show.
    QString id() const { return m_id; }
    /// The private key or the client secret. Never log it, never show it.
    QString secret() const { return m_secret; }

    friend bool operator==(const Credentials &, const Credentials &) = default;

private:
    Credentials(Kind kind, QString id, QString secret);

    Kind m_kind = Kind::None;
    QString m_id;
    QString m_secret;
};

} // namespace PeeringDesk
