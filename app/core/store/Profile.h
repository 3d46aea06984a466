// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Credentials.h"
#include "model/FieldProblem.h"
#include "model/Provider.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace PeeringDesk {

/// A named connection, as the Atlas CLI has them: where Atlas is, how to authenticate, which project to
/// start with. Value type. Holds no secret: that lives in the keychain under the profile's name.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Environment { Atlas, AtlasForGovernment, Custom };
    enum class AuthMethod { ApiKey, ServiceAccount };

    QString name;
    Environment environment = Environment::Atlas;
    /// Used only with Environment::Custom.
    QString customBaseUrl;
    AuthMethod authMethod = AuthMethod::ApiKey;
    QString defaultGroupId;

    /// https://cloud.mongodb.com, https://cloud.mongodbgov.com, or the custom URL. The token host follows it.
    QUrl baseUrl() const;
    Credentials::Kind credentialsKind() const;

    /// Problems with the name, the custom URL and the default project; the secret is checked by the store.
    FieldProblems validate() const;

    static QString environmentName(Environment environment);
    static QString authMethodName(AuthMethod method);
    static QString serialize(Environment environment);
    static Environment environmentFrom(const QString &text);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace PeeringDesk
