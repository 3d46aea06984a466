// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cluster.h"

#include <QJsonArray>

namespace PeeringDesk {

namespace {

/// Shared and serverless tiers name the cloud underneath in backingProviderName.
std::optional<Provider> providerOf(const QJsonObject &object)
{
    const QString name = object.value(QLatin1String("providerName")).toString();
    if (name == QLatin1String("TENANT")) {
        return providerFromWireName(object.value(QLatin1String("backingProviderName")).toString());
    }
    return providerFromWireName(name);
}

void addPlacement(QList<Cluster::Placement> &placements, std::optional<Provider> provider, const QString &region)
{
    if (!provider || region.isEmpty()) {
        return;
    }
    const Cluster::Placement placement{*provider, region};
    if (!placements.contains(placement)) {
        placements.append(placement);
    }
}

} // namespace

std::optional<Cluster> Cluster::fromJson(const QJsonObject &json)
{
    Cluster cluster;
    cluster.name = json.value(QLatin1String("name")).toString();
    if (cluster.name.isEmpty()) {
        return std::nullopt;
    }
    cluster.id = json.value(QLatin1String("id")).toString();
    cluster.stateName = json.value(QLatin1String("stateName")).toString();
    cluster.paused = json.value(QLatin1String("paused")).toBool();

    const QJsonObject strings = json.value(QLatin1String("connectionStrings")).toObject();
    cluster.standard = strings.value(QLatin1String("standard")).toString();
    cluster.standardSrv = strings.value(QLatin1String("standardSrv")).toString();
    cluster.privateString = strings.value(QLatin1String("private")).toString();
    cluster.privateSrv = strings.value(QLatin1String("privateSrv")).toString();

    // 2023-02-01 and 2024-08-05.
    const QJsonArray specs = json.value(QLatin1String("replicationSpecs")).toArray();
    for (const QJsonValue &spec : specs) {
        for (const QJsonValue &config : spec.toObject().value(QLatin1String("regionConfigs")).toArray()) {
            const QJsonObject region = config.toObject();
            addPlacement(cluster.placements, providerOf(region), region.value(QLatin1String("regionName")).toString());
        }
    }
    // 2023-01-01: one provider for the whole cluster, its regions as the keys of each spec's regionsConfig.
    const QJsonObject settings = json.value(QLatin1String("providerSettings")).toObject();
    if (!settings.isEmpty()) {
        const std::optional<Provider> provider = providerOf(settings);
        addPlacement(cluster.placements, provider, settings.value(QLatin1String("regionName")).toString());
        for (const QJsonValue &spec : specs) {
            const QJsonObject regions = spec.toObject().value(QLatin1String("regionsConfig")).toObject();
            for (auto it = regions.begin(); it != regions.end(); ++it) {
                addPlacement(cluster.placements, provider, it.key());
            }
        }
    }
    return cluster;
}

bool Cluster::isIn(Provider provider, const QString &regionName) const
{
    for (const Placement &placement : placements) {
        if (placement.provider == provider && (provider == Provider::Gcp || placement.regionName == regionName)) {
            return true;
        }
    }
    return false;
}

} // namespace PeeringDesk
