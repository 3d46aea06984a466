// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeerValidator.h"

#include "model/AwsRegions.h"
#include "model/Ipv4Cidr.h"

#include <QRegularExpression>

namespace PeeringDesk {

namespace {

struct FieldRule
{
    QString field;
    QRegularExpression pattern;
    QString description;
};

QList<FieldRule> rulesFor(Provider provider)
{
    const FieldRule containerId{QStringLiteral("containerId"), QRegularExpression(QStringLiteral("^[a-f0-9]{24}$")),
                                QStringLiteral("must be a 24-character hexadecimal string")};
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QRegularExpression azureName(QStringLiteral("^[-\\w._()]+$"));
    switch (provider) {
    case Provider::Aws:
        return {
            {QStringLiteral("accepterRegionName"), QRegularExpression(QStringLiteral("^[a-z]{2}(-gov)?-[a-z]+-\\d$")),
             QStringLiteral("must be an AWS region name such as us-east-1")},
            {QStringLiteral("awsAccountId"), QRegularExpression(QStringLiteral("^[0-9]{12}$")),
             QStringLiteral("must be a string of exactly 12 digits")},
            containerId,
            // The CIDR itself is checked by Ipv4Cidr; the pattern only rejects obviously non-string-like junk.
            {QStringLiteral("routeTableCidrBlock"), QRegularExpression(QStringLiteral("^.+$")), QString()},
            {QStringLiteral("vpcId"), QRegularExpression(QStringLiteral("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")),
             QStringLiteral("must be vpc- followed by 8 or 17 lowercase hexadecimal digits")},
        };
    case Provider::Azure:
        return {
            {QStringLiteral("azureDirectoryId"), uuid, QStringLiteral("must be a UUID")},
            {QStringLiteral("azureSubscriptionId"), uuid, QStringLiteral("must be a UUID")},
            containerId,
            {QStringLiteral("resourceGroupName"), azureName,
             QStringLiteral("may contain only letters, digits, '-', '_', '.', '(' and ')'")},
            {QStringLiteral("vnetName"), azureName,
             QStringLiteral("may contain only letters, digits, '-', '_', '.', '(' and ')'")},
        };
    case Provider::Gcp:
        return {
            containerId,
            {QStringLiteral("gcpProjectId"), QRegularExpression(QStringLiteral("^[a-z][0-9a-z-]{4,28}[0-9a-z]$")),
             QStringLiteral("must be a GCP project ID: 6 to 30 lowercase letters, digits or hyphens, starting with a "
                            "letter")},
            {QStringLiteral("networkName"), QRegularExpression(QStringLiteral("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")),
             QStringLiteral("must be a GCP network name: up to 63 lowercase letters, digits or hyphens, starting "
                            "with a letter")},
        };
    }
    return {};
}

} // namespace

QList<SandboxError::FieldViolation> PeerValidator::validate(const QJsonObject &body, Provider provider)
{
    QList<SandboxError::FieldViolation> violations;
    for (const FieldRule &rule : rulesFor(provider)) {
        const QJsonValue value = body.value(rule.field);
        if (value.isUndefined() || value.isNull()) {
            violations.append({rule.field, QStringLiteral("must not be null")});
            continue;
        }
        if (!value.isString()) {
            violations.append({rule.field, QStringLiteral("must be a string")});
            continue;
        }
        const QString text = value.toString();
        if (rule.field == QStringLiteral("routeTableCidrBlock")) {
            const auto cidr = Ipv4Cidr::parse(text);
            if (!cidr)
                violations.append({rule.field, QStringLiteral("must be an IPv4 block in CIDR notation, such as "
                                                              "10.0.0.0/24")});
            else if (!cidr->isCanonical())
                violations.append(
                    {rule.field,
                     QStringLiteral("is not in canonical form; did you mean %1?").arg(cidr->canonical().toString())});
            continue;
        }
        if (!rule.pattern.match(text).hasMatch()) {
            violations.append({rule.field, rule.description});
        } else if (rule.field == QStringLiteral("accepterRegionName") && !AwsRegions::cloudNames().contains(text)) {
            // Well-formed but not a region AWS has: only the server can know, so clients meet this one here.
            violations.append({rule.field, QStringLiteral("No region %1 exists for provider AWS").arg(text)});
        }
    }
    return violations;
}

QStringList PeerValidator::requestFieldNames(Provider provider)
{
    QStringList names;
    for (const FieldRule &rule : rulesFor(provider))
        names.append(rule.field);
    return names;
}

} // namespace PeeringDesk
