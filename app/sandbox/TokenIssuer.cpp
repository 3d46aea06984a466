// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenIssuer.h"

#include "SandboxClock.h"

#include <QRandomGenerator>

namespace PeeringDesk {

TokenIssuer::TokenIssuer(const SandboxClock &clock)
    : m_clock(clock)
{}

QByteArray TokenIssuer::issue(int lifetimeSeconds)
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_expiryMs.begin(); it != m_expiryMs.end();) {
        if (it.value() <= now)
            it = m_expiryMs.erase(it);
        else
            ++it;
    }
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    const QByteArray token = "sbx_" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_expiryMs.insert(token, now + qint64(lifetimeSeconds) * 1000);
    ++m_issuedCount;
    return token;
}

bool TokenIssuer::isValid(const QByteArray &token) const
{
    const auto it = m_expiryMs.constFind(token);
    return it != m_expiryMs.constEnd() && it.value() > m_clock.nowMs();
}

} // namespace PeeringDesk
