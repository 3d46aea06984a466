// SPDX-License-Identifier: GPL-3.0-or-later
#include "Credentials.h"

namespace PeeringDesk {

Credentials::Credentials(Kind kind, QString id, QString secret)
    : m_kind(kind)
    , m_id(std::move(id))
    , m_secret(std::move(secret))
{}

Credentials Credentials::apiKey(const QString &publicKey, const QString &privateKey)
{
    return Credentials(Kind::ApiKey, publicKey.trimmed(), privateKey.trimmed());
}

Credentials Credentials::serviceAccount(const QString &clientId, const QString &clientSecret)
{
    return Credentials(Kind::ServiceAccount, clientId.trimmed(), clientSecret.trimmed());
}

} // namespace PeeringDesk
