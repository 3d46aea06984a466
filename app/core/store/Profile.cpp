// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "model/FieldValidator.h"

#include <QRegularExpression>

namespace PeeringDesk {

QUrl Profile::baseUrl() const
{
    switch (environment) {
    case Environment::Atlas:
        return QUrl(QStringLiteral("https://cloud.mongodb.com"));
    case Environment::AtlasForGovernment:
        return QUrl(QStringLiteral("https://cloud.mongodbgov.com"));
    case Environment::Custom:
        return QUrl(FieldValidator::clean(customBaseUrl));
    }
    return {};
}

Credentials::Kind Profile::credentialsKind() const
{
    return authMethod == AuthMethod::ServiceAccount ? Credentials::Kind::ServiceAccount : Credentials::Kind::ApiKey;
}

FieldProblems Profile::validate() const
{
    FieldProblems problems;
    const QString cleanName = FieldValidator::clean(name);
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    if (cleanName.isEmpty()) {
        problems.append({QStringLiteral("name"), tr("Give the profile a name.")});
    } else if (!namePattern.match(cleanName).hasMatch()) {
        problems.append({QStringLiteral("name"), tr("Use up to 64 letters, digits, spaces, '.', '_' or '-', "
                                                    "starting with a letter or digit.")});
    } else if (cleanName.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0) {
        problems.append({QStringLiteral("name"), tr("\"sandbox\" is reserved for the built-in sandbox.")});
    }
    if (environment == Environment::Custom) {
        if (const QString problem = FieldValidator::baseUrl(FieldValidator::clean(customBaseUrl)); !problem.isEmpty()) {
            problems.append({QStringLiteral("baseUrl"), problem});
        }
    }
    if (!FieldValidator::clean(defaultGroupId).isEmpty()) {
        if (const QString problem = FieldValidator::groupId(FieldValidator::clean(defaultGroupId));
            !problem.isEmpty()) {
            problems.append({QStringLiteral("defaultGroupId"), problem});
        }
    }
    return problems;
}

QString Profile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Atlas:
        return tr("MongoDB Atlas");
    case Environment::AtlasForGovernment:
        return tr("Atlas for Government");
    case Environment::Custom:
        return tr("Custom URL");
    }
    return {};
}

QString Profile::authMethodName(AuthMethod method)
{
    return method == AuthMethod::ServiceAccount ? tr("Service account") : tr("API key");
}

QString Profile::serialize(Environment environment)
{
    switch (environment) {
    case Environment::Atlas:
        return QStringLiteral("atlas");
    case Environment::AtlasForGovernment:
        return QStringLiteral("atlas-gov");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

Profile::Environment Profile::environmentFrom(const QString &text)
{
    if (text == QLatin1String("atlas-gov")) {
        return Environment::AtlasForGovernment;
    }
    if (text == QLatin1String("custom")) {
        return Environment::Custom;
    }
    return Environment::Atlas;
}

} // namespace PeeringDesk
