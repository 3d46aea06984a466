// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeerEndpoints.h"

#include "Pagination.h"
#include "PeerValidator.h"
#include "model/Ipv4Cidr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <utility>

namespace PeeringDesk {

namespace {

const QString kProviderName = QStringLiteral("providerName");

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

bool isObjectId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-f0-9]{24}$"));
    return pattern.match(text).hasMatch();
}

SandboxError validationError(const QList<SandboxError::FieldViolation> &violations)
{
    QStringList parts;
    for (const auto &violation : violations)
        parts.append(violation.field + QLatin1Char(' ') + violation.description);
    const QString summary = parts.join(QStringLiteral("; "));
    SandboxError error(400, QStringLiteral("VALIDATION_ERROR"),
                       QStringLiteral("The request content produced the validation error: %1.").arg(summary),
                       QJsonArray{summary});
    error.setFieldViolations(violations);
    return error;
}

} // namespace

PeerEndpoints::PeerEndpoints(AtlasSandboxState &state)
    : m_state(state)
{}

QJsonObject PeerEndpoints::render(const SandboxPeer &peer) const
{
    const SandboxContainer *container = m_state.container(peer.groupId, peer.containerId);
    return m_state.timeline().render(peer, container ? *container : SandboxContainer{});
}

ApiResult PeerEndpoints::create(const QString &groupId, const QByteArray &body)
{
    QJsonObject request;
    if (const auto malformed = SandboxError::parseObject(body, &request))
        return ApiResult::error(*malformed);

    const QJsonValue providerValue = request.value(kProviderName);
    if (providerValue.isUndefined() || providerValue.isNull())
        return ApiResult::error(validationError({{kProviderName, QStringLiteral("must not be null")}}));
    const QString providerText = providerValue.toVariant().toString();
    // The body enum is exact, unlike the lenient providerName query parameter.
    std::optional<Provider> provider;
    for (Provider candidate : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        if (providerValue.isString() && providerText == providerWireName(candidate))
            provider = candidate;
    }
    if (!provider)
        return ApiResult::error(SandboxError(400, QStringLiteral("INVALID_PROVIDER"),
                                             QStringLiteral("No provider %1 exists.").arg(providerText),
                                             QJsonArray{providerText}));

    const QList<SandboxError::FieldViolation> violations = PeerValidator::validate(request, *provider);
    if (!violations.isEmpty())
        return ApiResult::error(validationError(violations));

    if (*provider == Provider::Aws) {
        const QString routeTable = field(request, "routeTableCidrBlock");
        if (!Ipv4Cidr::parse(routeTable)->isPrivate())
            return ApiResult::error(SandboxError(
                400, QStringLiteral("INVALID_ROUTE_TABLE_CIDR"),
                QStringLiteral("The address %1 must be within the private ranges [\"10.0.0.0/8\", \"172.16.0.0/12\", "
                               "\"192.168.0.0/16\"].")
                    .arg(routeTable),
                QJsonArray{routeTable}));
    }

    const QString containerId = field(request, "containerId");
    const SandboxContainer *container = m_state.container(groupId, containerId);
    if (!container) // Real Atlas answers an unknown container with a bare 500, so clients must cope with that.
        return ApiResult::error(
            SandboxError(500, QStringLiteral("UNEXPECTED_ERROR"), QStringLiteral("Unexpected error.")));
    if (container->provider != *provider)
        return ApiResult::error(
            SandboxError(400, QStringLiteral("INVALID_ATTRIBUTE"),
                         QStringLiteral("Invalid attribute containerId specified: container %1 is a "
                                        "%2 container, not %3.")
                             .arg(containerId, providerWireName(container->provider), providerText),
                         QJsonArray{QStringLiteral("containerId")}));

    SandboxPeer peer;
    peer.groupId = groupId;
    peer.provider = *provider;
    peer.containerId = containerId;
    for (const QString &name : PeerValidator::requestFieldNames(*provider)) {
        if (name != QStringLiteral("containerId"))
            peer.requestFields.insert(name, request.value(name));
    }
    if (std::exchange(m_nextCreatedElsewhere, false) || isTakenElsewhere(peer)) {
        // Another user's create lands between the client's list and its own: the very same peer then exists, and
        // the request below meets it as a duplicate. A peer that would conflict anyway is not made twice.
        if (!conflictFor(groupId, peer, *container))
            m_state.addPeer(peer);
    }
    if (auto conflict = conflictFor(groupId, peer, *container))
        return ApiResult::error(*conflict);

    return ApiResult::ok(render(m_state.addPeer(peer)));
}

bool PeerEndpoints::isTakenElsewhere(const SandboxPeer &peer)
{
    const QJsonObject &f = peer.requestFields;
    switch (peer.provider) {
    case Provider::Aws:
        return field(f, "awsAccountId") == QStringLiteral("409409409409");
    case Provider::Azure:
        return field(f, "vnetName").startsWith(QStringLiteral("taken"));
    case Provider::Gcp:
        return field(f, "networkName").startsWith(QStringLiteral("taken"));
    }
    return false;
}

