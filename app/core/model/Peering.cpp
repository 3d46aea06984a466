// SPDX-License-Identifier: GPL-3.0-or-later
#include "Peering.h"

#include <QCoreApplication>

namespace PeeringDesk {

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

bool has(const QJsonObject &json, const char *key)
{
    return json.contains(QLatin1String(key));
}

std::optional<Provider> inferProvider(const QJsonObject &json)
{
    if (const auto named = providerFromWireName(text(json, "providerName"))) {
        return named;
    }
    if (has(json, "awsAccountId") || has(json, "vpcId") || has(json, "statusName")) {
        return Provider::Aws;
    }
    if (has(json, "azureSubscriptionId") || has(json, "vnetName")) {
        return Provider::Azure;
    }
    if (has(json, "gcpProjectId") || has(json, "networkName")) {
        return Provider::Gcp;
    }
    return std::nullopt;
}

} // namespace

std::optional<Peering> Peering::fromJson(const QJsonObject &json, QString *error)
{
    Peering peering;
    peering.m_id = text(json, "id");
    if (peering.m_id.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Peering", "The response is not a peering: it has no id.");
        }
        return std::nullopt;
    }
    peering.m_json = json;
    peering.m_containerId = text(json, "containerId");
    peering.m_provider = inferProvider(json);
    peering.m_status = has(json, "statusName") ? text(json, "statusName") : text(json, "status");
    for (const char *key : {"errorStateName", "errorState", "errorMessage"}) {
        if (const QString value = text(json, key); !value.isEmpty()) {
            peering.m_errorState = value;
            break;
        }
    }
    peering.m_connectionId = text(json, "connectionId");
    peering.m_accepterRegionName = text(json, "accepterRegionName");
    return peering;
}

Peering::Phase Peering::phase() const
{
    const QString s = m_status.toUpper();
    if (s == QLatin1String("AVAILABLE")) {
        return Phase::Available;
    }
    if (s == QLatin1String("PENDING_ACCEPTANCE") || s == QLatin1String("WAITING_FOR_USER")) {
        return Phase::NeedsUserAction;
    }
    if (s == QLatin1String("FAILED") || s == QLatin1String("DELETION_FAILED")) {
        return Phase::Failed;
    }
    if (s == QLatin1String("TERMINATING") || s == QLatin1String("DELETING")) {
        return Phase::Deleting;
    }
    if (s == QLatin1String("INITIATING") || s == QLatin1String("FINALIZING") || s == QLatin1String("ADDING_PEER")) {
        return Phase::InProgress;
    }
    return Phase::Unknown;
}

} // namespace PeeringDesk
