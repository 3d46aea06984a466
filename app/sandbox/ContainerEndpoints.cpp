// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainerEndpoints.h"

#include "Pagination.h"
#include "model/Ipv4Cidr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace PeeringDesk {

namespace {

bool isObjectId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-f0-9]{24}$"));
    return pattern.match(text).hasMatch();
}

/// For the ids the spec describes as null while no cluster exists (vnetName, gcpProjectId, networkName).
QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// For the ids whose description says nothing of null (vpcId, azureSubscriptionId): left out until Atlas has one.
void insertIfKnown(QJsonObject &json, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        json.insert(key, text);
}

} // namespace

ContainerEndpoints::ContainerEndpoints(AtlasSandboxState &state)
    : m_state(state)
{}

QJsonObject ContainerEndpoints::render(const SandboxContainer &container)
{
    QJsonObject json{{QStringLiteral("id"), container.id},
                     {QStringLiteral("providerName"), providerWireName(container.provider)},
                     {QStringLiteral("atlasCidrBlock"), container.atlasCidrBlock},
                     {QStringLiteral("provisioned"), false}};
    switch (container.provider) {
    case Provider::Aws:
        json.insert(QStringLiteral("regionName"), container.regionName);
        insertIfKnown(json, QStringLiteral("vpcId"), container.vpcId);
        break;
    case Provider::Azure:
        json.insert(QStringLiteral("region"), container.regionName);
        insertIfKnown(json, QStringLiteral("azureSubscriptionId"), container.azureSubscriptionId);
        json.insert(QStringLiteral("vnetName"), nullable(container.vnetName));
        break;
    case Provider::Gcp:
        json.insert(QStringLiteral("regions"), QJsonArray::fromStringList(container.regions));
        json.insert(QStringLiteral("gcpProjectId"), nullable(container.gcpProjectId));
        json.insert(QStringLiteral("networkName"), nullable(container.networkName));
        break;
    }
    return json;
}

std::optional<SandboxError> ContainerEndpoints::cidrError(Provider provider, const QString &cidrText,
                                                          bool hasRegions) const
{
    const auto cidr = Ipv4Cidr::parse(cidrText);
    if (!cidr)
        return SandboxError(400, QStringLiteral("INVALID_CIDR_BLOCK"),
                            QStringLiteral("The cidr block %1 must be in valid CIDR notation.").arg(cidrText),
                            QJsonArray{cidrText});
    if (!cidr->isPrivate())
        return SandboxError(400, QStringLiteral("ATLAS_INVALID_CIDR_RANGE"),
                            QStringLiteral("Atlas CIDR %1 must be in private range.").arg(cidrText),
                            QJsonArray{cidrText});
    if (!cidr->isCanonical()) {
        const QString canonical = cidr->canonical().toString();
        return SandboxError(
            400, QStringLiteral("ATLAS_NON_CANONICAL_CIDR_BLOCK"),
            QStringLiteral("The canonical form for the specified Atlas CIDR %1 is %2.").arg(cidrText, canonical),
            QJsonArray{cidrText, canonical});
    }
    const int prefix = cidr->prefixLength();
    const bool small = prefix >= 21 && prefix <= 24;
    if (provider != Provider::Gcp && !small)
        return SandboxError(400, QStringLiteral("ATLAS_INVALID_CIDR_BLOCK"),
                            QStringLiteral("Atlas CIDR %1 must be a /21 to /24 block for %2.")
                                .arg(cidrText, providerWireName(provider)),
                            QJsonArray{cidrText, QStringLiteral("21-24"), providerWireName(provider)});
    if (provider == Provider::Gcp) {
        if (hasRegions && !small)
            return SandboxError(
                400, QStringLiteral("ATLAS_INVALID_CIDR_BLOCK_FOR_SMALL_CONTAINER"),
                QStringLiteral("Atlas CIDR must be between /21 and /24 for small Google Cloud network peering "
                               "containers. Either omit the regions array to create a network peering "
                               "container with a larger CIDR block or provide an atlasCidrBlock between "
                               "/21 and /24."),
                QJsonArray{cidrText});
        if (!hasRegions && prefix > 18)
            return SandboxError(400, QStringLiteral("ATLAS_INVALID_CIDR_BLOCK"),
                                QStringLiteral("Atlas CIDR %1 must be a /18 or larger block for GCP.").arg(cidrText),
                                QJsonArray{cidrText, QStringLiteral("18"), QStringLiteral("GCP")});
    }
    return std::nullopt;
}

