// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace PeeringDesk {

class SandboxClock;

/// Server side of HTTP Digest (RFC 7616) as Atlas speaks it: MD5, qop=auth, realm "MMS Public API".
///
/// Nonces are remembered with the responses accepted under them, so a replayed header is refused. The response
/// covers method, URI, nc and cnonce, so this still lets a client with several connections (Qt copies its digest
/// state to each) send the same nc for different requests side by side, as lenient real servers do.
/// A nonce past its lifetime still verifies cryptographically but yields Stale, which lets clients such as
/// QAuthenticator and curl retry transparently with a fresh nonce instead of asking the user again.
class DigestAuthenticator
{
public:
    enum class Verdict { Accepted, Rejected, Stale };

    static constexpr auto realm = "MMS Public API";

    /// Nonce lifetimes are measured on `clock`, which must outlive this.
    explicit DigestAuthenticator(const SandboxClock &clock);

    void setNonceLifetimeMs(qint64 lifetimeMs) { m_nonceLifetimeMs = lifetimeMs; }
    /// Issues a fresh nonce and returns the complete WWW-Authenticate header value.
    QByteArray challenge(bool stale);
    Verdict verify(const QByteArray &method, const QByteArray &requestTarget, const QByteArray &authorization,
                   const QString &user, const QString &password);

private:
    struct NonceState
    {
        qint64 issuedAtMs = 0;
        quint64 highestNc = 0;
        /// The response digests already accepted: the same header twice is a replay.
        QSet<QByteArray> seenResponses;
    };

    void forgetOldNonces();

    const SandboxClock &m_clock;
    QHash<QByteArray, NonceState> m_nonces;
    qint64 m_nonceLifetimeMs = 5 * 60 * 1000;
};

} // namespace PeeringDesk