std::optional<SandboxError> PeerEndpoints::conflictFor(const QString &groupId, const SandboxPeer &candidate,
                                                       const SandboxContainer &container)
{
    const QList<SandboxPeer> existing = m_state.peers(groupId);
    const QJsonObject &f = candidate.requestFields;
    for (const SandboxPeer &other : existing) {
        if (other.provider != candidate.provider)
            continue;
        const QJsonObject &o = other.requestFields;
        switch (candidate.provider) {
        case Provider::Aws:
            if (field(o, "awsAccountId") == field(f, "awsAccountId") && field(o, "vpcId") == field(f, "vpcId"))
                return SandboxError(409, QStringLiteral("PEER_ALREADY_EXISTS"),
                                    QStringLiteral("The peer with AWS Account ID %1 and VPC ID %2 already exists.")
                                        .arg(field(f, "awsAccountId"), field(f, "vpcId")),
                                    QJsonArray{field(f, "awsAccountId"), field(f, "vpcId")});
            break;
        case Provider::Azure:
            if (field(o, "azureSubscriptionId").compare(field(f, "azureSubscriptionId"), Qt::CaseInsensitive) == 0 &&
                field(o, "vnetName").compare(field(f, "vnetName"), Qt::CaseInsensitive) == 0)
                return SandboxError(
                    409, QStringLiteral("PEER_ALREADY_EXISTS_AZURE"),
                    QStringLiteral("The peer with Azure Subscription ID %1 and Virtual Network name %2 already exists.")
                        .arg(field(f, "azureSubscriptionId"), field(f, "vnetName")),
                    QJsonArray{field(f, "azureSubscriptionId"), field(f, "vnetName")});
            break;
        case Provider::Gcp:
            if (field(o, "gcpProjectId") == field(f, "gcpProjectId") &&
                field(o, "networkName") == field(f, "networkName"))
                return SandboxError(
                    409, QStringLiteral("PEER_ALREADY_EXISTS_GCP"),
                    QStringLiteral("The peer with GCP Project ID %1 and network name %2 already exists.")
                        .arg(field(f, "gcpProjectId"), field(f, "networkName")),
                    QJsonArray{field(f, "gcpProjectId"), field(f, "networkName")});
            break;
        }
    }
    if (candidate.provider == Provider::Aws) {
        const QString routeTableText = field(f, "routeTableCidrBlock");
        const Ipv4Cidr routeTable = *Ipv4Cidr::parse(routeTableText);
        const auto atlasCidr = Ipv4Cidr::parse(container.atlasCidrBlock);
        if (atlasCidr && routeTable.overlaps(*atlasCidr))
            return SandboxError(
                409, QStringLiteral("OVERLAPPING_ATLAS_CIDR_BLOCK"),
                QStringLiteral("The CIDR block %1 overlaps with an Atlas CIDR block.").arg(routeTableText),
                QJsonArray{routeTableText});
        for (const SandboxPeer &other : existing) {
            if (other.provider != Provider::Aws)
                continue;
            const auto otherCidr = Ipv4Cidr::parse(field(other.requestFields, "routeTableCidrBlock"));
            if (otherCidr && routeTable.overlaps(*otherCidr))
                return SandboxError(
                    409, QStringLiteral("OVERLAPPING_CIDR_BLOCK"),
                    QStringLiteral("The CIDR block %1 overlaps with another peer's CIDR block.").arg(routeTableText),
                    QJsonArray{routeTableText});
        }
    }
    if (existing.size() >= maxPeersPerProject)
        return SandboxError(
            409, QStringLiteral("PEER_MAXIMUM_REACHED"),
            QStringLiteral("The maximum number of peering connections (%1) has been reached.").arg(maxPeersPerProject),
            QJsonArray{maxPeersPerProject});
    return std::nullopt;
}

ApiResult PeerEndpoints::list(const QString &groupId, const QUrlQuery &query, const QUrl &self)
{
    std::optional<Provider> provider = Provider::Aws;
    if (query.hasQueryItem(kProviderName)) {
        const QString text = query.queryItemValue(kProviderName);
        provider = providerFromWireName(text);
        if (!provider)
            return ApiResult::error(SandboxError(400, QStringLiteral("INVALID_PROVIDER"),
                                                 QStringLiteral("No provider %1 exists.").arg(text), QJsonArray{text}));
    }
    QJsonArray all;
    for (const SandboxPeer &peer : m_state.peers(groupId, provider))
        all.append(render(peer));
    return ApiResult::list(Pagination(query).page(all, self));
}

ApiResult PeerEndpoints::get(const QString &groupId, const QString &peerId)
{
    if (!isObjectId(peerId))
        return ApiResult::error(SandboxError(404, QStringLiteral("INVALID_PEER_ID"),
                                             QStringLiteral("An invalid peer ID %1 was specified.").arg(peerId),
                                             QJsonArray{peerId}));
    const SandboxPeer *peer = m_state.peer(groupId, peerId);
    if (!peer)
        return ApiResult::error(
            SandboxError(404, QStringLiteral("PEER_NOT_FOUND"),
                         QStringLiteral("No peer with ID %1 exists in project %2.").arg(peerId, groupId),
                         QJsonArray{peerId, groupId}));
    return ApiResult::ok(render(*peer));
}

ApiResult PeerEndpoints::remove(const QString &groupId, const QString &peerId)
{
    ApiResult found = get(groupId, peerId);
    if (found.isError)
        return found;
    if (m_state.peer(groupId, peerId)->deletedAtMs >= 0)
        return ApiResult::error(
            SandboxError(409, QStringLiteral("PEER_ALREADY_REQUESTED_DELETION"),
                         QStringLiteral("The peer with ID %1 has already been requested for deletion.").arg(peerId),
                         QJsonArray{peerId}));
    m_state.markDeleted(peerId);
    return ApiResult::ok(QJsonObject{}, 202);
}

} // namespace PeeringDesk
