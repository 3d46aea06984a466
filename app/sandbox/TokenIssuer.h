// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace PeeringDesk {

class SandboxClock;

/// Issues opaque OAuth access tokens (client-credentials grant) and checks them on later requests.
class TokenIssuer
{
public:
    /// Tokens expire by `clock`, which must outlive this.
    explicit TokenIssuer(const SandboxClock &clock);

    QByteArray issue(int lifetimeSeconds);
    bool isValid(const QByteArray &token) const;
    int issuedCount() const { return m_issuedCount; }

private:
    const SandboxClock &m_clock;
    QHash<QByteArray, qint64> m_expiryMs;
    int m_issuedCount = 0;
};

} // namespace PeeringDesk
