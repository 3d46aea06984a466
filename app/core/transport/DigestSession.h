// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <optional>

namespace PeeringDesk {

/// HTTP Digest (RFC 7616, qop=auth, MD5 or SHA-256) as Atlas's API keys use it: one challenge, then every request,
/// on any connection, carries its own Authorization header with the next nonce count.
///
/// Why not QAuthenticator: Qt 6.4 answers a challenge by sending the request again by itself, and to allow that it
/// must also be able to send a request again after a connection closes without an answer, which for a create is a
/// retry nobody asked for. Signing here keeps every resend a decision of AtlasClient; it also lets parallel
/// connections share one nonce instead of drawing a challenge each.
class DigestSession
{
public:
    /// The session a `WWW-Authenticate` value starts; nothing when it is not a Digest challenge this class can answer
    /// (another scheme, qop without "auth", an unknown algorithm, no nonce or realm).
    static std::optional<DigestSession> fromChallenge(const QByteArray &wwwAuthenticate);

    /// stale=true: the nonce expired but the key was right, so answering again is expected.
    bool isStale() const { return m_stale; }
    QByteArray nonce() const { return m_nonce; }
    quint32 nonceCount() const { return m_nonceCount; }

    /// The Authorization header value for one request; each call uses the next nonce count and a fresh cnonce.
    /// `uri` is the request target exactly as sent: path and query.
    QByteArray authorization(const QByteArray &method, const QByteArray &uri, const QString &user,
                             const QString &password);

private:
    DigestSession() = default;
    QByteArray hash(const QByteArray &data) const;

    QByteArray m_realm;
    QByteArray m_nonce;
    QByteArray m_opaque;
    QByteArray m_algorithmName;
    QCryptographicHash::Algorithm m_algorithm = QCryptographicHash::Md5;
    bool m_stale = false;
    quint32 m_nonceCount = 0;
};

} // namespace PeeringDesk