ApiResult ContainerEndpoints::create(const QString &groupId, const QByteArray &body)
{
    QJsonObject request;
    if (const auto malformed = SandboxError::parseObject(body, &request))
        return ApiResult::error(*malformed);
    // Terraform documents that Atlas assumes AWS when providerName is omitted.
    const QString providerText = request.value(QStringLiteral("providerName")).toString(QStringLiteral("AWS"));
    std::optional<Provider> provider;
    for (Provider candidate : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        if (providerText == providerWireName(candidate))
            provider = candidate;
    }
    if (!provider)
        return ApiResult::error(SandboxError(400, QStringLiteral("INVALID_PROVIDER"),
                                             QStringLiteral("No provider %1 exists.").arg(providerText),
                                             QJsonArray{providerText}));

    SandboxContainer container;
    container.id = AtlasSandboxState::newObjectId();
    container.groupId = groupId;
    container.provider = *provider;
    container.atlasCidrBlock = request.value(QStringLiteral("atlasCidrBlock")).toString();
    QList<SandboxError::FieldViolation> violations;
    static const QRegularExpression regionPattern(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (*provider == Provider::Aws)
        container.regionName = request.value(QStringLiteral("regionName")).toString();
    else if (*provider == Provider::Azure)
        container.regionName = request.value(QStringLiteral("region")).toString();
    else
        container.regions = request.value(QStringLiteral("regions")).toVariant().toStringList();
    if (*provider != Provider::Gcp && !regionPattern.match(container.regionName).hasMatch())
        violations.append({*provider == Provider::Aws ? QStringLiteral("regionName") : QStringLiteral("region"),
                           QStringLiteral("must be an Atlas region name such as US_EAST_1")});
    if (container.atlasCidrBlock.isEmpty())
        violations.append({QStringLiteral("atlasCidrBlock"), QStringLiteral("must not be null")});
    if (!violations.isEmpty()) {
        SandboxError error(400, QStringLiteral("VALIDATION_ERROR"),
                           QStringLiteral("The request content produced the validation error: %1 %2.")
                               .arg(violations.first().field, violations.first().description));
        error.setFieldViolations(violations);
        return ApiResult::error(error);
    }
    if (auto error = cidrError(*provider, container.atlasCidrBlock, !container.regions.isEmpty()))
        return ApiResult::error(*error);

    for (const SandboxContainer &other : m_state.containers(groupId, *provider)) {
        if (*provider == Provider::Gcp || other.regionName == container.regionName)
            return ApiResult::error(SandboxError(
                409, QStringLiteral("CONTAINER_ALREADY_EXISTS"),
                QStringLiteral("A container already exists for group %1.").arg(groupId), QJsonArray{groupId}));
    }
    m_state.addContainer(container);
    return ApiResult::ok(render(container));
}

ApiResult ContainerEndpoints::list(const QString &groupId, const QUrlQuery &query, const QUrl &self, bool allProviders)
{
    std::optional<Provider> provider;
    if (!allProviders) {
        provider = Provider::Aws;
        const QString text = query.queryItemValue(QStringLiteral("providerName"));
        if (!text.isEmpty()) {
            provider = providerFromWireName(text);
            if (!provider)
                return ApiResult::error(SandboxError(400, QStringLiteral("INVALID_PROVIDER"),
                                                     QStringLiteral("No provider %1 exists.").arg(text),
                                                     QJsonArray{text}));
        }
    }
    QJsonArray all;
    for (const SandboxContainer &container : m_state.containers(groupId, provider))
        all.append(render(container));
    return ApiResult::list(Pagination(query).page(all, self));
}

ApiResult ContainerEndpoints::get(const QString &groupId, const QString &containerId)
{
    const SandboxContainer *container = isObjectId(containerId) ? m_state.container(groupId, containerId) : nullptr;
    if (!container)
        return ApiResult::error(
            SandboxError(404, QStringLiteral("CLOUD_PROVIDER_CONTAINER_NOT_FOUND"),
                         QStringLiteral("An invalid cloud provider container ID %1 was specified.").arg(containerId),
                         QJsonArray{containerId}));
    return ApiResult::ok(render(*container));
}

} // namespace PeeringDesk
