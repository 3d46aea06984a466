// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/AtlasConnection.h"

#include "model/FieldValidator.h"

namespace PeeringDesk {

AtlasConnection AtlasConnection::forProfile(const Profile &profile)
{
    AtlasConnection connection;
    connection.m_baseUrl = profile.baseUrl();
    connection.m_profileName = profile.name;
    connection.m_label = tr("profile \"%1\"").arg(profile.name);
    connection.m_environment = profile.environment;
    connection.m_credentialsKind = profile.credentialsKind();
    connection.m_defaultGroupId = FieldValidator::clean(profile.defaultGroupId);
    return connection;
}

AtlasConnection AtlasConnection::forSandbox(const QUrl &baseUrl)
{
    AtlasConnection connection;
    connection.m_baseUrl = baseUrl;
    connection.m_profileName = sandboxProfileName();
    connection.m_label = tr("the sandbox");
    connection.m_sandbox = true;
    connection.m_environment = Profile::Environment::Custom;
    return connection;
}

AtlasConnection AtlasConnection::withCredentials(const QUrl &baseUrl, const Credentials &credentials,
                                                 const QString &label)
{
    AtlasConnection connection;
    connection.m_baseUrl = baseUrl;
    connection.m_fixed = credentials;
    connection.m_label = label;
    connection.m_environment = Profile::Environment::Custom;
    connection.m_credentialsKind = credentials.kind();
    return connection;
}

QString AtlasConnection::label() const
{
    return m_label.isEmpty() ? tr("no profile") : m_label;
}

QString AtlasConnection::problem() const
{
    if (isNull() && m_profileName.isEmpty() && !m_fixed) {
        return tr("There is no profile yet. Create one with File ▸ Profiles (your Atlas URL and API key or service "
                  "account), or try the built-in sandbox.");
    }
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        return tr("The Atlas URL of %1 is not a valid web address: edit it in File ▸ Profiles.").arg(label());
    }
    if (const QString insecure = FieldValidator::transportProblem(m_baseUrl); !insecure.isEmpty()) {
        return tr("Nothing was sent: %1 points at %2. %3")
            .arg(label(), m_baseUrl.toDisplayString(QUrl::RemoveUserInfo), insecure);
    }
    return {};
}

QString AtlasConnection::unsupportedReason(Provider provider) const
{
    if (m_environment == Profile::Environment::AtlasForGovernment && provider == Provider::Azure) {
        return tr("Atlas for Government does not offer Azure network peering.");
    }
    return {};
}

} // namespace PeeringDesk
